package dev.pyxis.python.runtime;

import java.util.Arrays;

/**
 * A function written in Java: builtins, methods of builtin types, functions of builtin modules.
 * Definitions are JVM-wide and immutable; a heap object refers to one by its {@link #id}.
 *
 * <p>The body receives its bound arguments as consecutive root slots ({@link Args}) in the
 * order the signature declares them: positional parameters, the *args tuple, keyword-only
 * parameters, the **kwargs dict. A missing optional argument reads as 0.
 */
final class Builtin {
    @FunctionalInterface
    interface Body {
        long call(Space s, Args a);
    }

    /**
     * Every builtin by id. Builtins register under {@link #LOCK} (class initializers may run on
     * the preparation thread); each registration republishes the volatile array, so that calls
     * read it without taking the lock.
     */
    private static final Object LOCK = new Object();
    private static volatile Builtin[] registry = new Builtin[2048];
    private static int registered;

    final int id;
    final Signature signature;
    final Body body;
    /** The type whose method this is ("list" for list.append), or null for a function. */
    final String owner;
    final String doc;
    /**
     * Whether a call counts against the recursion limit: CPython checks the depth when calling
     * functions taking no argument or exactly one (METH_NOARGS, METH_O), not the others.
     */
    final boolean countsDepth;
    /** Whether this is a builtin type's __new__ or __init__ (its errors name the type). */
    final boolean constructor;
    /**
     * The positional argument count whose call binds the arguments where they are (one per
     * parameter slot: no default, *args, **kwargs or keyword-only parameter to fill), or -1.
     */
    final int inPlaceArgCount;

    private Builtin(Signature signature, Body body, String owner, String doc) {
        signature = signature.refinedFor(owner);
        this.signature = signature;
        this.body = body;
        this.owner = owner;
        this.doc = doc;
        this.constructor = owner != null && (signature.name.equals("__new__") || signature.name.equals("__init__"));
        int self = owner != null ? 1 : 0;
        this.countsDepth = !signature.varargs && !signature.varkw && signature.kwOnly == 0
                && signature.posOnly == signature.positional && signature.positional - self <= 1
                && Arrays.stream(signature.defaults).allMatch(d -> d == 0);
        this.inPlaceArgCount = !constructor && !signature.varargs && !signature.varkw && signature.kwOnly == 0
                && signature.positional >= self ? signature.positional : -1;
        synchronized (LOCK) {
            Builtin[] table = registry;
            if (registered == table.length) {
                table = Arrays.copyOf(table, 2 * registered);
            }
            this.id = registered++;
            table[id] = this;
            registry = table;
        }
    }

    static Builtin function(String signature, Body body) {
        return new Builtin(Signature.parse(signature), body, null, null);
    }

    static Builtin method(String owner, String signature, Body body) {
        return new Builtin(Signature.parse(signature), body, owner, null);
    }

    static Builtin method(String owner, Signature signature, Body body) {
        return new Builtin(signature, body, owner, null);
    }

    static Builtin byId(int id) {
        return registry[id];
    }

    String name() {
        return signature.name;
    }

    /** The bound arguments of one call: root slots {@code [base, base + count)}. */
    record Args(Space space, int base, int count) {
        long get(int i) {
            return space.ts.get(base + i);
        }

        void set(int i, long w) {
            space.ts.set(base + i, w);
        }

        boolean given(int i) {
            return space.ts.get(base + i) != 0;
        }

        /** Root slot of parameter {@code i}, for callees that take slots. */
        int slot(int i) {
            return base + i;
        }
    }
}
