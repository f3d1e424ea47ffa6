package dev.pyxis.python.runtime;

/**
 * The functools module: reduce in Java, the rest in Python ({@code modules/functools.py}, see
 * {@link SourceModules}), which gets a Java helper making bound methods.
 */
final class FunctoolsModule {
    private FunctoolsModule() {}

    static final Builtin REDUCE = Builtin.function("reduce(function, iterable, initial=?, /)", (s, a) -> {
        int it;
        try {
            it = s.ts.push(Ops.iter(s, a.slot(1)));
        } catch (PyException e) {
            if (Exceptions.matches(s, s.ts.peekRaised(), "TypeError")) {
                s.ts.takeRaised();
                throw Errors.typeError(s, "reduce() arg 2 must support iteration");
            }
            throw e;
        }
        int call = s.ts.push(a.get(0));
        int acc = s.ts.push(a.get(2));
        int x = s.ts.push(0);
        try {
            while (true) {
                long v = Ops.next(s, it);
                if (v == 0) {
                    break;
                }
                if (s.ts.get(acc) == 0) {
                    s.ts.set(acc, v);
                    continue;
                }
                s.ts.set(x, v);
                // Arguments are laid out after the callable: (function, acc, item).
                int base = s.ts.push(s.ts.get(call));
                s.ts.push(s.ts.get(acc));
                s.ts.push(s.ts.get(x));
                long r = Calls.call(s, base, base + 1, 2, -1);
                s.ts.truncate(base);
                s.ts.set(acc, r);
            }
            if (s.ts.get(acc) == 0) {
                throw Errors.typeError(s, "reduce() of empty iterable with no initial value");
            }
            return s.ts.get(acc);
        } finally {
            s.ts.truncate(it);
        }
    });

    /** _bound_method(function, instance): the method object binding a callable to an instance. */
    static final Builtin BOUND_METHOD = Builtin.function("_bound_method(function, instance, /)",
            (s, a) -> Methods.bound(s, a.get(0), a.slot(1)));

    static long create(Space s) {
        int m = s.ts.push(NativeObjects.module(s, "functools"));
        try {
            NativeObjects.function(s, m, REDUCE);
            NativeObjects.function(s, m, BOUND_METHOD);
            SourceModules.run(s, m, "functools");
            return s.ts.get(m);
        } finally {
            s.ts.truncate(m);
        }
    }
}
