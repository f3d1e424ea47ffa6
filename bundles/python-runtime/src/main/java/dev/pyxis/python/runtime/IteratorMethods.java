package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * __iter__, __next__ and (where CPython has it) __length_hint__ of the builtin iterator types,
 * so that {@code iter(it) is it} and explicit {@code it.__next__()} calls work.
 */
final class IteratorMethods {
    private IteratorMethods() {}

    /** Iterator kinds without __length_hint__ in CPython. */
    private static final java.util.Set<String> NO_HINT = java.util.Set.of("callable_iterator", "enumerate", "zip", "map",
            "filter");

    private static Builtin iter(String kind) {
        return Builtin.method(kind, "__iter__(self, /)", (s, a) -> {
            check(s, a.get(0), kind, "__iter__");
            return a.get(0);
        });
    }

    private static Builtin next(String kind) {
        return Builtin.method(kind, "__next__(self, /)", (s, a) -> {
            check(s, a.get(0), kind, "__next__");
            long v = Iteration.builtinNext(s, a.slot(0));
            if (v == 0) {
                throw Errors.stopIteration(s);
            }
            return v;
        });
    }

    private static Builtin lengthHint(String kind) {
        return Builtin.method(kind, "__length_hint__(self, /)", (s, a) -> {
            check(s, a.get(0), kind, "__length_hint__");
            return remaining(s, a.slot(0), kind);
        });
    }

    private static void check(Space s, long self, String kind, String name) {
        if (!s.typeOf(self).name.equals(kind)) {
            throw Errors.typeError(s, "descriptor '" + name + "' requires a '" + kind + "' object but received a '"
                    + s.typeOf(self).name + "'");
        }
    }

    /** How many items the iterator in {@code slot} has left (the target F1 is 0 once exhausted). */
    static long remaining(Space s, int slot, String kind) {
        long it = s.ts.get(slot);
        long target = Space.get(it, F1);
        if (target == 0) {
            return Py.smallInt(0);
        }
        long i = Py.smallValue(Space.get(it, F2));
        long left = switch (kind) {
            case "list_iterator" -> Lists.size(target) - i;
            case "list_reverseiterator", "reversed" -> i + 1;
            case "tuple_iterator" -> Space.length(target) - i;
            case "str_iterator", "str_ascii_iterator" -> s.strLength(target) - i;
            case "bytes_iterator" -> Space.get(target, BYTES_LENGTH) - i;
            case "range_iterator" -> Ranges.length(s, target) - i;
            case "dict_keyiterator", "dict_valueiterator", "dict_itemiterator" -> {
                long n = 0;
                for (long e = i; e < Dicts.entryCount(target); e++) {
                    if (Dicts.keyAt(target, e) != 0) {
                        n++;
                    }
                }
                yield Py.smallValue(Space.get(it, F3)) < 0 ? 0 : n;
            }
            case "set_iterator" -> {
                long n = 0;
                for (long e = i; e < Sets.capacity(target); e++) {
                    if (Sets.keyAt(target, e) != 0) {
                        n++;
                    }
                }
                yield n;
            }
            default -> {
                // A sequence iterator: the sequence's length, if it has one.
                int t = s.ts.push(target);
                try {
                    if (s.typeOf(target).lookup("__len__") == 0 && !hasBuiltinLength(s, target)) {
                        yield -1;
                    }
                    yield Ops.len(s, t) - i;
                } finally {
                    s.ts.truncate(t);
                }
            }
        };
        return left < 0 && !kind.equals("iterator") ? Py.smallInt(0)
                : left < 0 ? Py.NOT_IMPLEMENTED : Py.smallInt(left);
    }

    private static boolean hasBuiltinLength(Space s, long w) {
        return switch (s.typeOf(s.unwrap(w)).nativeKind) {
            case STR, BYTES, TUPLE, LIST, DICT, SET, FROZENSET, RANGE -> true;
            default -> false;
        };
    }

    static void install(Space s) {
        java.util.List<String> kinds = new java.util.ArrayList<>(java.util.List.of(Iteration.KINDS));
        kinds.addAll(java.util.List.of(Iteration.PUBLIC));
        for (String kind : kinds) {
            PyType t = s.builtinTypes.get(kind);
            Builtins.method(s, t, iter(kind));
            Builtins.method(s, t, next(kind));
            if (!NO_HINT.contains(kind)) {
                Builtins.method(s, t, lengthHint(kind));
            }
        }
    }
}
