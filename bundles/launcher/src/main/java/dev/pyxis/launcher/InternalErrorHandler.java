package dev.pyxis.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Unexpected failures: one line for the user; the stack trace goes to the log (debug), so that
 * {@code PYXIS_LOG=debug} shows it without every user seeing one.
 */
final class InternalErrorHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        // The logger only now: configuring Logback costs start-up time that --version should not pay.
        Logger log = LoggerFactory.getLogger(InternalErrorHandler.class);
        commandLine.getErr().println("pyxis: internal error: " + e
                + (log.isDebugEnabled() ? "" : " (PYXIS_LOG=debug shows the stack trace)"));
        log.debug("internal error", e);
        return CommandLine.ExitCode.SOFTWARE;
    }
}
