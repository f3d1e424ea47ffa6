package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.support.CaseMapping;
import dev.pyxis.python.support.CodePoints;
import dev.pyxis.python.support.PyFailure;
import dev.pyxis.python.support.StrAlgorithms;
import dev.pyxis.python.support.StrPredicates;
import dev.pyxis.python.support.StrRepr;
import java.math.BigInteger;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The methods of {@code str}: text algorithms from the support package applied to the
 * receiver's text, with CPython's argument handling and messages. A method of a subclass
 * instance works on the wrapped str and returns exact strs.
 */
final class StrMethods {
    private StrMethods() {}

    private static Builtin method(String signature, Signature.Style style, Builtin.Body body) {
        return Builtin.method("str", Signature.parse(signature).withStyle(style), body);
    }

    // ---------------------------------------------------------------- receiver and argument checks

    /** The receiver's text; TypeError when a method descriptor is applied to a non-str. */
    static String self(Space s, Builtin.Args a, String name) {
        long w = a.get(0);
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "descriptor '" + name + "' for 'str' objects doesn't apply to a '"
                    + s.typeOf(w).name + "' object");
        }
        return s.str(w);
    }

    /** The receiver check of a special-method wrapper (its message differs from a method's). */
    private static void wrapperSelf(Space s, Builtin.Args a, String name) {
        long w = a.get(0);
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "descriptor '" + name + "' requires a 'str' object but received a '"
                    + s.typeOf(w).name + "'");
        }
    }

    /** The result text as a str: the receiver itself when unchanged and an exact str. */
    private static long result(Space s, Builtin.Args a, String before, String after) {
        long w = a.get(0);
        if (after == before && s.typeOf(w) == s.strType) {
            return w;
        }
        return s.newStr(after);
    }

    /**
     * A str argument: "must be str, not int" after the prefix; a prefix naming the argument
     * ("replace() argument 1 ") makes None read "None", as CPython's generated parsers do.
     */
    private static String strArg(Space s, long w, String prefix) {
        if (!s.isStr(w)) {
            String type = w == Py.NONE && !prefix.isEmpty() ? "None" : s.typeOf(w).name;
            throw Errors.typeError(s, prefix + "must be str, not " + type);
        }
        return s.str(w);
    }

    /** A str or None argument (None as null). */
    private static String strOrNone(Space s, long w, String message) {
        if (w == 0 || w == Py.NONE) {
            return null;
        }
        if (!s.isStr(w)) {
            throw Errors.typeError(s, message.replace("%s", s.typeOf(w).name));
        }
        return s.str(w);
    }

    /** An index-sized integer argument (width, count, tabsize), saturated to the int range. */
    static int intArg(Space s, int slot) {
        long v = BuiltinFunctions.index(s, slot);
        if (Py.isSmallInt(v)) {
            long x = Py.smallValue(v);
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, x));
        }
        BigInteger b = s.bigValue(v);
        if (b.bitLength() > 63) {
            throw Errors.overflow(s, "Python int too large to convert to C ssize_t");
        }
        return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /** An optional slice bound of find/count/startswith: None or missing gives {@code dflt}. */
    static int bound(Space s, int slot, int dflt) {
        long w = s.ts.get(slot);
        if (w == 0 || w == Py.NONE) {
            return dflt;
        }
        if (Py.isSmallInt(w)) {
            long x = Py.smallValue(w);
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, x));
        }
        if (!s.isInt(w) && Ops.userSpecial(s, w, "__index__") == 0) {
            throw Errors.typeError(s, "slice indices must be integers or None or have an __index__ method");
        }
        BigInteger b = s.bigValue(BuiltinFunctions.index(s, slot));
        return b.bitLength() < 32 ? b.intValue() : b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /** The fill character of center/ljust/rjust as a code point. */
    private static int fill(Space s, long w) {
        if (w == 0) {
            return ' ';
        }
        if (!s.isStr(w)) {
            throw Errors.typeError(s, "The fill character must be a unicode character, not " + s.typeOf(w).name);
        }
        String f = s.str(w);
        if (CodePoints.length(f) != 1) {
            throw Errors.typeError(s, "The fill character must be exactly one character long");
        }
        return f.codePointAt(0);
    }

    /** A list of new strs. */
    static long listOf(Space s, List<String> items) {
        int base = s.ts.top();
        try {
            for (String item : items) {
                s.ts.push(s.newStr(item));
            }
            return Lists.fromRoots(s, base, items.size());
        } finally {
            s.ts.truncate(base);
        }
    }

    static long tupleOf(Space s, String... items) {
        int base = s.ts.top();
        try {
            for (String item : items) {
                s.ts.push(s.newStr(item));
            }
            return s.newTupleFromRoots(base, items.length);
        } finally {
            s.ts.truncate(base);
        }
    }

    private static long fail(Space s, PyFailure f) {
        throw Errors.fromFailure(s, f);
    }

    // ---------------------------------------------------------------- case mapping and predicates

    private static Builtin mapping(String name, UnaryOperator<String> f) {
        return method(name + "(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
            String t = self(s, a, name);
            return result(s, a, t, f.apply(t));
        });
    }

    private static Builtin predicate(String name, java.util.function.Predicate<String> p) {
        return method(name + "(self, /)", Signature.Style.NO_ARGS, (s, a) -> Py.bool(p.test(self(s, a, name))));
    }

    private static final Builtin[] NO_ARG_METHODS = {
        mapping("lower", CaseMapping::lower),
        mapping("upper", CaseMapping::upper),
        mapping("casefold", CaseMapping::casefold),
        mapping("title", CaseMapping::title),
        mapping("capitalize", CaseMapping::capitalize),
        mapping("swapcase", CaseMapping::swapcase),
        predicate("isalnum", StrPredicates::isAlnum),
        predicate("isalpha", StrPredicates::isAlpha),
        predicate("isascii", StrPredicates::isAscii),
        predicate("isdecimal", StrPredicates::isDecimal),
        predicate("isdigit", StrPredicates::isDigit),
        predicate("isidentifier", StrPredicates::isIdentifier),
        predicate("islower", StrPredicates::isLower),
        predicate("isnumeric", StrPredicates::isNumeric),
        predicate("isprintable", StrPredicates::isPrintable),
        predicate("isspace", StrPredicates::isSpace),
        predicate("istitle", StrPredicates::isTitle),
        predicate("isupper", StrPredicates::isUpper),
    };

    // ---------------------------------------------------------------- searching

    private interface Search {
        long apply(Space s, String t, String sub, int start, int end);
    }

    private static Builtin search(String name, Search f) {
        return method(name + "(self, sub, start=?, end=?, /)", Signature.Style.GETARGS, (s, a) -> {
            String t = self(s, a, name);
            String sub = strArg(s, a.get(1), "");
            int start = bound(s, a.slot(2), 0);
            int end = bound(s, a.slot(3), StrAlgorithms.NO_END);
            try {
                return f.apply(s, t, sub, start, end);
            } catch (PyFailure e) {
                return fail(s, e);
            }
        });
    }

    private static Builtin affix(String name, boolean starts) {
        return method(name + "(self, prefix, start=?, end=?, /)", Signature.Style.GETARGS, (s, a) -> {
            String t = self(s, a, name);
            long p = a.get(1);
            int start = bound(s, a.slot(2), 0);
            int end = bound(s, a.slot(3), StrAlgorithms.NO_END);
            if (s.isStr(p)) {
                String x = s.str(p);
                return Py.bool(starts ? StrAlgorithms.startsWith(t, x, start, end) : StrAlgorithms.endsWith(t, x, start, end));
            }
            if (s.typeOf(p).isSubtypeOf(s.tupleType)) {
                long n = Space.length(s.unwrap(p));
                for (long i = 0; i < n; i++) {
                    long item = Space.item(s.unwrap(a.get(1)), i);
                    if (!s.isStr(item)) {
                        throw Errors.typeError(s, "tuple for " + name + " must only contain str, not " + s.typeOf(item).name);
                    }
                    String x = s.str(item);
                    if (starts ? StrAlgorithms.startsWith(t, x, start, end) : StrAlgorithms.endsWith(t, x, start, end)) {
                        return Py.TRUE;
                    }
                }
                return Py.FALSE;
            }
            throw Errors.typeError(s, name + " first arg must be str or a tuple of str, not " + s.typeOf(p).name);
        });
    }

    private static final Builtin[] SEARCH_METHODS = {
        search("find", (s, t, sub, st, en) -> Py.smallInt(StrAlgorithms.find(t, sub, st, en))),
        search("rfind", (s, t, sub, st, en) -> Py.smallInt(StrAlgorithms.rfind(t, sub, st, en))),
        search("index", (s, t, sub, st, en) -> Py.smallInt(StrAlgorithms.index(t, sub, st, en))),
        search("rindex", (s, t, sub, st, en) -> Py.smallInt(StrAlgorithms.rindex(t, sub, st, en))),
        search("count", (s, t, sub, st, en) -> Py.smallInt(StrAlgorithms.count(t, sub, st, en))),
        affix("startswith", true),
        affix("endswith", false),
    };

    // ---------------------------------------------------------------- splitting and joining

    private static Builtin splitter(String name, boolean right) {
        return method(name + "(self, /, sep=None, maxsplit=-1)", Signature.Style.KEYWORDS, (s, a) -> {
            String t = self(s, a, name);
            String sep = strOrNone(s, a.get(1), "must be str or None, not %s");
            int max = intArg(s, a.slot(2));
            if (sep != null && sep.isEmpty()) {
                throw Errors.valueError(s, "empty separator");
            }
            return listOf(s, right ? StrAlgorithms.rsplit(t, sep, max) : StrAlgorithms.split(t, sep, max));
        });
    }

    private static Builtin partitioner(String name, boolean right) {
        return method(name + "(self, sep, /)", Signature.Style.ONE_ARG, (s, a) -> {
            String t = self(s, a, name);
            String sep = strArg(s, a.get(1), "");
            if (sep.isEmpty()) {
                throw Errors.valueError(s, "empty separator");
            }
            if ((right ? t.lastIndexOf(sep) : t.indexOf(sep)) < 0) {
                // Not found: CPython's tuple holds the receiver itself (a str subclass stays one).
                int empty = s.ts.push(s.newStr(""));
                try {
                    long tuple = s.newTuple(3);
                    Space.initItem(tuple, right ? 2 : 0, a.get(0));
                    Space.initItem(tuple, 1, s.ts.get(empty));
                    Space.initItem(tuple, right ? 0 : 2, s.ts.get(empty));
                    return tuple;
                } finally {
                    s.ts.truncate(empty);
                }
            }
            return tupleOf(s, right ? StrAlgorithms.rpartition(t, sep) : StrAlgorithms.partition(t, sep));
        });
    }

    private static final Builtin SPLITLINES = method("splitlines(self, /, keepends=False)", Signature.Style.KEYWORDS, (s, a) -> {
        String t = self(s, a, "splitlines");
        boolean keep = a.get(1) != Py.FALSE && BuiltinFunctions.index(s, a.slot(1)) != Py.smallInt(0);
        return listOf(s, StrAlgorithms.splitlines(t, keep));
    });

    private static final Builtin JOIN = method("join(self, iterable, /)", Signature.Style.ONE_ARG, (s, a) -> {
        String sep = self(s, a, "join");
        long it = a.get(1);
        if (!isIterable(s, it)) {
            throw Errors.typeError(s, "can only join an iterable");
        }
        int base = s.ts.top();
        try {
            int n = Iteration.pushAll(s, a.slot(1));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                long item = s.ts.get(base + i);
                if (!s.isStr(item)) {
                    throw Errors.typeError(s, "sequence item " + i + ": expected str instance, "
                            + s.typeOf(item).name + " found");
                }
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(s.str(item));
            }
            if (n == 1 && s.typeOf(s.ts.get(base)) == s.strType) {
                return s.ts.get(base);
            }
            return s.newStr(sb.toString());
        } finally {
            s.ts.truncate(base);
        }
    });

    /** Whether iter() of {@code w} can succeed (checked first for join's own message). */
    static boolean isIterable(Space s, long w) {
        PyType t = s.typeOf(s.unwrap(w));
        return switch (t.nativeKind) {
            case LIST, TUPLE, STR, BYTES, BYTEARRAY, DICT, SET, FROZENSET, RANGE, ITERATOR, GENERATOR -> true;
            default -> DictViews.isView(s, w) || s.typeOf(w).lookup("__iter__") != 0
                    || s.typeOf(w).lookup("__getitem__") != 0;
        };
    }

    // ---------------------------------------------------------------- stripping, replacing, padding

    private static Builtin stripper(String name, int which) {
        return method(name + "(self, chars=None, /)", Signature.Style.POSITIONAL, (s, a) -> {
            String t = self(s, a, name);
            String chars = strOrNone(s, a.get(1), name + " arg must be None or str");
            String r = which < 0 ? StrAlgorithms.lstrip(t, chars) : which > 0 ? StrAlgorithms.rstrip(t, chars)
                    : StrAlgorithms.strip(t, chars);
            return result(s, a, t, r);
        });
    }

    private static final Builtin REPLACE = method("replace(self, old, new, count=-1, /)", Signature.Style.POSITIONAL, (s, a) -> {
        String t = self(s, a, "replace");
        String old = strArg(s, a.get(1), "replace() argument 1 ");
        String rep = strArg(s, a.get(2), "replace() argument 2 ");
        int count = intArg(s, a.slot(3));
        return result(s, a, t, StrAlgorithms.replace(t, old, rep, count));
    });

    private interface Pad {
        String apply(String t, int width, int fill);
    }

    private static Builtin padder(String name, Pad f) {
        return method(name + "(self, width, fillchar=?, /)", Signature.Style.POSITIONAL, (s, a) -> {
            String t = self(s, a, name);
            int width = intArg(s, a.slot(1));
            int fill = fill(s, a.get(2));
            try {
                return result(s, a, t, f.apply(t, width, fill));
            } catch (PyFailure e) {
                return fail(s, e);
            }
        });
    }

    private static final Builtin ZFILL = method("zfill(self, width, /)", Signature.Style.ONE_ARG, (s, a) -> {
        String t = self(s, a, "zfill");
        return result(s, a, t, StrAlgorithms.zfill(t, intArg(s, a.slot(1))));
    });

    private static final Builtin EXPANDTABS = method("expandtabs(self, /, tabsize=8)", Signature.Style.KEYWORDS, (s, a) -> {
        String t = self(s, a, "expandtabs");
        int size = intArg(s, a.slot(1));
        try {
            return result(s, a, t, StrAlgorithms.expandtabs(t, size));
        } catch (PyFailure e) {
            return fail(s, e);
        }
    });

    private static Builtin affixRemover(String name, boolean prefix) {
        return method(name + "(self, " + (prefix ? "prefix" : "suffix") + ", /)", Signature.Style.ONE_ARG, (s, a) -> {
            String t = self(s, a, name);
            String x = strArg(s, a.get(1), name + "() argument ");
            if (prefix && !x.isEmpty() && StrAlgorithms.startsWith(t, x, 0, StrAlgorithms.NO_END)) {
                return s.newStr(t.substring(x.length()));
            }
            if (!prefix && !x.isEmpty() && StrAlgorithms.endsWith(t, x, 0, StrAlgorithms.NO_END)) {
                return s.newStr(t.substring(0, t.length() - x.length()));
            }
            return result(s, a, t, t);
        });
    }

    // ---------------------------------------------------------------- encoding and translation

    private static final Builtin ENCODE = method("encode(self, /, encoding=?, errors=?)", Signature.Style.KEYWORDS, (s, a) -> {
        self(s, a, "encode");
        String enc = a.given(1) ? strArg(s, a.get(1), "encode() argument 'encoding' ") : "utf-8";
        String err = a.given(2) ? strArg(s, a.get(2), "encode() argument 'errors' ") : "strict";
        return StrEncoding.encode(s, a.slot(0), enc, err);
    });

    private static final Builtin MAKETRANS = Builtin.function("maketrans(x, y=?, z=?, /)", (s, a) -> {
        ThreadState ts = s.ts;
        int d = ts.push(Dicts.create(s));
        int k = ts.push(0), v = ts.push(0);
        try {
            if (!a.given(1)) {
                if (s.typeOf(a.get(0)).nativeKind != PyType.Native.DICT) {
                    throw Errors.typeError(s, "if you give only one argument to maketrans it must be a dict");
                }
                long src = s.unwrap(a.get(0));
                for (long e = 0; e < Dicts.entryCount(src); e++) {
                    src = s.unwrap(a.get(0));
                    long key = Dicts.keyAt(src, e);
                    if (key == 0) {
                        continue;
                    }
                    ts.set(v, Dicts.valueAt(src, e));
                    if (s.isStr(key)) {
                        String ks = s.str(key);
                        if (CodePoints.length(ks) != 1) {
                            throw Errors.valueError(s, "string keys in translate table must be of length 1");
                        }
                        ts.set(k, Py.smallInt(ks.codePointAt(0)));
                    } else if (s.isInt(key)) {
                        ts.set(k, key);
                    } else {
                        throw Errors.typeError(s, "keys in translate table must be strings or integers");
                    }
                    Dicts.put(s, d, k, v);
                }
                return ts.get(d);
            }
            // The str parameters are checked as they are parsed, before x is looked at.
            String y = strArg(s, a.get(1), "maketrans() argument 2 ");
            String z = a.given(2) ? strArg(s, a.get(2), "maketrans() argument 3 ") : "";
            if (!s.isStr(a.get(0))) {
                throw Errors.typeError(s, "first maketrans argument must be a string if there is a second argument");
            }
            String x = s.str(a.get(0));
            int[] xs = x.codePoints().toArray(), ys = y.codePoints().toArray();
            if (xs.length != ys.length) {
                throw Errors.valueError(s, "the first two maketrans arguments must have equal length");
            }
            for (int i = 0; i < xs.length; i++) {
                ts.set(k, Py.smallInt(xs[i]));
                ts.set(v, Py.smallInt(ys[i]));
                Dicts.put(s, d, k, v);
            }
            for (int cp : z.codePoints().toArray()) {
                ts.set(k, Py.smallInt(cp));
                ts.set(v, Py.NONE);
                Dicts.put(s, d, k, v);
            }
            return ts.get(d);
        } finally {
            ts.truncate(d);
        }
    });

    private static final Builtin TRANSLATE = method("translate(self, table, /)", Signature.Style.ONE_ARG, (s, a) -> {
        String t = self(s, a, "translate");
        ThreadState ts = s.ts;
        int key = ts.push(0);
        try {
            StringBuilder sb = new StringBuilder(t.length());
            boolean changed = false;
            for (int i = 0; i < t.length(); ) {
                int cp = t.codePointAt(i);
                int w = Character.charCount(cp);
                ts.set(key, Py.smallInt(cp));
                long m = lookupMapping(s, a.slot(1), key);
                if (m == 0) {
                    sb.appendCodePoint(cp);
                } else if (m == Py.NONE) {
                    changed = true;
                } else if (s.isInt(m)) {
                    BigInteger c = s.bigValue(m);
                    if (c.signum() < 0 || c.compareTo(BigInteger.valueOf(0x10FFFF)) > 0) {
                        throw Errors.valueError(s, "character mapping must be in range(0x110000)");
                    }
                    sb.appendCodePoint(c.intValue());
                    changed |= c.intValue() != cp;
                } else if (s.isStr(m)) {
                    sb.append(s.str(m));
                    changed = true;
                } else {
                    throw Errors.typeError(s, "character mapping must return integer, None or str");
                }
                i += w;
            }
            return result(s, a, t, changed ? sb.toString() : t);
        } finally {
            ts.truncate(key);
        }
    });

    /** table[key] for translate: 0 when the table raises LookupError. */
    private static long lookupMapping(Space s, int tableSlot, int keySlot) {
        long table = s.ts.get(tableSlot);
        if (s.typeOf(table) == s.dictType) {
            return Dicts.get(s, table, s.ts.get(keySlot));
        }
        try {
            return Ops.getItem(s, tableSlot, keySlot);
        } catch (PyException e) {
            if (Exceptions.matches(s, s.ts.peekRaised(), "LookupError")) {
                s.ts.takeRaised();
                return 0;
            }
            throw e;
        }
    }

    // ---------------------------------------------------------------- formatting

    private static final Builtin FORMAT = method("format(self, /, *args, **kwargs)", Signature.Style.KEYWORDS,
            (s, a) -> {
                String t = self(s, a, "format");
                if (t.indexOf('{') < 0 && t.indexOf('}') < 0) {
                    // Nothing to replace: CPython returns the receiver itself (a subclass stays one).
                    return a.get(0);
                }
                return StrFormat.format(s, a.slot(0), a.slot(1), a.slot(2));
            });

    private static final Builtin FORMAT_MAP = method("format_map(self, mapping, /)", Signature.Style.ONE_ARG,
            (s, a) -> {
                String t = self(s, a, "format_map");
                if (t.indexOf('{') < 0 && t.indexOf('}') < 0) {
                    return a.get(0);
                }
                return StrFormat.format(s, a.slot(0), -1, a.slot(1));
            });

    private static final Builtin DUNDER_FORMAT = method("__format__(self, format_spec, /)", Signature.Style.ONE_ARG, (s, a) -> {
        self(s, a, "__format__");
        if (!s.isStr(a.get(1))) {
            throw Errors.typeError(s, "__format__() argument must be str, not " + s.typeOf(a.get(1)).name);
        }
        String spec = s.str(a.get(1));
        int v = s.ts.push(s.unwrap(a.get(0)));
        try {
            if (spec.isEmpty()) {
                // An empty spec is str(self), which a subclass's __str__ decides.
                return Ops.str(s, a.slot(0));
            }
            return s.newStr(Formatting.formatBuiltin(s, v, spec));
        } finally {
            s.ts.truncate(v);
        }
    });

    private static final Builtin GETNEWARGS = method("__getnewargs__(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
        self(s, a, "__getnewargs__");
        long t = s.newTuple(1);
        Space.initItem(t, 0, s.unwrap(a.get(0)));
        return t;
    });

    // ---------------------------------------------------------------- special-method wrappers

    private interface Wrapper {
        long call(Space s, Builtin.Args a);
    }

    private static Builtin wrapper(String signature, Wrapper body) {
        String name = signature.substring(0, signature.indexOf('('));
        return method(signature, Signature.Style.WRAPPER, (s, a) -> {
            wrapperSelf(s, a, name);
            return body.call(s, a);
        });
    }

    private static Builtin comparison(CompareOp op) {
        return wrapper(op.method() + "(self, value, /)", (s, a) -> {
            if (!s.isStr(a.get(1))) {
                return Py.NOT_IMPLEMENTED;
            }
            return Compare.builtin(s, op, a.slot(0), a.slot(1));
        });
    }

    private static final Builtin[] WRAPPERS = {
        wrapper("__len__(self, /)", (s, a) -> s.newInt(s.strLength(a.get(0)))),
        wrapper("__getitem__(self, key, /)", (s, a) -> Subscripts.get(s, a.slot(0), a.slot(1))),
        wrapper("__contains__(self, key, /)", (s, a) -> Py.bool(Subscripts.contains(s, a.slot(0), a.slot(1)))),
        wrapper("__iter__(self, /)", (s, a) -> Iteration.builtinIter(s, a.slot(0))),
        wrapper("__add__(self, value, /)", (s, a) -> {
            if (!s.isStr(a.get(1))) {
                throw Errors.typeError(s, "can only concatenate str (not \"" + s.typeOf(a.get(1)).name + "\") to str");
            }
            return s.newStr(s.str(a.get(0)) + s.str(a.get(1)));
        }),
        wrapper("__mul__(self, value, /)", StrMethods::repeat),
        wrapper("__rmul__(self, value, /)", StrMethods::repeat),
        wrapper("__mod__(self, value, /)", (s, a) -> PercentFormatting.format(s, a.slot(0), a.slot(1))),
        wrapper("__rmod__(self, value, /)", (s, a) -> s.isStr(a.get(1))
                ? PercentFormatting.format(s, a.slot(1), a.slot(0)) : Py.NOT_IMPLEMENTED),
        wrapper("__hash__(self, /)", (s, a) -> s.newInt(Keys.hash(s, s.unwrap(a.get(0))))),
        wrapper("__str__(self, /)", (s, a) -> s.unwrap(a.get(0))),
        wrapper("__repr__(self, /)", (s, a) -> s.newStr(StrRepr.repr(s.str(a.get(0))))),
        comparison(CompareOp.EQ), comparison(CompareOp.NE), comparison(CompareOp.LT),
        comparison(CompareOp.LE), comparison(CompareOp.GT), comparison(CompareOp.GE),
    };

    private static long repeat(Space s, Builtin.Args a) {
        int n = s.ts.push(BuiltinFunctions.index(s, a.slot(1)));
        try {
            return Sequences.repeatStr(s, a.slot(0), n);
        } finally {
            s.ts.truncate(n);
        }
    }

    static void install(Space s) {
        PyType t = s.strType;
        for (Builtin[] group : new Builtin[][] {NO_ARG_METHODS, SEARCH_METHODS, WRAPPERS}) {
            for (Builtin b : group) {
                Builtins.method(s, t, b);
            }
        }
        for (Builtin b : new Builtin[] {splitter("split", false), splitter("rsplit", true), SPLITLINES,
                partitioner("partition", false), partitioner("rpartition", true), JOIN,
                stripper("strip", 0), stripper("lstrip", -1), stripper("rstrip", 1), REPLACE,
                padder("center", StrAlgorithms::center), padder("ljust", StrAlgorithms::ljust),
                padder("rjust", StrAlgorithms::rjust), ZFILL, EXPANDTABS,
                affixRemover("removeprefix", true), affixRemover("removesuffix", false),
                ENCODE, TRANSLATE, FORMAT, FORMAT_MAP, DUNDER_FORMAT, GETNEWARGS}) {
            Builtins.method(s, t, b);
        }
        Builtins.staticMethod(s, t, MAKETRANS);
    }
}
