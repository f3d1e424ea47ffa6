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

    static final long OPTIONAL = -8;   // never a valid word: aligned but negative

    private Signature(String name, String[] names, int posOnly, int positional, int kwOnly,
            boolean varargs, boolean varkw, long[] defaults, Style style) {
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
    }

    static Signature parse(String text) {
        int open = text.indexOf('(');
        String name = text.substring(0, open);
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
        return new Signature(name, names.toArray(new String[0]), posOnly, positional,
                names.size() - positional, varargs, varkw, d, style);
    }

    /** The same parameters with another error wording. */
    Signature withStyle(Style s) {
        return new Signature(name, names, posOnly, positional, kwOnly, varargs, varkw, defaults, s);
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
        int n = 0;
        for (int i = 0; i < positional; i++) {
            if (defaults[i] == 0) {
                n++;
            }
        }
        return n;
    }
}
