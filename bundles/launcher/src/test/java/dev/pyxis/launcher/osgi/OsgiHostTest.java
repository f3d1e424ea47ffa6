package dev.pyxis.launcher.osgi;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class OsgiHostTest {
    @Test
    void sharesSlf4jAtTheClassPathsVersion() {
        String packages = OsgiHost.sharedPackages();
        assertTrue(packages.matches("org\\.slf4j;version=2\\.\\d+\\.\\d+(,org\\.slf4j\\.\\w+;version=2\\.\\d+\\.\\d+)+"), packages);
    }
}
