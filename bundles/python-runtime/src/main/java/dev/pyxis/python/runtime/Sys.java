package dev.pyxis.python.runtime;

import java.util.List;

/** The sys module: interpreter state visible to Python. */
final class Sys {
    private Sys() {}

    /** sys.<name>, or 0. */
    static long get(Space s, String name) {
        return Dicts.getStr(s, Modules.dict(s.sysModule()), name);
    }

    static void set(Space s, String name, long value) {
        int d = s.ts.push(Modules.dict(s.sysModule()));
        Dicts.putStr(s, d, name, value);
        s.ts.truncate(d);
    }

    private static final Builtin EXIT = Builtin.function("sys.exit(status=None, /)", (s, a) -> {
        int base = s.ts.push(a.get(0));
        try {
            if (Py.isObject(a.get(0)) && s.typeOf(a.get(0)) == s.tupleType) {
                // As PyErr_SetObject: a tuple status is the exception's args.
                long e = Exceptions.allocate(s, s.builtinTypes.get("SystemExit"));
                Exceptions.setSlot(s, e, Exceptions.ARGS, s.ts.get(base));
                throw s.ts.raise(e);
            }
            throw s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get("SystemExit"), base, a.get(0) == Py.NONE ? 0 : 1));
        } finally {
            s.ts.truncate(base);
        }
    });

    private static final Builtin GETDEFAULTENCODING = Builtin.function("sys.getdefaultencoding()", (s, a) -> s.newStr("utf-8"));

    private static final Builtin DISPLAYHOOK = Builtin.function("sys.displayhook(object, /)", (s, a) -> {
        Builtins.displayHook(s, a.slot(0));
        return Py.NONE;
    });

    private static final Builtin GETRECURSIONLIMIT = Builtin.function("sys.getrecursionlimit()",
            (s, a) -> Py.smallInt(s.ts.recursionLimit));

    private static final Builtin SETRECURSIONLIMIT = Builtin.function("sys.setrecursionlimit(limit, /)", (s, a) -> {
        if (!s.isInt(a.get(0))) {
            throw Errors.typeError(s, "'" + s.typeOf(a.get(0)).name + "' object cannot be interpreted as an integer");
        }
        long n = s.bigValue(a.get(0)).longValue();
        if (n < 1) {
            throw Errors.valueError(s, "recursion limit must be greater or equal than 1");
        }
        s.ts.recursionLimit = (int) Math.min(n, Integer.MAX_VALUE);
        return Py.NONE;
    });

    /** File names are UTF-8 here, undecodable bytes escaped as lone surrogates (CPython's POSIX default). */
    private static final Builtin GETFILESYSTEMENCODING = Builtin.function("sys.getfilesystemencoding()", (s, a) -> s.newStr("utf-8"));
    private static final Builtin GETFILESYSTEMENCODEERRORS = Builtin.function("sys.getfilesystemencodeerrors()",
            (s, a) -> s.newStr("surrogateescape"));
    /** Python code never runs during shutdown here. */
    private static final Builtin IS_FINALIZING = Builtin.function("sys.is_finalizing()", (s, a) -> Py.FALSE);

    private static final Builtin GETFRAME = Builtin.function("sys._getframe(depth=0, /)", (s, a) -> {
        long depth = a.get(0) == Py.NONE ? 0 : Subscripts.index(s, a.slot(0), "'%s' object cannot be interpreted as an integer");
        return FrameObjects.caller(s, Math.max(0, depth));
    });

    private static final Builtin EXC_INFO = Builtin.function("sys.exc_info()", (s, a) -> {
        long e = s.ts.get(s.ts.handled);
        if (e == Py.NONE || e == 0) {
            int base = s.ts.push(Py.NONE);
            s.ts.push(Py.NONE);
            s.ts.push(Py.NONE);
            return s.newTupleFromRoots(base, 3);
        }
        int base = s.ts.push(s.typeWord(s.typeOf(e)));
        s.ts.push(e);
        s.ts.push(Exceptions.slot(e, Exceptions.TRACEBACK));
        return s.newTupleFromRoots(base, 3);
    });

    private static final Builtin EXCEPTION = Builtin.function("sys.exception()", (s, a) -> {
        long e = s.ts.get(s.ts.handled);
        return e == 0 ? Py.NONE : e;
    });

    private static final Builtin INTERN = Builtin.function("sys.intern(string, /)", (s, a) -> {
        if (s.typeOf(a.get(0)) != s.strType) {
            throw Errors.typeError(s, "intern() argument must be str, not " + s.typeOf(a.get(0)).name);
        }
        return s.intern(s.str(a.get(0)));
    });

    private static final Builtin GETSIZEOF = Builtin.function("sys.getsizeof(object, default=?, /)", (s, a) -> {
        long w = a.get(0);
        return s.newInt(Py.isObject(w) ? s.heap.sizeOf(w) + 16 : 28);
    });

    private static final Builtin GET_INT_MAX = Builtin.function("sys.get_int_max_str_digits()", (s, a) -> Py.smallInt(s.maxStrDigits));

    private static final Builtin SET_INT_MAX = Builtin.function("sys.set_int_max_str_digits(maxdigits)", (s, a) -> {
        long n = s.bigValue(a.get(0)).longValue();
        if (n != 0 && n < 640) {
            throw Errors.valueError(s, "maxdigits must be 0 or larger than 640");
        }
        s.maxStrDigits = (int) n;
        return Py.NONE;
    });

    private static final Builtin CALL_TRACING = Builtin.function("call_tracing(func, args, /)", (s, a) -> {
        if (s.typeOf(a.get(1)) != s.tupleType) {
            throw Errors.typeError(s, "call_tracing() argument 2 must be tuple, not " + s.typeOf(a.get(1)).name);
        }
        return CallSupport.callEx(s, a.slot(0), a.slot(1), -1);
    });

    /** No trace or profile function can be installed (sys.settrace is not supported): always None. */
    private static final Builtin GETTRACE = Builtin.function("gettrace()", (s, a) -> Py.NONE);
    private static final Builtin GETPROFILE = Builtin.function("getprofile()", (s, a) -> Py.NONE);

    private static final Builtin GETSWITCHINTERVAL = Builtin.function("getswitchinterval()",
            (s, a) -> s.newFloat(s.switchInterval));

    private static final Builtin SETSWITCHINTERVAL = Builtin.function("setswitchinterval(interval, /)", (s, a) -> {
        double v = NumberMethods.asDouble(s, a.slot(0), null);
        if (v <= 0) {
            throw Errors.valueError(s, "switch interval must be strictly positive");
        }
        s.switchInterval = v;
        return Py.NONE;
    });

    /**
     * sys.excepthook's default (also sys.__excepthook__): prints the exception and its traceback
     * to sys.stderr as the interpreter does for an uncaught exception.
     */
    static final Builtin EXCEPTHOOK = Builtin.function("excepthook(exctype, value, traceback, /)", (s, a) -> {
        if (!Exceptions.isException(s, a.get(1))) {
            // CPython reports the misuse on stderr instead of raising.
            writeStderr(s, "TypeError: print_exception(): Exception expected for value, " + s.typeOf(a.get(1)).name + " found\n");
            return Py.NONE;
        }
        writeStderr(s, TracebackPrinter.format(s, a.slot(1)));
        return Py.NONE;
    });

    /** Writes {@code text} to sys.stderr (whatever object it is now); nothing if there is none. */
    static void writeStderr(Space s, String text) {
        long err = get(s, "stderr");
        if (err == 0 || err == Py.NONE) {
            return;
        }
        if (Streams.isStd(s, err)) {
            Streams.stream(s, err).write(text);
            return;
        }
        int e = s.ts.push(err);
        try {
            int write = s.ts.push(Attributes.get(s, e, "write"));
            s.ts.push(s.newStr(text));
            Calls.callSlots(s, write, 1);
        } finally {
            s.ts.truncate(e);
        }
    }

    static void install(Space s, List<String> argv, List<String> path, Streams.TextStream stdin,
            Streams.TextStream stdout, Streams.TextStream stderr) {
        long m = Modules.create(s, "sys");
        s.sysRoot = s.heap.globals().register(m);
        set(s, "stdout", Streams.create(s, stdout));
        set(s, "stderr", Streams.create(s, stderr));
        set(s, "stdin", Streams.create(s, stdin));
        set(s, "__stdout__", get(s, "stdout"));
        set(s, "__stderr__", get(s, "stderr"));
        set(s, "__stdin__", get(s, "stdin"));
        set(s, "argv", strList(s, argv));
        set(s, "path", strList(s, path));
        set(s, "modules", Dicts.create(s));
        set(s, "maxsize", s.newInt(Long.MAX_VALUE));
        set(s, "byteorder", s.newStr("little"));
        set(s, "platform", s.newStr("linux"));
        set(s, "version", s.newStr("3.11.7 (Pyxis 0.1.0) [Java " + java.lang.Runtime.version().feature() + "]"));
        set(s, "executable", s.newStr(""));
        set(s, "maxunicode", s.newInt(0x10FFFF));
        set(s, "dont_write_bytecode", Py.TRUE);
        set(s, "hexversion", s.newInt(0x030B07F0));
        namedValues(s, "version_info", new String[] {"major", "minor", "micro", "releaselevel", "serial"},
                3, 11, 7, "final", 0);
        namedValues(s, "float_info", new String[] {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                "dig", "mant_dig", "epsilon", "radix", "rounds"},
                Double.MAX_VALUE, Double.MAX_EXPONENT + 1, 308, Double.MIN_NORMAL, Double.MIN_EXPONENT + 1, -307,
                15, 53, Math.ulp(1.0), 2, 1);
        namedValues(s, "int_info", new String[] {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                "str_digits_check_threshold"}, 30, 4, 4300, 640);
        namedValues(s, "hash_info", new String[] {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits",
                "seed_bits", "cutoff"}, 64, (1L << 61) - 1, 314159, 0, 1000003, "siphash13", 64, 128, 0);
        // As CPython runs the golden corpus: only dont_write_bytecode set, no int_max_str_digits override.
        namedValues(s, "flags", new String[] {"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
                "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization",
                "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"},
                0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1);
        for (Builtin b : new Builtin[] {EXIT, GETRECURSIONLIMIT, SETRECURSIONLIMIT, EXC_INFO, EXCEPTION, INTERN,
                GETSIZEOF, GET_INT_MAX, SET_INT_MAX, GETDEFAULTENCODING, DISPLAYHOOK, GETFRAME,
                GETFILESYSTEMENCODING, GETFILESYSTEMENCODEERRORS, IS_FINALIZING, EXCEPTHOOK,
                CALL_TRACING, GETSWITCHINTERVAL, SETSWITCHINTERVAL, GETTRACE, GETPROFILE}) {
            set(s, b.name(), Methods.builtin(s, b));
        }
        set(s, "__excepthook__", get(s, "excepthook"));
        set(s, "__displayhook__", get(s, "displayhook"));
        Imports.registerModule(s, "sys", s.sysModule());
    }

    /**
     * Completes sys once its Python part has run and the builtin modules are registered:
     * builtin_module_names, and no {@code __builtins__} (sys is a builtin module in CPython).
     */
    static void finish(Space s) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>(Imports.BUILTIN_MODULES.keySet());
        names.add("builtins");
        names.add("sys");
        int base = s.ts.top();
        for (String n : names) {
            s.ts.push(s.newStr(n));
        }
        try {
            set(s, "builtin_module_names", s.newTupleFromRoots(base, names.size()));
        } finally {
            s.ts.truncate(base);
        }
        int d = s.ts.push(Modules.dict(s.sysModule()));
        int k = s.ts.push(s.newStr("__builtins__"));
        Dicts.remove(s, s.ts.get(d), s.ts.get(k));
        s.ts.truncate(d);
    }

    /** sys.NAME as a named sequence of type sys.NAME over Java ints, longs, doubles and strings. */
    private static void namedValues(Space s, String name, String[] fields, Object... values) {
        int base = s.ts.top();
        for (Object v : values) {
            s.ts.push(switch (v) {
                case Integer i -> Py.smallInt(i);
                case Long l -> s.newInt(l);
                case Double d -> s.newFloat(d);
                case String str -> s.newStr(str);
                default -> throw new IllegalArgumentException("sys." + name + ": " + v);
            });
        }
        PyType t = StructSeq.type(s, "sys." + name, fields, fields.length);
        set(s, name, StructSeq.make(s, t, base, values.length));
        s.ts.truncate(base);
    }

    private static long strList(Space s, List<String> items) {
        int base = s.ts.top();
        for (String item : items) {
            s.ts.push(s.newStr(item));
        }
        try {
            return Lists.fromRoots(s, base, items.size());
        } finally {
            s.ts.truncate(base);
        }
    }
}
