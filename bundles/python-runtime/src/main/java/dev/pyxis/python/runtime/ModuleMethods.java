package dev.pyxis.python.runtime;

/**
 * The module type's construction by hand ({@code types.ModuleType(name, doc)}). Module-level
 * {@code __getattr__} and {@code __dir__} functions are consulted by {@link Attributes#find} and
 * {@link Dir#dir}.
 */
final class ModuleMethods {
    private ModuleMethods() {}

    static final Builtin NEW = Builtin.method("module", "__new__(cls, *args, **kwargs)", (s, a) -> {
        if (s.asType(a.get(0)) != s.moduleType) {
            throw Errors.typeError(s, "module subclasses are not supported yet");
        }
        return Modules.create(s, "?");
    });

    static final Builtin INIT = Builtin.method("module", "__init__(self, name, doc=None)", (s, a) -> {
        if (!s.isStr(a.get(1))) {
            throw Errors.typeError(s, "module.__init__() argument 'name' must be str, not " + s.typeOf(a.get(1)).name);
        }
        int d = s.ts.push(Modules.dict(a.get(0)));
        Dicts.putStr(s, d, "__name__", a.get(1));
        Dicts.putStr(s, d, "__doc__", a.get(2));
        s.ts.truncate(d);
        return Py.NONE;
    });

    static void install(Space s) {
        Builtins.staticMethod(s, s.moduleType, NEW);
        Builtins.method(s, s.moduleType, INIT);
    }
}
