package dev.pyxis.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version line; the version comes from a resource Maven filters at build time. */
final class VersionInfo {
    private VersionInfo() {}

    static String line(String mode) {
        return "Pyxis " + version() + " (Java " + System.getProperty("java.version") + ", " + mode + ")";
    }

    static String version() {
        try (InputStream in = VersionInfo.class.getResourceAsStream("launcher.properties")) {
            if (in == null) {
                throw new IllegalStateException("launcher.properties is missing from the launcher jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
