package dev.orderdesk.adapter.http;

import dev.orderdesk.application.port.in.user.AdminUpdateUserUseCase;
import dev.orderdesk.application.port.in.user.GetUserUseCase;
import dev.orderdesk.application.port.in.user.ListUsersUseCase;
import dev.orderdesk.application.port.in.user.RegisterUserUseCase;
import dev.orderdesk.application.port.in.user.UpdateProfileUseCase;
import java.util.Objects;

/** The user use cases the HTTP API serves; tests pass lambdas. */
public record UserUseCases(RegisterUserUseCase register, GetUserUseCase get, ListUsersUseCase list,
                           UpdateProfileUseCase updateProfile, AdminUpdateUserUseCase adminUpdate) {

    public UserUseCases {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(updateProfile, "updateProfile");
        Objects.requireNonNull(adminUpdate, "adminUpdate");
    }
}
