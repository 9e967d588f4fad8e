package dev.orderdesk.application.port.in;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.util.Objects;

/**
 * Who is calling a use case; authorisation decisions are made from it, in the services, so every driving adapter
 * obeys the same rules. A caller is a claim the core trusts without checking, so a driving adapter obtains one in
 * one of three ways:
 * <ul>
 *   <li>From {@code AuthenticateUseCase}, for a user's access token: the usual way. An adapter that holds a user's
 *       password logs in with {@code LoginUseCase} and authenticates the access token it gets.</li>
 *   <li>{@link #operator()} when the adapter acts for the installation's operator — whoever may already run it
 *       against the database, as the command line does: an administrator with no account of its own.</li>
 *   <li>{@link #Caller(UserId, Role)} only for a user whose identity the adapter has established itself by means
 *       it trusts (a host application's own sign-in, mapped to the Orderdesk user it read from the core). Never
 *       from unverified input — a user id in a request, a header or a file being imported: that would let whoever
 *       wrote the input act as anyone, administrators included.</li>
 * </ul>
 * To act for a user it has not authenticated — an importer placing customers' orders, a support tool — an adapter
 * calls as the operator (or an authenticated administrator) and names the user in the command, as
 * {@code PlaceOrderOnBehalfUseCase} does; the use case then checks the caller may do that and records who did.
 */
public final class Caller {

    private final UserId id;
    private final Role role;

    /**
     * A user whose identity the driving adapter has established itself (see the type's description); never build one
     * from unverified input.
     *
     * @param id   the user's id
     * @param role the user's role, as the core stores it
     */
    public Caller(UserId id, Role role) {
        this.id = Objects.requireNonNull(id, "id");
        this.role = Objects.requireNonNull(role, "role");
    }

    private Caller() {
        this.id = null;
        this.role = Role.ADMIN;
    }

    /**
     * The operator: may do what an administrator may, except what needs an account of its own (its own orders, its
     * own profile), which is {@code FORBIDDEN}.
     *
     * @return the operator, with the role {@link Role#ADMIN} and no id
     */
    public static Caller operator() {
        return new Caller();
    }

    /**
     * The caller's own account.
     *
     * @return the user's id
     * @throws DomainException {@code FORBIDDEN} for the operator, who has none
     */
    public UserId id() {
        if (id == null) {
            throw new DomainException(ErrorCode.FORBIDDEN, "The operator has no account of its own");
        }
        return id;
    }

    /** @return the role the caller acts with; {@link Role#ADMIN} for the operator */
    public Role role() {
        return role;
    }

    /** @return whether this is the operator, who has no account */
    public boolean isOperator() {
        return id == null;
    }

    /** @return whether the caller may do what administrators may (the operator included) */
    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /**
     * Whether the caller is this user (never true for the operator).
     *
     * @param user the user in question
     * @return true when the caller's own account is {@code user}
     */
    public boolean is(UserId user) {
        return user.equals(id);
    }

    /**
     * Whether the caller may see this user's data: it is themself, or the caller is an admin.
     *
     * @param user the user whose data is asked for
     * @return true for the user themself, administrators and the operator
     */
    public boolean maySee(UserId user) {
        return isAdmin() || is(user);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Caller caller && Objects.equals(id, caller.id) && role == caller.role;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, role);
    }

    @Override
    public String toString() {
        return isOperator() ? "Caller[operator]" : "Caller[id=" + id.value() + ", role=" + role + "]";
    }
}
