package dev.orderdesk.application;

import dev.orderdesk.application.port.in.user.AdminUpdateUserUseCase;
import dev.orderdesk.application.port.in.user.CreateAdminUseCase;
import dev.orderdesk.application.port.in.user.FindUserByEmailUseCase;
import dev.orderdesk.application.port.in.user.GetUserUseCase;
import dev.orderdesk.application.port.in.user.ListUsersUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserUseCase;
import dev.orderdesk.application.port.in.user.UpdateProfileUseCase;
import java.util.Objects;

/** The user-account use cases Orderdesk offers; tests of a driving adapter may pass lambdas. */
public record UserUseCases(RegisterUserUseCase register, GetUserUseCase get, FindUserByEmailUseCase findByEmail,
                           ListUsersUseCase list, UpdateProfileUseCase updateProfile,
                           AdminUpdateUserUseCase adminUpdate, CreateAdminUseCase createAdmin) {

    /** Checks every use case is present, so a wiring mistake fails at start-up, not on a request. */
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
