package dev.orderdesk.domain.archfixture;

import io.javalin.http.Context;

/** Breaks the domain's allow-list on purpose; ArchitectureTest proves the rule reports it. */
public class DomainClassImportingJavalin {

    public String path(Context ctx) {
        return ctx.path();
    }
}
