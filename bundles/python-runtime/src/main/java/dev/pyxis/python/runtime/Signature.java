package dev.pyxis.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The parameters of a builtin, parsed from Python-like text: {@code "sorted(iterable, /, *,
 * key=None, reverse=False)"}. A default is {@code None}, {@code True}, {@code False}, a small int,
 * or {@code ?} (optional: the body sees 0 when it is not given). Parameters before {@code /} are
 * positional-only; after {@code *} or {@code *args} keyword-only.
 *
 * <p>{@link Style} picks CPython's wording of argument-count errors, which differs with how a
 * builtin is implemented in CPython (one object, no arguments, positional-only, keywords).
 */
final class Signature {
    /**
     * ONE_ARG, NO_ARGS: "str.join() takes exactly one argument (0 given)"; POSITIONAL: "center
     * expected at least 1 argument, got 0"; GETARGS: "count() takes at least 1 argument (0 given)";
     * WRAPPER (special-method wrappers): "expected 1 argument, got 0"; KEYWORDS: binder messages.
     * Methods name their type in "takes no keyword arguments" ("str.count()"), wrappers say
     * "wrapper __len__()".
     */
    enum Style { ONE_ARG, NO_ARGS, POSITIONAL, GETARGS, WRAPPER, KEYWORDS }

    final String name;
    /** The module a function's errors name ("math" for "math.sqrt() takes exactly one argument"), or null. */
    final String module;
    /** Positional parameters (including positional-only), then keyword-only ones. */
    final String[] names;
    final int posOnly;
    final int positional;
    final int kwOnly;
    final boolean varargs;
    final boolean varkw;
    /** Per parameter: the default word, 0 for required, {@link #OPTIONAL} for "?". */
    final long[] defaults;
    final Style style;
    /** Root slots the bound arguments take: parameters, then *args tuple, then **kwargs dict. */
    final int slots;
    /** Positional parameters without a default. */
    private final int required;

    static final long OPTIONAL = -8;   // never a valid word: aligned but negative

    private Signature(String module, String name, String[] names, int posOnly, int positional, int kwOnly,
            boolean varargs, boolean varkw, long[] defaults, Style style) {
        this.module = module;
        this.name = name;
        this.names = names;
        this.posOnly = posOnly;
        this.positional = positional;
        this.kwOnly = kwOnly;
        this.varargs = varargs;
        this.varkw = varkw;
        this.defaults = defaults;
        this.style = style;
        this.slots = positional + kwOnly + (varargs ? 1 : 0) + (varkw ? 1 : 0);
        int n = 0;
        for (int i = 0; i < positional; i++) {
            if (defaults[i] == 0) {
                n++;
            }
        }
        this.required = n;
    }

    static Signature parse(String text) {
        int open = text.indexOf('(');
        String qualified = text.substring(0, open);
        int dot = qualified.lastIndexOf('.');
        String module = dot < 0 ? null : qualified.substring(0, dot);
        String name = qualified.substring(dot + 1);
        String body = text.substring(open + 1, text.lastIndexOf(')')).strip();
        List<String> names = new ArrayList<>();
        List<Long> defaults = new ArrayList<>();
        int posOnly = 0;
        int positional = -1;
        boolean varargs = false, varkw = false;
        if (!body.isEmpty()) {
            for (String raw : body.split(",")) {
                String p = raw.strip();
                if (p.equals("/")) {
                    posOnly = names.size();
                } else if (p.equals("*")) {
                    positional = names.size();
                } else if (p.startsWith("**")) {
                    varkw = true;
                } else if (p.startsWith("*")) {
                    varargs = true;
                    positional = names.size();
                } else {
                    int eq = p.indexOf('=');
                    names.add(eq < 0 ? p : p.substring(0, eq).strip());
                    defaults.add(eq < 0 ? 0L : defaultWord(p.substring(eq + 1).strip()));
                }
            }
        }
        if (positional < 0) {
            positional = names.size();
        }
        long[] d = new long[defaults.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = defaults.get(i);
        }
        Style style = posOnly == names.size() && !varkw ? Style.POSITIONAL : Style.KEYWORDS;
        return new Signature(module, name, names.toArray(new String[0]), posOnly, positional,
                names.size() - positional, varargs, varkw, d, style);
    }

    /** The same parameters with another error wording. */
    Signature withStyle(Style s) {
        return new Signature(module, name, names, posOnly, positional, kwOnly, varargs, varkw, defaults, s);
    }

    /**
     * The wording CPython uses for a builtin declared with this signature when none was chosen:
     * a slot wrapper's for the special methods that are slots, METH_NOARGS's for no parameters,
     * METH_O's for one required positional-only parameter (as Argument Clinic declares them),
     * otherwise unchanged. Constructors keep theirs (they speak as their type).
     */
    Signature refinedFor(String owner) {
        if (style != Style.POSITIONAL || varargs) {
            return this;
        }
        boolean method = owner != null;
        if (method && (name.equals("__new__") || name.equals("__init__"))) {
            return this;
        }
        if (method && SLOT_WRAPPERS.contains(name) && !methodNotSlot(owner, name)) {
            return withStyle(Style.WRAPPER);
        }
        int params = positional - (method ? 1 : 0);
        if (params == 0) {
            return withStyle(Style.NO_ARGS);
        }
        if (params == 1 && defaults[positional - 1] == 0) {
            return withStyle(Style.ONE_ARG);
        }
        return this;
    }

    /** Special methods that builtin types expose as slot wrappers. */
    private static final java.util.Set<String> SLOT_WRAPPERS = java.util.Set.of(
            "__abs__", "__add__", "__and__", "__bool__", "__call__", "__contains__", "__del__",
            "__delattr__", "__delete__", "__delitem__", "__divmod__", "__eq__", "__float__",
            "__floordiv__", "__ge__", "__get__", "__getattribute__", "__getitem__", "__gt__", "__hash__",
            "__iadd__", "__iand__", "__imul__", "__isub__", "__ior__", "__ixor__", "__ilshift__",
            "__irshift__", "__imod__", "__ifloordiv__", "__itruediv__", "__ipow__", "__imatmul__",
            "__index__", "__int__", "__invert__", "__iter__", "__le__", "__len__", "__lshift__", "__lt__",
            "__matmul__", "__mod__", "__mul__", "__ne__", "__neg__", "__next__", "__or__", "__pos__",
            "__pow__", "__radd__", "__rand__", "__rdivmod__", "__repr__", "__rfloordiv__", "__rlshift__",
            "__rmatmul__", "__rmod__", "__rmul__", "__ror__", "__rpow__", "__rrshift__", "__rshift__",
            "__rsub__", "__rtruediv__", "__rxor__", "__set__", "__setattr__", "__setitem__", "__str__",
            "__sub__", "__truediv__", "__xor__", "__await__", "__aiter__", "__anext__");

    /** The few slots some types define as ordinary methods instead (dict.__getitem__...). */
    private static boolean methodNotSlot(String owner, String name) {
        return switch (name) {
            case "__getitem__" -> owner.equals("dict") || owner.equals("list");
            case "__contains__" -> owner.equals("dict") || owner.equals("set") || owner.equals("frozenset");
            default -> false;
        };
    }

    private static long defaultWord(String text) {
        return switch (text) {
            case "None" -> Py.NONE;
            case "True" -> Py.TRUE;
            case "False" -> Py.FALSE;
            case "?" -> OPTIONAL;
            default -> Py.smallInt(Long.parseLong(text));
        };
    }

    int required() {
        return required;
    }
}
