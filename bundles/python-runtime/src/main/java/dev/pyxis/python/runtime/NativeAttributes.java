package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.F1;

/**
 * Read-only attributes of two runtime-made object kinds: builtin functions and methods
 * ({@code __name__}, {@code __qualname__}, {@code __self__}) and tracebacks ({@code tb_next}, {@code tb_frame}, {@code tb_lineno},
 * {@code tb_lasti}).
 */
final class NativeAttributes {
    private NativeAttributes() {}

    private static final PyType.Native B = PyType.Native.BUILTIN;
    private static final PyType.Native TB = PyType.Native.TRACEBACK;

    static final Builtin NAME = Receivers.positional("builtin_function_or_method", B, "__name__(self, /)",
            (s, a) -> s.newStr(Methods.builtinOf(a.get(0)).name()));

    static final Builtin QUALNAME = Receivers.positional("builtin_function_or_method", B, "__qualname__(self, /)", (s, a) -> {
        Builtin b = Methods.builtinOf(a.get(0));
        return s.newStr(b.owner != null ? b.owner + "." + b.name() : b.name());
    });

    /** The receiver of a bound builtin; the builtins module for a module-level function; None for an unbound one. */
    static final Builtin SELF = Receivers.positional("builtin_function_or_method", B, "__self__(self, /)", (s, a) -> {
        long self = Space.get(a.get(0), F1);
        if (self != 0) {
            return self;
        }
        return Methods.builtinOf(a.get(0)).owner == null ? s.builtinsModuleOrDict() : Py.NONE;
    });

    /** The builtin's docstring where one is recorded, else None (not object's, which a lookup would find). */
    static final Builtin DOC = Receivers.positional("builtin_function_or_method", B, "__doc__(self, /)", (s, a) -> {
        String doc = Methods.builtinOf(a.get(0)).doc;
        return doc == null ? Py.NONE : s.newStr(doc);
    });

    static final Builtin TB_NEXT = Receivers.positional("traceback", TB, "tb_next(self, /)", (s, a) -> Tracebacks.next(a.get(0)));

    static final Builtin TB_FRAME = Receivers.positional("traceback", TB, "tb_frame(self, /)", (s, a) -> Tracebacks.frame(a.get(0)));

    static final Builtin TB_LINENO = Receivers.positional("traceback", TB, "tb_lineno(self, /)",
            (s, a) -> Py.smallInt(Tracebacks.line(a.get(0))));

    /** CPython counts code units of two bytes. */
    static final Builtin TB_LASTI = Receivers.positional("traceback", TB, "tb_lasti(self, /)",
            (s, a) -> Py.smallInt(2L * Tracebacks.lasti(a.get(0))));

    static void install(Space s) {
        Receivers.readonly(s, s.builtinType, NAME);
        Receivers.readonly(s, s.builtinType, QUALNAME);
        Receivers.readonly(s, s.builtinType, SELF);
        Receivers.readonly(s, s.builtinType, DOC);
        Receivers.readonly(s, s.tracebackType, TB_NEXT);
        Receivers.readonly(s, s.tracebackType, TB_FRAME);
        Receivers.readonly(s, s.tracebackType, TB_LINENO);
        Receivers.readonly(s, s.tracebackType, TB_LASTI);
    }
}
