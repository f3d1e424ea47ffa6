package dev.pyxis.python.runtime;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Texts the interpreter prints outside Python's own traceback machinery, as CPython words them. */
final class Launch {
    private Launch() {}

    static String cannotOpen(Path script, IOException e) {
        String reason = e instanceof NoSuchFileException ? "[Errno 2] No such file or directory" : e.getMessage();
        return "python: can't open file '" + script.toAbsolutePath() + "': " + reason;
    }
}
