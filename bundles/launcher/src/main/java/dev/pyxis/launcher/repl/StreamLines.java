package dev.pyxis.launcher.repl;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Lines from a stream that is not a terminal ({@code python -i < file}): as CPython, prompts go
 * to stderr and the input is not echoed. Reads byte by byte, so that whatever follows the line
 * stays in the stream for the program's own {@code input()} and {@code sys.stdin}.
 */
public final class StreamLines implements LineSource {
    private final InputStream in;
    private final PrintStream prompts;

    public StreamLines(InputStream in, PrintStream prompts) {
        this.in = in;
        this.prompts = prompts;
    }

    @Override
    public String readLine(String prompt) {
        prompts.print(prompt);
        prompts.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) != -1 && b != '\n') {
                line.write(b);
            }
            if (b == -1 && line.size() == 0) {
                return null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = line.toString(StandardCharsets.UTF_8);
        return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
    }

    @Override
    public void close() {
        // The stream belongs to the process.
    }
}
