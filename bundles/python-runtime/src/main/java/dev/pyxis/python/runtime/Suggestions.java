package dev.pyxis.python.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean" hints of NameError and AttributeError messages: the closest candidate name
 * by an edit distance in which changing only a letter's case costs half of other edits.
 */
final class Suggestions {
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final int MAX_CANDIDATES = 750;

    private Suggestions() {}

    /** The namespaces a NameError raised now could suggest from: (locals, globals) of the current frame. */
    static long namespaces(Space s) {
        Frame f = s.ts.frame;
        if (f == null) {
            return Py.NONE;
        }
        int l = s.ts.push(FrameLocals.locals(s, f));
        s.ts.push(s.ts.get(f.base + Frame.GLOBALS));
        try {
            return s.newTupleFromRoots(l, 2);
        } finally {
            s.ts.truncate(l);
        }
    }

    static String forException(Space s, int excSlot) {
        long exc = s.ts.get(excSlot);
        PyType t = s.typeOf(exc);
        long source = Exceptions.slot(exc, Exceptions.HINT_SOURCE);
        if (source == 0) {
            return null;
        }
        long nameWord = Instances.get(s, exc, "name");
        if (nameWord == 0 || !s.isStr(nameWord)) {
            return null;
        }
        String name = s.str(nameWord);
        List<String> candidates = new ArrayList<>();
        if (t.isSubtypeOf(s.builtinTypes.get("NameError"))) {
            if (source == Py.NONE) {
                return null;
            }
            addKeys(s, Space.item(source, 0), candidates);
            addKeys(s, Space.item(source, 1), candidates);
            addKeys(s, s.builtinsDict(), candidates);
        } else if (t.isSubtypeOf(s.builtinTypes.get("AttributeError"))) {
            int o = s.ts.push(source);
            try {
                long names = Dir.ofObject(s, o);
                for (long i = 0; i < Lists.size(names); i++) {
                    candidates.add(s.str(Lists.get(names, i)));
                }
            } catch (PyException e) {
                s.ts.takeRaised();
                return null;
            } finally {
                s.ts.truncate(o);
            }
        } else {
            return null;
        }
        return best(name, candidates);
    }

    private static void addKeys(Space s, long dict, List<String> out) {
        if (dict == 0 || s.typeOf(dict).nativeKind != PyType.Native.DICT) {
            return;
        }
        long d = s.unwrap(dict);
        for (long e = 0; e < Dicts.entryCount(d); e++) {
            long k = Dicts.keyAt(d, e);
            if (k != 0 && s.isStr(k)) {
                out.add(s.str(k));
            }
        }
    }

    static String best(String name, List<String> candidates) {
        if (candidates.size() > MAX_CANDIDATES) {
            return null;
        }
        String suggestion = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(name)) {
                continue;
            }
            int max = (name.length() + c.length() + 3) * MOVE_COST / 6;
            int d = distance(name, c, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < bestDistance) {
                suggestion = c;
                bestDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitution(char a, char b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }

    /** Weighted edit distance, or a value above {@code max} as soon as it must exceed it. */
    static int distance(String a, String b, int max) {
        if (a.equals(b)) {
            return 0;
        }
        int n = a.length(), m = b.length();
        if (Math.abs(n - m) * MOVE_COST > max) {
            return max + 1;
        }
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j * MOVE_COST;
        }
        for (int i = 1; i <= n; i++) {
            cur[0] = i * MOVE_COST;
            int rowMin = cur[0];
            for (int j = 1; j <= m; j++) {
                int v = Math.min(Math.min(prev[j] + MOVE_COST, cur[j - 1] + MOVE_COST),
                        prev[j - 1] + substitution(a.charAt(i - 1), b.charAt(j - 1)));
                cur[j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m];
    }
}
