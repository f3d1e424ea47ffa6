package dev.pyxis.launcher;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * Whether a standard stream is a terminal, as C's {@code isatty} says: CPython decides on it
 * whether to start the interactive prompt and whether to show prompts. {@link System#console()}
 * cannot tell stdin alone.
 */
final class Tty {
    private static final MethodHandle ISATTY = Linker.nativeLinker().defaultLookup().find("isatty")
            .map(f -> Linker.nativeLinker().downcallHandle(f, FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.JAVA_INT)))
            .orElse(null);

    private Tty() {
    }

    /** File descriptor 0, 1 or 2 is a terminal. False where the C library cannot be asked. */
    static boolean isatty(int fd) {
        if (ISATTY == null) {
            return false;
        }
        try {
            return (int) ISATTY.invokeExact(fd) == 1;
        } catch (Throwable e) {
            return false;
        }
    }
}
