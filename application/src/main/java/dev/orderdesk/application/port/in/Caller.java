package dev.orderdesk.application.port.in;

import dev.orderdesk.domain.DomainException;
import dev.orderdesk.domain.ErrorCode;
import dev.orderdesk.domain.user.Role;
import dev.orderdesk.domain.user.UserId;
import java.util.Objects;

/**
 * Who is calling a use case; authorisation decisions are made from it. A user's caller is established by
 * authentication ({@code AuthenticateUseCase}); a trusted driving adapter that acts for the operator of the
 * installation (the command line) uses {@link #operator()}: an administrator with no account of its own.
 */
public final class Caller {

    private final UserId id;
    private final Role role;

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
     */
    public static Caller operator() {
        return new Caller();
    }

    /**
     * The caller's own account.
     *
     * @throws DomainException {@code FORBIDDEN} for the operator, who has none
     */
    public UserId id() {
        if (id == null) {
            throw new DomainException(ErrorCode.FORBIDDEN, "The operator has no account of its own");
        }
        return id;
    }

    public Role role() {
        return role;
    }

    public boolean isOperator() {
        return id == null;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** The caller is this user (never true for the operator). */
    public boolean is(UserId user) {
        return user.equals(id);
    }

    /** The caller may see this user's data: it is themself, or the caller is an admin. */
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
