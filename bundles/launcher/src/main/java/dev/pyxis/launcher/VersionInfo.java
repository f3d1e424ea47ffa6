package dev.pyxis.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version texts: the Python version Pyxis implements, and Pyxis's own (a resource Maven filters at build time). */
final class VersionInfo {
    /** The CPython release whose behaviour Pyxis reproduces (the golden corpus comes from it). */
    static final String PYTHON_VERSION = "3.11.7";

    private VersionInfo() {
    }

    /** {@code -V}: what {@code python3.11 -V} prints. */
    static String python() {
        return "Python " + PYTHON_VERSION;
    }

    /** {@code -VV}: the version with the build, in the place where CPython names its compiler. */
    static String pythonLong() {
        return python() + " (Pyxis " + version() + ") [Java " + System.getProperty("java.version") + "]";
    }

    /** The first line of the interactive banner. */
    static String banner() {
        return pythonLong() + " on " + platform();
    }

    /** sys.platform's value for this operating system. */
    static String platform() {
        String os = System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT);
        return os.startsWith("mac") ? "darwin" : os.startsWith("windows") ? "win32" : "linux";
    }

    /** {@code --pyxis-version}: Pyxis itself. */
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
