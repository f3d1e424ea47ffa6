package dev.pyxis.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Binds call arguments to parameters, for Python functions and builtins alike, with CPython's
 * error messages. The arguments are root slots {@code [argBase, argBase + nargs)}; the last
 * {@code len(kwnames)} of them are keyword arguments named by the kwnames tuple (a root slot, or
 * -1 for none). The target is a region of root slots laid out as: positional parameters,
 * keyword-only parameters, the *args tuple, the **kwargs dict. Unfilled parameters are left 0 for
 * the caller to default or report ({@link #missing}). {@code minPositional} (the number of
 * positional parameters without a default) only shapes the too-many-arguments message.
 */
final class ArgBinder {
    /** What the binder needs to know about the parameters. */
    interface Params {
        String[] names();
        int posOnly();
        int positional();
        int kwOnly();
        boolean varargs();
        boolean varkw();

        /**
         * Whether the *args slot comes right after the positional parameters (declaration order,
         * used by builtins) rather than after the keyword-only ones (CPython's frame layout).
         */
        default boolean varargsFirst() {
            return false;
        }

        /** Whether keyword errors use the wording of builtins ("'k' is an invalid keyword argument for f()"). */
        default boolean builtinWording() {
            return false;
        }

        /** Parameters before the first that argument positions count (1 for a builtin method's self). */
        default int selfCount() {
            return 0;
        }

        /** The target slot offset of parameter {@code i} (positional then keyword-only numbering). */
        default int slotOf(int i) {
            return i < positional() || !(varargsFirst() && varargs()) ? i : i + 1;
        }
    }

    private ArgBinder() {}

    /**
     * Binds the arguments. With builtin wording, an unknown keyword or one that repeats a
     * positional argument is not raised here but returned as the message of its TypeError
     * (the first one), since Argument Clinic reports missing arguments before it; null if none.
     */
    static String bind(Space s, Params p, String fname, int minPositional, int argBase, int nargs, int kwSlot,
            int target) {
        String deferred = null;
        ThreadState ts = s.ts;
        int nkw = kwSlot < 0 ? 0 : (int) Space.length(ts.get(kwSlot));
        int npos = nargs - nkw;
        int positional = p.positional();
        int kwOnly = p.kwOnly();
        int varargsSlot = target + (p.varargsFirst() ? positional : positional + kwOnly);
        int varkwSlot = target + positional + kwOnly + (p.varargs() ? 1 : 0);
        int copied = Math.min(npos, positional);
        for (int i = 0; i < copied; i++) {
            ts.set(target + i, ts.get(argBase + i));
        }
        if (p.varargs()) {
            ts.set(varargsSlot, s.newTupleFromRoots(argBase + copied, npos - copied));
        } else if (npos > positional) {
            throw tooManyPositional(s, p, fname, minPositional, npos, kwSlot);
        }
        if (p.varkw()) {
            ts.set(varkwSlot, Dicts.create(s));
        }
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < nkw; k++) {
            long kwname = Space.item(ts.get(kwSlot), k);
            String key = s.str(kwname);
            int index = indexOf(p, key);
            if (index >= 0 && index < p.posOnly()) {
                index = -1;
                if (p.builtinWording()) {
                    deferred = deferred != null ? deferred : "'" + key + "' is an invalid keyword argument for " + fname + "()";
                    continue;
                }
                if (!p.varkw()) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new ArrayList<>();
                    }
                    posOnlyAsKw.add(key);
                    continue;
                }
            }
            if (index < 0) {
                if (!p.varkw()) {
                    if (p.builtinWording()) {
                        deferred = deferred != null ? deferred : "'" + key + "' is an invalid keyword argument for " + fname + "()";
                        continue;
                    }
                    throw Errors.typeError(s, fname + "() got an unexpected keyword argument '" + key + "'");
                }
                int keySlot = ts.push(Space.item(ts.get(kwSlot), k));
                Dicts.put(s, varkwSlot, keySlot, argBase + npos + k);
                ts.truncate(keySlot);
                continue;
            }
            if (ts.get(target + p.slotOf(index)) != 0) {
                if (p.builtinWording()) {
                    deferred = deferred != null ? deferred : "argument for " + fname + "() given by name ('" + key
                            + "') and position (" + (index + 1 - p.selfCount()) + ")";
                    continue;
                }
                throw Errors.typeError(s, fname + "() got multiple values for argument '" + key + "'");
            }
            ts.set(target + p.slotOf(index), ts.get(argBase + npos + k));
        }
        if (posOnlyAsKw != null) {
            throw Errors.typeError(s, fname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posOnlyAsKw) + "'");
        }
        return deferred;
    }

    private static int indexOf(Params p, String key) {
        String[] names = p.names();
        int n = p.positional() + p.kwOnly();
        for (int i = 0; i < n; i++) {
            if (names[i].equals(key)) {
                return i;
            }
        }
        return -1;
    }

    private static PyException tooManyPositional(Space s, Params p, String fname, int min, int npos, int kwSlot) {
        int positional = p.positional();
        String takes;
        if (min < positional) {
            takes = "from " + min + " to " + positional + " positional arguments";
        } else {
            takes = positional + " positional argument" + (positional == 1 ? "" : "s");
        }
        int kwGiven = 0;
        if (kwSlot >= 0) {
            long kw = s.ts.get(kwSlot);
            for (int k = 0; k < Space.length(kw); k++) {
                int i = indexOf(p, s.str(Space.item(kw, k)));
                if (i >= positional) {
                    kwGiven++;
                }
            }
        }
        String given = npos + " " + (npos == 1 ? "was" : "were") + " given";
        if (kwGiven > 0) {
            given = npos + " positional argument" + (npos == 1 ? "" : "s") + " (and " + kwGiven
                    + " keyword-only argument" + (kwGiven == 1 ? "" : "s") + ") were given";
        }
        return Errors.typeError(s, fname + "() takes " + takes + " but " + given);
    }

    /** The TypeError for parameters left unfilled: "f() missing 2 required positional arguments: 'a' and 'b'". */
    static PyException missing(Space s, String fname, List<String> names, boolean keywordOnly) {
        StringBuilder sb = new StringBuilder(fname).append("() missing ").append(names.size())
                .append(" required ").append(keywordOnly ? "keyword-only" : "positional")
                .append(" argument").append(names.size() == 1 ? "" : "s").append(": ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                sb.append(names.size() == 2 ? " and " : (i == names.size() - 1 ? ", and " : ", "));
            }
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(s, sb.toString());
    }
}
