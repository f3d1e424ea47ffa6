package dev.pyxis.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class LogConfigurationTest {
    @AfterEach
    void clearProperty() {
        System.clearProperty("pyxis.log");
    }

    @Test
    void logsWarningsToStderrUnlessRaised() {
        ch.qos.logback.classic.Logger root = configured();
        Level expected = System.getenv("PYXIS_LOG") == null ? Level.WARN : Level.toLevel(System.getenv("PYXIS_LOG"));
        assertEquals(expected, root.getLevel());
        ConsoleAppender<?> stderr = assertInstanceOf(ConsoleAppender.class, root.getAppender("stderr"));
        assertEquals("System.err", stderr.getTarget());
    }

    @Test
    void thePropertyRaisesTheLevel() {
        System.setProperty("pyxis.log", "debug");
        assertEquals(Level.DEBUG, configured().getLevel());
    }

    private static ch.qos.logback.classic.Logger configured() {
        LoggerContext context = new LoggerContext();
        new LogConfiguration().configure(context);
        return context.getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
