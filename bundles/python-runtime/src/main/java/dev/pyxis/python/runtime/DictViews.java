package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** dict_keys, dict_values, dict_items: live views of a dict (F1). */
final class DictViews {
    static final String[] KINDS = {"dict_keys", "dict_values", "dict_items"};

    private DictViews() {}

    static boolean isView(Space s, long w) {
        String n = s.typeOf(w).name;
        return n.equals("dict_keys") || n.equals("dict_values") || n.equals("dict_items");
    }

    static long create(Space s, int dictSlot, String kind) {
        long v = s.allocFixed(OBJ1, s.builtinTypes.get(kind).rootShape);
        Space.putRaw(v, F1, s.unwrap(s.ts.get(dictSlot)));
        return v;
    }

    static String repr(Space s, int slot) {
        String kind = s.typeOf(s.ts.get(slot)).name;
        int list = s.ts.top();
        int n = Iteration.pushAll(s, slot);
        try {
            int l = s.ts.push(Lists.fromRoots(s, list, n));
            return kind + "(" + Ops.reprString(s, l) + ")";
        } finally {
            s.ts.truncate(list);
        }
    }

    /** The iterator of a view. */
    static long iter(Space s, int slot) {
        String kind = s.typeOf(s.ts.get(slot)).name;
        int d = s.ts.push(Space.get(s.ts.get(slot), F1));
        try {
            return Iteration.dictIterator(s, d, switch (kind) {
                case "dict_keys" -> "dict_keyiterator";
                case "dict_values" -> "dict_valueiterator";
                default -> "dict_itemiterator";
            });
        } finally {
            s.ts.truncate(d);
        }
    }
}
