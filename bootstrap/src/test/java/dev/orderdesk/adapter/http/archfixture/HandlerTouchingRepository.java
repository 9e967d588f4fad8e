package dev.orderdesk.adapter.http.archfixture;

import dev.orderdesk.application.port.out.UserRepository;
import dev.orderdesk.bootstrap.Main;

/** An HTTP handler that reaches past the use cases into a repository, and into bootstrap: broken on purpose. */
public class HandlerTouchingRepository {

    public long count(UserRepository users) {
        Main.class.getName();
        return users.countActive();
    }
}
