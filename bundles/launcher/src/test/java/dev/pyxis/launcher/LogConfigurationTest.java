package dev.pyxis.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void linesShowTimeLevelThreadAbbreviatedLoggerAndMessage() {
        LoggerContext context = new LoggerContext();
        LogConfiguration.LineLayout layout = new LogConfiguration.LineLayout();
        layout.setContext(context);
        layout.start();
        ch.qos.logback.classic.Logger logger = context.getLogger("dev.pyxis.gc.semispace.SemiSpacePlan");
        var event = new ch.qos.logback.classic.spi.LoggingEvent("fqcn", logger, Level.WARN, "swap to {} abandoned",
                new IllegalStateException("no room"), new Object[] {"marksweep"});
        String text = layout.doLayout(event);
        String first = text.lines().findFirst().orElseThrow();
        assertTrue(first.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} WARN  \\[[^]]+\\] \\S+ - swap to marksweep abandoned"), first);
        // The logger's packages are shortened to fit 30 characters, as logback's %logger{30}.
        String loggerName = first.substring(first.indexOf("] ") + 2, first.indexOf(" - "));
        assertTrue(loggerName.endsWith(".SemiSpacePlan") && loggerName.length() <= 30, loggerName);
        assertTrue(text.contains("java.lang.IllegalStateException: no room"), text);
    }

    private static ch.qos.logback.classic.Logger configured() {
        LoggerContext context = new LoggerContext();
        new LogConfiguration().configure(context);
        return context.getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
