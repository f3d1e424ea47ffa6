package dev.pyxis.launcher.repl;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Lines from the terminal through JLine: editing, and history kept in {@code ~/.pyxis_history}.
 * JLine's own shell syntax is switched off: quotes, backslashes and brackets are Python's
 * business (the interpreter decides when a statement is complete), and {@code !} is not history
 * expansion.
 */
public final class TerminalLines implements LineSource {
    private final Terminal terminal;
    private final LineReader reader;

    public TerminalLines(Path historyFile) {
        try {
            this.terminal = TerminalBuilder.builder().system(true).name("pyxis").build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the terminal", e);
        }
        DefaultParser parser = new DefaultParser();
        parser.setEofOnUnclosedQuote(false);
        parser.setEofOnEscapedNewLine(false);
        parser.setEofOnUnclosedBracket();
        parser.setQuoteChars(new char[0]);
        parser.setEscapeChars(new char[0]);
        this.reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("pyxis")
                .parser(parser)
                .variable(LineReader.HISTORY_FILE, historyFile)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
    }

    @Override
    public String readLine(String prompt) throws Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
            terminal.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
