package dev.orderdesk.application;

import dev.orderdesk.application.port.in.user.AdminUpdateUserUseCase;
import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.FindUserByEmailUseCase;
import dev.orderdesk.application.port.in.user.GetUserUseCase;
import dev.orderdesk.application.port.in.user.ListUsersUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserUseCase;
import dev.orderdesk.application.port.in.user.UpdateProfileUseCase;
import java.util.Objects;

/**
 * The user-account use cases Orderdesk offers; tests of a driving adapter may pass lambdas.
 *
 * @param register      self-registration
 * @param get           reads one user by id
 * @param findByEmail   reads one user by email
 * @param list          lists active users (administrators)
 * @param updateProfile a user changes their own name or password
 * @param adminUpdate   an administrator changes any account
 * @param createAdmin   creates administrators through a trusted channel
 */
public record UserUseCases(RegisterUserUseCase register, GetUserUseCase get, FindUserByEmailUseCase findByEmail,
                           ListUsersUseCase list, UpdateProfileUseCase updateProfile,
                           AdminUpdateUserUseCase adminUpdate, CreateAdminUseCase createAdmin) {

    /**
     * Checks every use case is present, so a wiring mistake fails at start-up, not on a request.
     *
     * @param register      self-registration
     * @param get           reads one user by id
     * @param findByEmail   reads one user by email
     * @param list          lists active users
     * @param updateProfile a user changes their own account
     * @param adminUpdate   an administrator changes any account
     * @param createAdmin   creates administrators
     */
    public UserUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(findByEmail, "findByEmail");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(updateProfile, "updateProfile");
        Objects.requireNonNull(adminUpdate, "adminUpdate");
        Objects.requireNonNull(createAdmin, "createAdmin");
    }
}
