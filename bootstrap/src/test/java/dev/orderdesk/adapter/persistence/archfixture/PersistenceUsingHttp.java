package dev.orderdesk.adapter.persistence.archfixture;

import dev.orderdesk.adapter.http.HttpApi;

/** One adapter depending on another: broken on purpose. */
public class PersistenceUsingHttp {

    public int port(HttpApi api) {
        return api.port();
    }
}
