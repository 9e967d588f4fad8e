package dev.orderdesk.bootstrap;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version and commit the build wrote into the jar ({@code orderdesk-build.properties}), for {@code --version}. */
final class BuildInfo {

    private BuildInfo() {
    }

    static String describe() {
        Properties build = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/orderdesk-build.properties")) {
            if (in != null) {
                build.load(in);
            }
        } catch (IOException unreadable) {
            // the line then says "unknown"
        }
        return "orderdesk " + build.getProperty("version", "unknown") + " (commit " + build.getProperty("commit", "unknown") + ")";
    }
}
