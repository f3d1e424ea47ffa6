package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * The builtin exception hierarchy and exception objects. An exception is an instance whose first
 * reserved slots hold its standard state; its other attributes live in ordinary slots.
 */
final class Exceptions {
    static final int ARGS = 0, TRACEBACK = 1, CAUSE = 2, CONTEXT = 3, SUPPRESS_CONTEXT = 4, NOTES = 5;
    /** For "Did you mean" hints: the object an AttributeError was about, or a NameError's namespaces. */
    static final int HINT_SOURCE = 6;
    static final int RESERVED = 7;
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
        setSlot(e, HINT_SOURCE, 0);
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

    static boolean matches(Space space, long exc, String typeName) {
        return exc != 0 && Py.isObject(exc) && space.typeOf(exc).isSubtypeOf(space.builtinTypes.get(typeName));
    }

    static long args(long e) {
        return slot(e, ARGS);
    }

    /** str(exception): '' for no args, str(arg) for one, str(args) otherwise (KeyError: repr of the key). */
    static String str(Space space, int slot) {
        long e = space.ts.get(slot);
        long args = args(e);
        long n = Space.length(args);
        int base = space.ts.push(n == 1 ? Space.item(args, 0) : args);
        try {
            if (n == 0) {
                return "";
            }
            if (n == 1) {
                if (space.typeOf(e).isSubtypeOf(space.builtinTypes.get("KeyError"))) {
                    return Ops.reprString(space, base);
                }
                return Ops.strString(space, base);
            }
            return Ops.strString(space, base);
        } finally {
            space.ts.truncate(base);
        }
    }

    /** repr(exception): Name(arg, ...). */
    static String repr(Space space, int slot) {
        long e = space.ts.get(slot);
        String name = space.typeOf(e).name;
        long args = args(e);
        long n = Space.length(args);
        if (n == 1) {
            int base = space.ts.push(Space.item(args, 0));
            try {
                return name + "(" + Ops.reprString(space, base) + ")";
            } finally {
                space.ts.truncate(base);
            }
        }
        int base = space.ts.push(args);
        try {
            return name + (n == 0 ? "()" : Ops.reprString(space, base));
        } finally {
            space.ts.truncate(base);
        }
    }

    /**
     * Attributes every exception has (args, __traceback__, ...) and those of particular classes
     * derived from args (StopIteration.value, SystemExit.code, OSError.errno...); 0 if none.
     */
    static long attribute(Space space, long e, String name) {
        switch (name) {
            case "args": return args(e);
            case "__traceback__": return slot(e, TRACEBACK);
            case "__cause__": return slot(e, CAUSE);
            case "__context__": return slot(e, CONTEXT);
            case "__suppress_context__": return slot(e, SUPPRESS_CONTEXT);
            default: break;
        }
        PyType t = space.typeOf(e);
        long args = args(e);
        long n = Space.length(args);
        if ((name.equals("value") && (t.isSubtypeOf(space.builtinTypes.get("StopIteration"))
                || t.isSubtypeOf(space.builtinTypes.get("StopAsyncIteration"))))) {
            return n > 0 ? Space.item(args, 0) : Py.NONE;
        }
        if (name.equals("code") && t.isSubtypeOf(space.builtinTypes.get("SystemExit"))) {
            return n == 0 ? Py.NONE : n == 1 ? Space.item(args, 0) : args;
        }
        if (t.isSubtypeOf(space.builtinTypes.get("OSError"))) {
            int i = switch (name) {
                case "errno" -> 0;
                case "strerror" -> 1;
                case "filename" -> 2;
                case "filename2" -> 4;
                default -> -1;
            };
            if (i >= 0) {
                return n >= 2 && i < n ? Space.item(args, i) : Py.NONE;
            }
        }
        if (t.isSubtypeOf(space.builtinTypes.get("SyntaxError"))) {
            if (name.equals("msg")) {
                return n >= 1 ? Space.item(args, 0) : Py.NONE;
            }
            int i = switch (name) {
                case "filename" -> 0;
                case "lineno" -> 1;
                case "offset" -> 2;
                case "text" -> 3;
                case "end_lineno" -> 4;
                case "end_offset" -> 5;
                default -> -1;
            };
            if (i >= 0) {
                if (n == 2) {
                    long details = Space.item(args, 1);
                    if (Py.isObject(details) && space.typeOf(details) == space.tupleType && i < Space.length(details)) {
                        return Space.item(details, i);
                    }
                }
                return Py.NONE;
            }
            if (name.equals("print_file_and_line")) {
                return Py.NONE;
            }
        }
        if ((name.equals("name") || name.equals("path")) && t.isSubtypeOf(space.builtinTypes.get("ImportError"))) {
            return Py.NONE;
        }
        if (name.equals("name") && (t.isSubtypeOf(space.builtinTypes.get("NameError"))
                || t.isSubtypeOf(space.builtinTypes.get("AttributeError")))) {
            return Py.NONE;
        }
        if (name.equals("obj") && t.isSubtypeOf(space.builtinTypes.get("AttributeError"))) {
            return Py.NONE;
        }
        return 0;
    }

    /** Remembers the missing name of a NameError/AttributeError (its .name attribute). */
    static void setHintName(Space space, long exc, String name) {
        int e = space.ts.push(exc);
        int v = space.ts.push(space.newStr(name));
        try {
            Instances.set(space, e, "name", v);
        } finally {
            space.ts.truncate(e);
        }
    }

    /** Stores a standard exception attribute in its reserved slot; false for other names. */
    static boolean setAttribute(Space space, int excSlot, String name, int valueSlot) {
        long v = space.ts.get(valueSlot);
        long e = space.ts.get(excSlot);
        switch (name) {
            case "args" -> {
                int t = space.ts.push(v);
                long tuple = space.typeOf(v) == space.tupleType ? v : BuiltinFunctions.tupleOf(space, t);
                space.ts.truncate(t);
                setSlot(space, space.ts.get(excSlot), ARGS, tuple);
            }
            case "__traceback__" -> {
                if (v != Py.NONE && space.typeOf(v) != space.tracebackType) {
                    throw Errors.typeError(space, "__traceback__ must be a traceback or None");
                }
                setSlot(space, e, TRACEBACK, v);
            }
            case "__cause__" -> {
                if (v != Py.NONE && !isException(space, v)) {
                    throw Errors.typeError(space, "exception cause must be None or derive from BaseException");
                }
                setSlot(space, e, CAUSE, v);
                setSlot(e, SUPPRESS_CONTEXT, Py.TRUE);
            }
            case "__context__" -> {
                if (v != Py.NONE && !isException(space, v)) {
                    throw Errors.typeError(space, "exception context must be None or derive from BaseException");
                }
                setSlot(space, e, CONTEXT, v);
            }
            case "__suppress_context__" -> {
                int b = space.ts.push(v);
                boolean truth = Ops.truth(space, b);
                space.ts.truncate(b);
                setSlot(space.ts.get(excSlot), SUPPRESS_CONTEXT, Py.bool(truth));
            }
            default -> {
                return false;
            }
        }
        return true;
    }
}
