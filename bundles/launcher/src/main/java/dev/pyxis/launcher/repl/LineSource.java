package dev.pyxis.launcher.repl;

/** Where the interactive prompt gets its lines: a terminal with line editing, or a plain stream. */
public interface LineSource extends AutoCloseable {
    /**
     * Shows {@code prompt} and reads one line without its line ending.
     *
     * @return the line, or null at end of input (Ctrl-D)
     * @throws Interrupted when the user pressed Ctrl-C while typing
     */
    String readLine(String prompt) throws Interrupted;

    @Override
    void close();

    /** Ctrl-C at the prompt: the partly typed statement is dropped. */
    final class Interrupted extends Exception {
        public Interrupted() {
            super(null, null, false, false);
        }
    }
}
