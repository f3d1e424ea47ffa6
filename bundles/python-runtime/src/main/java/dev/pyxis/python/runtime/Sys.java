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

    private static final Builtin EXIT = Builtin.function("exit(status=None, /)", (s, a) -> {
        int base = s.ts.push(a.get(0));
        try {
            throw s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get("SystemExit"), base, a.get(0) == Py.NONE ? 0 : 1));
        } finally {
            s.ts.truncate(base);
        }
    });

    private static final Builtin GETRECURSIONLIMIT = Builtin.function("getrecursionlimit()",
            (s, a) -> Py.smallInt(s.ts.recursionLimit));

    private static final Builtin SETRECURSIONLIMIT = Builtin.function("setrecursionlimit(limit, /)", (s, a) -> {
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

    private static final Builtin EXC_INFO = Builtin.function("exc_info()", (s, a) -> {
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

    private static final Builtin EXCEPTION = Builtin.function("exception()", (s, a) -> {
        long e = s.ts.get(s.ts.handled);
        return e == 0 ? Py.NONE : e;
    });

    private static final Builtin INTERN = Builtin.function("intern(string, /)", (s, a) -> {
        if (s.typeOf(a.get(0)) != s.strType) {
            throw Errors.typeError(s, "intern() argument must be str, not " + s.typeOf(a.get(0)).name);
        }
        return s.intern(s.str(a.get(0)));
    });

    private static final Builtin GETSIZEOF = Builtin.function("getsizeof(object, default=?, /)", (s, a) -> {
        long w = a.get(0);
        return s.newInt(Py.isObject(w) ? s.heap.sizeOf(w) + 16 : 28);
    });

    private static final Builtin GET_INT_MAX = Builtin.function("get_int_max_str_digits()", (s, a) -> Py.smallInt(s.maxStrDigits));

    private static final Builtin SET_INT_MAX = Builtin.function("set_int_max_str_digits(maxdigits)", (s, a) -> {
        long n = s.bigValue(a.get(0)).longValue();
        if (n != 0 && n < 640) {
            throw Errors.valueError(s, "maxdigits must be 0 or larger than 640");
        }
        s.maxStrDigits = (int) n;
        return Py.NONE;
    });

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
        int vi = s.ts.top();
        s.ts.push(Py.smallInt(3));
        s.ts.push(Py.smallInt(11));
        s.ts.push(Py.smallInt(7));
        s.ts.push(s.newStr("final"));
        s.ts.push(Py.smallInt(0));
        set(s, "version_info", s.newTupleFromRoots(vi, 5));
        s.ts.truncate(vi);
        // The parameters of the numeric hash (see Hashing): modulus 2**61 - 1 on 64-bit builds.
        String[] hashFields = {"width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"};
        PyType hashInfo = StructSeq.type(s, "sys.hash_info", hashFields, hashFields.length);
        int hi = s.ts.top();
        s.ts.push(Py.smallInt(64));
        s.ts.push(s.newInt((1L << 61) - 1));
        s.ts.push(Py.smallInt(314159));
        s.ts.push(Py.smallInt(0));
        s.ts.push(Py.smallInt(1000003));
        s.ts.push(s.newStr("siphash13"));
        s.ts.push(Py.smallInt(64));
        s.ts.push(Py.smallInt(128));
        s.ts.push(Py.smallInt(0));
        set(s, "hash_info", StructSeq.make(s, hashInfo, hi, hashFields.length));
        s.ts.truncate(hi);
        for (Builtin b : new Builtin[] {EXIT, GETRECURSIONLIMIT, SETRECURSIONLIMIT, EXC_INFO, EXCEPTION, INTERN,
                GETSIZEOF, GET_INT_MAX, SET_INT_MAX}) {
            set(s, b.name(), Methods.builtin(s, b));
        }
        Imports.registerModule(s, "sys", s.sysModule());
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
