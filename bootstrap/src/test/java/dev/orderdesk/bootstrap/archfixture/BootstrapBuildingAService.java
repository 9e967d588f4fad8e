package dev.orderdesk.bootstrap.archfixture;

import dev.orderdesk.application.service.user.GetUserService;

/** Builds a service itself instead of taking it from the catalogue: broken on purpose. */
public class BootstrapBuildingAService {

    public Object service() {
        return new GetUserService(null, null);
    }
}
