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
    /**
     * State particular to some classes: OSError's filename and filename2, ImportError's name and
     * path, an exception group's message and exceptions tuple; 0 when unset.
     */
    static final int EXTRA0 = 7, EXTRA1 = 8;
    static final int RESERVED = 9;
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
        setSlot(e, EXTRA0, 0);
        setSlot(e, EXTRA1, 0);
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
        PyType t = space.typeOf(e);
        if (t.isSubtypeOf(space.builtinTypes.get("OSError")) && n >= 2 && n <= 5) {
            return osErrorStr(space, slot);
        }
        if (t.isSubtypeOf(space.builtinTypes.get("UnicodeError"))) {
            String u = unicodeErrorStr(space, e, t);
            if (u != null) {
                return u;
            }
        }
        if (t.isSubtypeOf(space.builtinTypes.get("SyntaxError"))) {
            return syntaxErrorStr(space, slot);
        }
        if (t.isSubtypeOf(space.builtinTypes.get("BaseExceptionGroup")) && slot(e, EXTRA1) != 0) {
            long count = Space.length(slot(e, EXTRA1));
            return space.str(slot(e, EXTRA0)) + " (" + count + " sub-exception" + (count == 1 ? "" : "s") + ")";
        }
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

    /** "msg (file.py, line N)": the file's base name and the line where they are set. */
    private static String syntaxErrorStr(Space space, int slot) {
        int msg = space.ts.push(Attributes.get(space, slot, "msg"));
        try {
            String text = Ops.strString(space, msg);
            long filename = Attributes.get(space, slot, "filename");
            String file = space.isStr(filename) ? space.str(filename) : null;
            if (file != null) {
                file = file.substring(file.lastIndexOf('/') + 1);
            }
            long lineno = Attributes.get(space, slot, "lineno");
            String line = space.isInt(lineno) ? space.bigValue(lineno).toString() : null;
            if (file != null && line != null) {
                return text + " (" + file + ", line " + line + ")";
            }
            if (file != null) {
                return text + " (" + file + ")";
            }
            return line != null ? text + " (line " + line + ")" : text;
        } finally {
            space.ts.truncate(msg);
        }
    }

    /** "[Errno N] strerror: 'filename' -> 'filename2'", the parts that are set. */
    private static String osErrorStr(Space space, int slot) {
        long e = space.ts.get(slot);
        int b = space.ts.push(Space.item(args(e), 0));
        space.ts.push(Space.item(args(e), 1));
        space.ts.push(orNone(slot(e, EXTRA0)));
        space.ts.push(orNone(slot(e, EXTRA1)));
        try {
            StringBuilder sb = new StringBuilder("[Errno ").append(Ops.strString(space, b)).append("] ")
                    .append(Ops.strString(space, b + 1));
            if (space.ts.get(b + 2) != Py.NONE) {
                sb.append(": ").append(Ops.reprString(space, b + 2));
                if (space.ts.get(b + 3) != Py.NONE) {
                    sb.append(" -> ").append(Ops.reprString(space, b + 3));
                }
            }
            return sb.toString();
        } finally {
            space.ts.truncate(b);
        }
    }

    /**
     * str() of a UnicodeDecodeError/EncodeError/TranslateError from its attributes (those assigned
     * since, else those its args gave), or null when they are not all of the right types.
     */
    private static String unicodeErrorStr(Space space, long e, PyType t) {
        boolean translate = t.isSubtypeOf(space.builtinTypes.get("UnicodeTranslateError"));
        boolean decode = t.isSubtypeOf(space.builtinTypes.get("UnicodeDecodeError"));
        if (!translate && !decode && !t.isSubtypeOf(space.builtinTypes.get("UnicodeEncodeError"))) {
            return null;
        }
        long object = unicodeField(space, e, "object");
        long startWord = unicodeField(space, e, "start");
        long endWord = unicodeField(space, e, "end");
        long reasonWord = unicodeField(space, e, "reason");
        long encodingWord = translate ? 0 : unicodeField(space, e, "encoding");
        if (!Py.isSmallInt(startWord) || !Py.isSmallInt(endWord) || !space.isStr(reasonWord)
                || (!translate && !space.isStr(encodingWord))) {
            return null;
        }
        int start = (int) Py.smallValue(startWord);
        int end = (int) Py.smallValue(endWord);
        String reason = space.str(reasonWord);
        String encoding = translate ? null : space.str(encodingWord);
        if (decode) {
            if (!Py.isObject(object) || space.typeOf(object) != space.bytesType) {
                return null;
            }
            byte[] bytes = space.bytes(object);
            if (start < 0 || start >= bytes.length || end <= start) {
                return "'" + encoding + "' codec can't decode bytes in position " + start + "-" + (end - 1) + ": " + reason;
            }
            return dev.pyxis.python.support.PyUnicodeFailure.decodeError(encoding, bytes, start, end, reason).getMessage();
        }
        if (!space.isStr(object)) {
            return null;
        }
        String text = space.str(object);
        int length = text.codePointCount(0, text.length());
        String message;
        if (start < 0 || start >= length || end <= start) {
            message = "'" + encoding + "' codec can't encode characters in position " + start + "-" + (end - 1) + ": " + reason;
        } else {
            message = dev.pyxis.python.support.PyUnicodeFailure.encodeError(translate ? "" : encoding, text, start,
                    Math.min(end, length), reason).getMessage();
        }
        if (translate) {
            message = message.replace("'' codec can't encode", "can't translate");
        }
        return message;
    }

    /** A field of a Unicode error: the instance's own value if one was assigned, else the one from args. */
    private static long unicodeField(Space space, long e, String name) {
        long v = Instances.get(space, e, name);
        return v != 0 ? v : attribute(space, e, name);
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
            switch (name) {
                case "errno", "strerror" -> {
                    return n >= 2 && n <= 5 ? Space.item(args, name.equals("errno") ? 0 : 1) : Py.NONE;
                }
                case "filename" -> {
                    return orNone(slot(e, EXTRA0));
                }
                case "filename2" -> {
                    return orNone(slot(e, EXTRA1));
                }
                default -> { }
            }
        }
        if (t.isSubtypeOf(space.builtinTypes.get("UnicodeError"))) {
            boolean decode = !t.isSubtypeOf(space.builtinTypes.get("UnicodeTranslateError"));
            int i = switch (name) {
                case "encoding" -> decode ? 0 : -1;
                case "object" -> decode ? 1 : 0;
                case "start" -> decode ? 2 : 1;
                case "end" -> decode ? 3 : 2;
                case "reason" -> decode ? 4 : 3;
                default -> -1;
            };
            if (i >= 0) {
                return n == (decode ? 5 : 4) ? Space.item(args, i) : Py.NONE;
            }
            if (name.equals("encoding")) {
                return Py.NONE;
            }
        }
        if (t.isSubtypeOf(space.builtinTypes.get("BaseExceptionGroup"))) {
            if (name.equals("message")) {
                return orNone(slot(e, EXTRA0));
            }
            if (name.equals("exceptions")) {
                return orNone(slot(e, EXTRA1));
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
        if (t.isSubtypeOf(space.builtinTypes.get("ImportError"))) {
            switch (name) {
                case "msg" -> {
                    return n == 1 ? Space.item(args, 0) : Py.NONE;
                }
                case "name" -> {
                    return orNone(slot(e, EXTRA0));
                }
                case "path" -> {
                    return orNone(slot(e, EXTRA1));
                }
                default -> { }
            }
        }
        if (name.equals("name") && (t.isSubtypeOf(space.builtinTypes.get("NameError"))
                || t.isSubtypeOf(space.builtinTypes.get("AttributeError")))) {
            return Py.NONE;
        }
        if (name.equals("obj") && t.isSubtypeOf(space.builtinTypes.get("AttributeError"))) {
            return orNone(slot(e, HINT_SOURCE));
        }
        return 0;
    }

    private static long orNone(long w) {
        return w == 0 ? Py.NONE : w;
    }

    /** errno values (Linux) that OSError(errno, ...) turns into a subclass. */
    private static final java.util.Map<Integer, String> ERRNO_CLASSES = java.util.Map.ofEntries(
            java.util.Map.entry(11, "BlockingIOError"), java.util.Map.entry(114, "BlockingIOError"),
            java.util.Map.entry(115, "BlockingIOError"), java.util.Map.entry(10, "ChildProcessError"),
            java.util.Map.entry(32, "BrokenPipeError"), java.util.Map.entry(108, "BrokenPipeError"),
            java.util.Map.entry(103, "ConnectionAbortedError"), java.util.Map.entry(111, "ConnectionRefusedError"),
            java.util.Map.entry(104, "ConnectionResetError"), java.util.Map.entry(17, "FileExistsError"),
            java.util.Map.entry(2, "FileNotFoundError"), java.util.Map.entry(21, "IsADirectoryError"),
            java.util.Map.entry(20, "NotADirectoryError"), java.util.Map.entry(4, "InterruptedError"),
            java.util.Map.entry(13, "PermissionError"), java.util.Map.entry(1, "PermissionError"),
            java.util.Map.entry(3, "ProcessLookupError"), java.util.Map.entry(110, "TimeoutError"));

    /** The class OSError(*args) really creates: the subclass for a known errno in args[0]. */
    static PyType osErrorClass(Space space, PyType t, long args) {
        long n = Space.length(args);
        if (t != space.builtinTypes.get("OSError") || n < 2 || n > 5 || !Py.isSmallInt(Space.item(args, 0))) {
            return t;
        }
        long errno = Py.smallValue(Space.item(args, 0));
        String sub = errno == (int) errno ? ERRNO_CLASSES.get((int) errno) : null;
        return sub == null ? t : space.builtinTypes.get(sub);
    }

    /**
     * Sets an OSError's args from the constructor's: (errno, strerror[, filename[, winerror[,
     * filename2]]]) keeps only errno and strerror in args when a filename is given.
     */
    static void setOsErrorArgs(Space space, int excSlot, int argsSlot) {
        long args = space.ts.get(argsSlot);
        long n = Space.length(args);
        setSlot(space, space.ts.get(excSlot), ARGS, args);
        setSlot(space.ts.get(excSlot), EXTRA0, 0);
        setSlot(space.ts.get(excSlot), EXTRA1, 0);
        if (n < 3 || n > 5) {
            return;
        }
        long filename = Space.item(args, 2);
        setSlot(space, space.ts.get(excSlot), EXTRA0, filename);
        if (n == 5) {
            setSlot(space, space.ts.get(excSlot), EXTRA1, Space.item(space.ts.get(argsSlot), 4));
        }
        if (filename != Py.NONE) {
            int b = space.ts.push(Space.item(args, 0));
            space.ts.push(Space.item(args, 1));
            long pair = space.newTupleFromRoots(b, 2);
            setSlot(space, space.ts.get(excSlot), ARGS, pair);
            space.ts.truncate(b);
        }
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
