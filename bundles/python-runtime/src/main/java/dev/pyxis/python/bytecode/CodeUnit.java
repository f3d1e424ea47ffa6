package dev.pyxis.python.bytecode;

import java.util.Objects;

/**
 * A compiled function body, class body or module: what a front end hands the runtime. Immutable
 * once built. Local variable slots are numbered as {@link #varnames()}: the parameters first
 * (positional, keyword-only, then *args and **kwargs), then the other locals. Cell slots are
 * numbered {@link #cellvars()} then {@link #freevars()}.
 *
 * @param code            instructions, see {@link Opcode#encode}
 * @param constants       see {@link Constant}
 * @param exceptionTable  entries of {@link #EXCEPTION_ENTRY_SIZE} ints: start (inclusive), end
 *                        (exclusive), handler, stack depth to unwind to, whether to push the
 *                        index of the raising instruction before the exception (1) or not (0).
 *                        Earlier entries win where ranges nest (the compiler lists inner ones
 *                        first).
 * @param positions       four ints per instruction: line, end line, column, end column (columns
 *                        in UTF-8 bytes, 0-based, as CPython); -1 where unknown
 * @param cellArguments   for each cellvar, the local slot of the parameter it starts from, or -1
 */
public record CodeUnit(
        String name, String qualname, String filename, int firstLineno,
        int argCount, int posOnlyArgCount, int kwOnlyArgCount, int flags,
        String[] varnames, String[] cellvars, String[] freevars, String[] names,
        Object[] constants, int[] code, int maxStack, int[] exceptionTable, int[] positions,
        int[] cellArguments) {

    // Flag values are those of CPython's co_flags, which Python code can observe.
    public static final int OPTIMIZED = 0x1;
    public static final int NEWLOCALS = 0x2;
    public static final int VARARGS = 0x4;
    public static final int VARKEYWORDS = 0x8;
    public static final int NESTED = 0x10;
    public static final int GENERATOR = 0x20;
    public static final int NOFREE = 0x40;
    public static final int COROUTINE = 0x80;
    public static final int ITERABLE_COROUTINE = 0x100;
    public static final int ASYNC_GENERATOR = 0x200;

    public static final int EXCEPTION_ENTRY_SIZE = 5;

    public CodeUnit {
        Objects.requireNonNull(name);
        Objects.requireNonNull(qualname);
        Objects.requireNonNull(filename);
        if (positions.length != 4 * code.length) {
            throw new IllegalArgumentException("positions must hold 4 ints per instruction");
        }
        if (exceptionTable.length % EXCEPTION_ENTRY_SIZE != 0) {
            throw new IllegalArgumentException("exception table entries are 5 ints");
        }
        if (cellArguments.length != cellvars.length) {
            throw new IllegalArgumentException("one cellArguments entry per cellvar");
        }
    }

    /** Number of local slots that receive arguments (including *args and **kwargs). */
    public int totalArgCount() {
        return argCount + kwOnlyArgCount + ((flags & VARARGS) != 0 ? 1 : 0)
                + ((flags & VARKEYWORDS) != 0 ? 1 : 0);
    }

    public boolean isGeneratorLike() {
        return (flags & (GENERATOR | COROUTINE | ASYNC_GENERATOR)) != 0;
    }

    public int line(int instruction) {
        return positions[4 * instruction];
    }

    /**
     * The handler entry covering an instruction, as the index of its first int in
     * {@link #exceptionTable()}, or -1.
     */
    public int handlerFor(int instruction) {
        for (int i = 0; i < exceptionTable.length; i += EXCEPTION_ENTRY_SIZE) {
            if (instruction >= exceptionTable[i] && instruction < exceptionTable[i + 1]) {
                return i;
            }
        }
        return -1;
    }
}
