package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * The builtin exception hierarchy and exception objects. An exception is an instance whose first
 * reserved slots hold its standard state; its other attributes live in ordinary slots.
 */
final class Exceptions {
    static final int ARGS = 0, TRACEBACK = 1, CAUSE = 2, CONTEXT = 3, SUPPRESS_CONTEXT = 4, NOTES = 5;
    static final int RESERVED = 6;
    /** Inline attribute slots every exception gets (most have none). */
    private static final int INLINE_ATTRIBUTES = 2;

    /** The 3.11 hierarchy: "name parent", parents first. */
    private static final String HIERARCHY = """
            BaseException -
            BaseExceptionGroup BaseException
            GeneratorExit BaseException
            KeyboardInterrupt BaseException
            SystemExit BaseException
            Exception BaseException
            ArithmeticError Exception
            FloatingPointError ArithmeticError
            OverflowError ArithmeticError
            ZeroDivisionError ArithmeticError
            AssertionError Exception
            AttributeError Exception
            BufferError Exception
            EOFError Exception
            ExceptionGroup BaseExceptionGroup,Exception
            ImportError Exception
            ModuleNotFoundError ImportError
            LookupError Exception
            IndexError LookupError
            KeyError LookupError
            MemoryError Exception
            NameError Exception
            UnboundLocalError NameError
            OSError Exception
            BlockingIOError OSError
            ChildProcessError OSError
            ConnectionError OSError
            BrokenPipeError ConnectionError
            ConnectionAbortedError ConnectionError
            ConnectionRefusedError ConnectionError
            ConnectionResetError ConnectionError
            FileExistsError OSError
            FileNotFoundError OSError
            InterruptedError OSError
            IsADirectoryError OSError
            NotADirectoryError OSError
            PermissionError OSError
            ProcessLookupError OSError
            TimeoutError OSError
            ReferenceError Exception
            RuntimeError Exception
            NotImplementedError RuntimeError
            RecursionError RuntimeError
            StopAsyncIteration Exception
            StopIteration Exception
            SyntaxError Exception
            IndentationError SyntaxError
            TabError IndentationError
            SystemError Exception
            TypeError Exception
            ValueError Exception
            UnicodeError ValueError
            UnicodeDecodeError UnicodeError
            UnicodeEncodeError UnicodeError
            UnicodeTranslateError UnicodeError
            Warning Exception
            BytesWarning Warning
            DeprecationWarning Warning
            EncodingWarning Warning
            FutureWarning Warning
            ImportWarning Warning
            PendingDeprecationWarning Warning
            ResourceWarning Warning
            RuntimeWarning Warning
            SyntaxWarning Warning
            UnicodeWarning Warning
            UserWarning Warning
            """;

    private static int memoryErrorRoot = -1;

    private Exceptions() {}

    static void createTypes(Space space) {
        for (String line : HIERARCHY.strip().split("\n")) {
            String[] parts = line.strip().split(" ");
            PyType[] bases;
            if (parts[1].equals("-")) {
                bases = new PyType[] {space.objectType};
            } else {
                String[] names = parts[1].split(",");
                bases = new PyType[names.length];
                for (int i = 0; i < names.length; i++) {
                    bases[i] = space.builtinTypes.get(names[i]);
                }
            }
            PyType t = space.newType(parts[0], bases, PyType.Native.EXCEPTION, false);
            t.reservedSlots = RESERVED;
            t.hasDict = true;
            space.builtinTypes.put(parts[0], t);
            space.materialize(t);
        }
        memoryErrorRoot = space.heap.globals().register(0);
        long mem = createWithArgs(space, space.builtinTypes.get("MemoryError"), space.ts.top(), 0);
        space.heap.globals().set(memoryErrorRoot, mem);
    }

    static long preallocatedMemoryError(Space space) {
        long e = space.heap.globals().get(memoryErrorRoot);
        setSlot(e, TRACEBACK, Py.NONE);
        setSlot(e, CAUSE, Py.NONE);
        setSlot(e, CONTEXT, Py.NONE);
        setSlot(e, SUPPRESS_CONTEXT, Py.FALSE);
        return e;
    }

    /** A new exception of type {@code t} with args {@code (message,)}. */
    static long create(Space space, PyType t, String message) {
        int base = space.ts.push(space.newStr(message));
        try {
            return createWithArgs(space, t, base, 1);
        } finally {
            space.ts.truncate(base);
        }
    }

    /** A new exception of type {@code t} with args taken from root slots {@code [base, base + n)}. */
    static long createWithArgs(Space space, PyType t, int base, int n) {
        int args = space.ts.push(space.newTupleFromRoots(base, n));
        long e = allocate(space, t);
        setSlot(e, ARGS, space.ts.get(args));
        space.ts.truncate(args);
        return e;
    }

    /** An exception instance of {@code t} with empty args (the caller sets them). */
    static long allocate(Space space, PyType t) {
        long e = space.allocArray(INSTANCE, t.reservedSlots + INLINE_ATTRIBUTES, t.rootShape);
        setSlot(e, ARGS, space.emptyTuple());
        setSlot(e, TRACEBACK, Py.NONE);
        setSlot(e, CAUSE, Py.NONE);
        setSlot(e, CONTEXT, Py.NONE);
        setSlot(e, SUPPRESS_CONTEXT, Py.FALSE);
        setSlot(e, NOTES, 0);
        return e;
    }

    static long slot(long e, int i) {
        return Space.get(e, INSTANCE_SLOTS + 8 * i);
    }

    /** Stores into a reserved slot. Values must be immediates or the caller must use the heap's barrier. */
    static void setSlot(long e, int i, long v) {
        dev.pyxis.heap.api.Memory.putWord(e + INSTANCE_SLOTS + 8L * i, v);
    }

    static void setSlot(Space space, long e, int i, long v) {
        space.put(e, INSTANCE_SLOTS + 8 * i, v);
    }

    static boolean isException(Space space, long w) {
        return Py.isObject(w) && space.typeOf(w).isSubtypeOf(space.builtinTypes.get("BaseException"));
    }
}
