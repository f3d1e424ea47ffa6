package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.support.Codecs;
import dev.pyxis.python.support.PyFailure;
import dev.pyxis.python.support.StrAlgorithms;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The methods of {@code bytes} and {@code bytearray} (one definition per owner, since CPython's
 * messages name the type), their constructors, and the mutating methods of bytearray. Text
 * algorithms run on the bytes read as Latin-1 text, where they agree with CPython's bytes
 * semantics; whitespace, line breaks, case and the predicates are ASCII-only for bytes and are
 * done here.
 */
final class BytesMethods {
    private BytesMethods() {}

    private static final String ASCII_SPACE = " \t\n\r\u000b\f";

    // ---------------------------------------------------------------- conversions

    static String latin1(byte[] b) {
        return new String(b, StandardCharsets.ISO_8859_1);
    }

    static byte[] bytesOf(String latin1) {
        return latin1.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** The bytes of a bytes-like object (bytes, bytearray, or a subclass), or null. */
    static byte[] bytesLike(Space s, long w) {
        if (!Py.isObject(w)) {
            return null;
        }
        long v = s.unwrap(w);
        return switch (s.typeOf(v).nativeKind) {
            case BYTES -> s.bytes(v);
            case BYTEARRAY -> ByteArrays.data(v);
            default -> MemoryViews.isView(s, v) ? MemoryViews.bytes(s, v) : null;
        };
    }

    static byte[] requireBytesLike(Space s, long w) {
        byte[] b = bytesLike(s, w);
        if (b == null) {
            throw Errors.typeError(s, "a bytes-like object is required, not '" + s.typeOf(w).name + "'");
        }
        return b;
    }

    /** An int in range(256) from a root slot (via __index__). */
    static int byteValue(Space s, int slot) {
        java.math.BigInteger v = s.bigValue(BuiltinFunctions.index(s, slot));
        if (v.signum() < 0 || v.bitLength() > 8) {
            throw Errors.valueError(s, "byte must be in range(0, 256)");
        }
        return v.intValue();
    }

    /** The ints of an iterable as bytes (bytes(iterable_of_ints)). */
    static byte[] fromIterable(Space s, int slot) {
        int base = s.ts.top();
        try {
            int n = Iteration.pushAll(s, slot);
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                long v = s.ts.get(base + i);
                if (!s.isInt(v) && Ops.userSpecial(s, v, "__index__") == 0) {
                    throw Errors.typeError(s, "'" + s.typeOf(v).name + "' object cannot be interpreted as an integer");
                }
                java.math.BigInteger b = s.bigValue(BuiltinFunctions.index(s, base + i));
                if (b.signum() < 0 || b.bitLength() > 8) {
                    throw Errors.valueError(s, "bytes must be in range(0, 256)");
                }
                out[i] = (byte) b.intValue();
            }
            return out;
        } finally {
            s.ts.truncate(base);
        }
    }

    /** A result of the receiver's kind. */
    private static long make(Space s, boolean array, byte[] b) {
        return array ? ByteArrays.create(s, b) : s.newBytes(b);
    }

    // ---------------------------------------------------------------- constructors

    /** The content of bytes(source, encoding, errors) / bytearray(...), given as root slots (0 = missing). */
    static byte[] construct(Space s, String type, int srcSlot, int encSlot, int errSlot) {
        long src = srcSlot < 0 ? 0 : s.ts.get(srcSlot);
        boolean enc = encSlot >= 0 && s.ts.get(encSlot) != 0, err = errSlot >= 0 && s.ts.get(errSlot) != 0;
        if (src == 0) {
            if (enc || err) {
                throw Errors.typeError(s, enc ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (s.isStr(src)) {
            if (!enc) {
                throw Errors.typeError(s, "string argument without an encoding");
            }
            String e = strArg(s, s.ts.get(encSlot), type + "() argument 'encoding' ");
            String r = err ? strArg(s, s.ts.get(errSlot), type + "() argument 'errors' ") : "strict";
            try {
                return Codecs.encode(s.str(s.ts.get(srcSlot)), e, r);
            } catch (PyFailure f) {
                throw Errors.fromFailure(s, f);
            }
        }
        if (enc || err) {
            throw Errors.typeError(s, enc ? "encoding without a string argument" : "errors without a string argument");
        }
        long m = Ops.userSpecial(s, src, "__bytes__");
        if (m != 0 && type.equals("bytes")) {
            long r = Ops.callSpecial(s, m, srcSlot);
            byte[] b = r != 0 && s.typeOf(s.unwrap(r)).nativeKind == PyType.Native.BYTES ? s.bytes(r) : null;
            if (b == null) {
                throw Errors.typeError(s, "__bytes__ returned non-bytes (type " + s.typeOf(r).name + ")");
            }
            return b;
        }
        byte[] b = bytesLike(s, src);
        if (b != null) {
            return b;
        }
        if (s.isInt(src) || Ops.userSpecial(s, src, "__index__") != 0) {
            java.math.BigInteger n = s.bigValue(BuiltinFunctions.index(s, srcSlot));
            if (n.signum() < 0) {
                throw Errors.valueError(s, "negative count");
            }
            if (n.bitLength() > 63) {
                throw Errors.overflow(s, "cannot fit 'int' into an index-sized integer");
            }
            if (n.bitLength() > 31) {
                throw Errors.memoryError(s);
            }
            return new byte[n.intValue()];
        }
        if (!StrMethods.isIterable(s, src)) {
            throw Errors.typeError(s, "cannot convert '" + s.typeOf(src).name + "' object to " + type);
        }
        return fromIterable(s, srcSlot);
    }

    private static final Builtin BYTES_NEW = Builtin.method("bytes",
            Signature.parse("__new__(cls, source=?, encoding=?, errors=?)"), (s, a) ->
                    BuiltinFunctions.wrap(s, a.slot(0), s.newBytes(construct(s, "bytes", a.slot(1), a.slot(2), a.slot(3)))));

    private static final Builtin BYTEARRAY_NEW = Builtin.method("bytearray", "__new__(cls, *args, **kwargs)",
            (s, a) -> BuiltinFunctions.wrap(s, a.slot(0), ByteArrays.create(s, new byte[0])));

    private static final Builtin BYTEARRAY_INIT = Builtin.method("bytearray",
            "__init__(self, source=?, encoding=?, errors=?)", (s, a) -> {
                byte[] b = construct(s, "bytearray", a.slot(1), a.slot(2), a.slot(3));
                int ba = s.ts.push(s.unwrap(a.get(0)));
                ByteArrays.setData(s, ba, b);
                s.ts.truncate(ba);
                return Py.NONE;
            });

    private static String strArg(Space s, long w, String prefix) {
        if (!s.isStr(w)) {
            throw Errors.typeError(s, prefix + "must be str, not " + (w == Py.NONE ? "None" : s.typeOf(w).name));
        }
        return s.str(w);
    }

    // ---------------------------------------------------------------- ASCII text helpers

    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    private static List<String> splitWhitespace(String t, int max, boolean right) {
        List<String> out = new ArrayList<>();
        int n = t.length();
        if (max < 0) {
            max = Integer.MAX_VALUE;
        }
        if (!right) {
            int i = 0;
            while (true) {
                while (i < n && isSpace(t.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    break;
                }
                if (out.size() == max) {
                    // The rest keeps its trailing whitespace, as CPython's split does.
                    out.add(t.substring(i));
                    break;
                }
                int j = i;
                while (j < n && !isSpace(t.charAt(j))) {
                    j++;
                }
                out.add(t.substring(i, j));
                i = j;
            }
            return out;
        }
        int i = n;
        while (true) {
            while (i > 0 && isSpace(t.charAt(i - 1))) {
                i--;
            }
            if (i <= 0) {
                break;
            }
            if (out.size() == max) {
                out.add(t.substring(0, i));
                break;
            }
            int j = i;
            while (j > 0 && !isSpace(t.charAt(j - 1))) {
                j--;
            }
            out.add(t.substring(j, i));
            i = j;
        }
        java.util.Collections.reverse(out);
        return out;
    }

    private static List<String> splitlines(String t, boolean keep) {
        List<String> out = new ArrayList<>();
        int n = t.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && t.charAt(j) != '\n' && t.charAt(j) != '\r') {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += t.charAt(j) == '\r' && j + 1 < n && t.charAt(j + 1) == '\n' ? 2 : 1;
            }
            out.add(t.substring(i, keep ? j : eol));
            i = j;
        }
        return out;
    }

    private static String mapCase(String t, int mode) {
        char[] c = t.toCharArray();
        boolean prevCased = false;
        for (int i = 0; i < c.length; i++) {
            char ch = c[i];
            boolean lower = ch >= 'a' && ch <= 'z', upper = ch >= 'A' && ch <= 'Z';
            switch (mode) {
                case 0 -> c[i] = upper ? (char) (ch + 32) : ch;                  // lower
                case 1 -> c[i] = lower ? (char) (ch - 32) : ch;                  // upper
                case 2 -> c[i] = upper ? (char) (ch + 32) : lower ? (char) (ch - 32) : ch;  // swapcase
                case 3 -> c[i] = prevCased ? (upper ? (char) (ch + 32) : ch) : (lower ? (char) (ch - 32) : ch); // title
                default -> c[i] = i == 0 ? (lower ? (char) (ch - 32) : ch) : (upper ? (char) (ch + 32) : ch); // capitalize
            }
            prevCased = lower || upper;
        }
        return new String(c);
    }

    private static boolean predicate(String t, int mode) {
        int n = t.length();
        if (mode == 7) {   // isascii
            for (int i = 0; i < n; i++) {
                if (t.charAt(i) >= 0x80) {
                    return false;
                }
            }
            return true;
        }
        if (n == 0) {
            return false;
        }
        boolean anyLower = false, anyUpper = false;
        boolean title = true, prevCased = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            boolean lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z', digit = c >= '0' && c <= '9';
            anyLower |= lower;
            anyUpper |= upper;
            switch (mode) {
                case 0 -> { if (!(lower || upper || digit)) return false; }   // isalnum
                case 1 -> { if (!(lower || upper)) return false; }            // isalpha
                case 2 -> { if (!digit) return false; }                       // isdigit
                case 3 -> { if (!isSpace(c)) return false; }                  // isspace
                default -> { }
            }
            if ((upper && prevCased) || (lower && !prevCased)) {
                title = false;
            }
            prevCased = lower || upper;
        }
        return switch (mode) {
            case 4 -> anyLower && !anyUpper;   // islower
            case 5 -> anyUpper && !anyLower;   // isupper
            case 6 -> title && anyUpper;       // istitle
            default -> true;
        };
    }

    // ---------------------------------------------------------------- method definitions

    /** The methods of one owner type: "bytes" or "bytearray". */
    private static final class Group {
        final String owner;
        final boolean array;
        final List<Builtin> methods = new ArrayList<>();

        Group(String owner) {
            this.owner = owner;
            this.array = owner.equals("bytearray");
            define();
        }

        private void add(String signature, Signature.Style style, Builtin.Body body) {
            methods.add(Builtin.method(owner, Signature.parse(signature).withStyle(style), body));
        }

        /** The receiver's bytes; TypeError for a receiver of another type. */
        byte[] self(Space s, Builtin.Args a, String name) {
            long w = s.unwrap(a.get(0));
            PyType.Native k = s.typeOf(w).nativeKind;
            if (k != (array ? PyType.Native.BYTEARRAY : PyType.Native.BYTES)) {
                throw Errors.typeError(s, "descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '"
                        + s.typeOf(a.get(0)).name + "' object");
            }
            return array ? ByteArrays.data(w) : s.bytes(w);
        }

        private void wrapperSelf(Space s, Builtin.Args a, String name) {
            long w = s.unwrap(a.get(0));
            if (s.typeOf(w).nativeKind != (array ? PyType.Native.BYTEARRAY : PyType.Native.BYTES)) {
                throw Errors.typeError(s, "descriptor '" + name + "' requires a '" + owner + "' object but received a '"
                        + s.typeOf(a.get(0)).name + "'");
            }
        }

        private long result(Space s, Builtin.Args a, String before, String after) {
            if (!array && after == before && s.typeOf(a.get(0)) == s.bytesType) {
                return a.get(0);
            }
            return make(s, array, bytesOf(after));
        }

        private long list(Space s, List<String> parts) {
            int base = s.ts.top();
            try {
                for (String p : parts) {
                    s.ts.push(make(s, array, bytesOf(p)));
                }
                return Lists.fromRoots(s, base, parts.size());
            } finally {
                s.ts.truncate(base);
            }
        }

        private long tuple(Space s, String[] parts) {
            int base = s.ts.top();
            try {
                for (String p : parts) {
                    s.ts.push(make(s, array, bytesOf(p)));
                }
                return s.newTupleFromRoots(base, parts.length);
            } finally {
                s.ts.truncate(base);
            }
        }

        /** The needle of find/count/index: a bytes-like object or an int in range(256). */
        private String needle(Space s, int slot) {
            long w = s.ts.get(slot);
            byte[] b = bytesLike(s, w);
            if (b != null) {
                return latin1(b);
            }
            if (!s.isInt(w) && Ops.userSpecial(s, w, "__index__") == 0) {
                throw Errors.typeError(s, "argument should be integer or bytes-like object, not '" + s.typeOf(w).name + "'");
            }
            return String.valueOf((char) byteValue(s, slot));
        }

        private void define() {
            String[] mappings = {"lower", "upper", "swapcase", "title", "capitalize"};
            for (int i = 0; i < mappings.length; i++) {
                int mode = i;
                String name = mappings[i];
                add(name + "(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    return make(s, array, bytesOf(mapCase(t, mode)));
                });
            }
            String[] predicates = {"isalnum", "isalpha", "isdigit", "isspace", "islower", "isupper", "istitle", "isascii"};
            for (int i = 0; i < predicates.length; i++) {
                int mode = i;
                String name = predicates[i];
                add(name + "(self, /)", Signature.Style.NO_ARGS, (s, a) -> Py.bool(predicate(latin1(self(s, a, name)), mode)));
            }
            for (String name : new String[] {"find", "rfind", "index", "rindex", "count"}) {
                add(name + "(self, sub, start=?, end=?, /)", Signature.Style.GETARGS, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    String sub = needle(s, a.slot(1));
                    int start = StrMethods.bound(s, a.slot(2), 0);
                    int end = StrMethods.bound(s, a.slot(3), StrAlgorithms.NO_END);
                    int r = switch (name) {
                        case "find", "index" -> StrAlgorithms.find(t, sub, start, end);
                        case "rfind", "rindex" -> StrAlgorithms.rfind(t, sub, start, end);
                        default -> StrAlgorithms.count(t, sub, start, end);
                    };
                    if (r < 0 && name.endsWith("index")) {
                        throw Errors.valueError(s, "subsection not found");
                    }
                    return Py.smallInt(r);
                });
            }
            for (String name : new String[] {"startswith", "endswith"}) {
                boolean starts = name.equals("startswith");
                add(name + "(self, prefix, start=?, end=?, /)", Signature.Style.GETARGS, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    int start = StrMethods.bound(s, a.slot(2), 0);
                    int end = StrMethods.bound(s, a.slot(3), StrAlgorithms.NO_END);
                    long p = a.get(1);
                    byte[] one = bytesLike(s, p);
                    if (one == null && !s.typeOf(p).isSubtypeOf(s.tupleType)) {
                        throw Errors.typeError(s, name + " first arg must be bytes or a tuple of bytes, not " + s.typeOf(p).name);
                    }
                    long n = one != null ? 1 : Space.length(s.unwrap(p));
                    for (long i = 0; i < n; i++) {
                        String x = latin1(one != null ? one : requireBytesLike(s, Space.item(s.unwrap(a.get(1)), i)));
                        if (starts ? StrAlgorithms.startsWith(t, x, start, end) : StrAlgorithms.endsWith(t, x, start, end)) {
                            return Py.TRUE;
                        }
                    }
                    return Py.FALSE;
                });
            }
            for (String name : new String[] {"split", "rsplit"}) {
                boolean right = name.equals("rsplit");
                add(name + "(self, /, sep=None, maxsplit=-1)", Signature.Style.KEYWORDS, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    String sep = a.get(1) == Py.NONE ? null : latin1(requireBytesLike(s, a.get(1)));
                    int max = StrMethods.intArg(s, a.slot(2));
                    if (sep == null) {
                        return list(s, splitWhitespace(t, max, right));
                    }
                    if (sep.isEmpty()) {
                        throw Errors.valueError(s, "empty separator");
                    }
                    return list(s, right ? StrAlgorithms.rsplit(t, sep, max) : StrAlgorithms.split(t, sep, max));
                });
            }
            add("splitlines(self, /, keepends=False)", Signature.Style.KEYWORDS, (s, a) -> {
                String t = latin1(self(s, a, "splitlines"));
                boolean keep = a.get(1) != Py.FALSE && BuiltinFunctions.index(s, a.slot(1)) != Py.smallInt(0);
                return list(s, splitlines(t, keep));
            });
            for (String name : new String[] {"partition", "rpartition"}) {
                add(name + "(self, sep, /)", Signature.Style.ONE_ARG, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    String sep = latin1(requireBytesLike(s, a.get(1)));
                    if (sep.isEmpty()) {
                        throw Errors.valueError(s, "empty separator");
                    }
                    boolean right = name.equals("rpartition");
                    if (!array && (right ? t.lastIndexOf(sep) : t.indexOf(sep)) < 0) {
                        // Not found: CPython's tuple holds the bytes receiver itself (a subclass stays one).
                        int base = s.ts.top();
                        try {
                            s.ts.push(right ? s.newBytes(new byte[0]) : a.get(0));
                            s.ts.push(s.newBytes(new byte[0]));
                            s.ts.push(right ? a.get(0) : s.newBytes(new byte[0]));
                            return s.newTupleFromRoots(base, 3);
                        } finally {
                            s.ts.truncate(base);
                        }
                    }
                    return tuple(s, right ? StrAlgorithms.rpartition(t, sep) : StrAlgorithms.partition(t, sep));
                });
            }
            add("join(self, iterable_of_bytes, /)", Signature.Style.ONE_ARG, (s, a) -> {
                String sep = latin1(self(s, a, "join"));
                if (!StrMethods.isIterable(s, a.get(1))) {
                    throw Errors.typeError(s, "can only join an iterable");
                }
                int base = s.ts.top();
                try {
                    int n = Iteration.pushAll(s, a.slot(1));
                    StringBuilder sb = new StringBuilder();
                    for (int i = 0; i < n; i++) {
                        byte[] b = bytesLike(s, s.ts.get(base + i));
                        if (b == null) {
                            throw Errors.typeError(s, "sequence item " + i + ": expected a bytes-like object, "
                                    + s.typeOf(s.ts.get(base + i)).name + " found");
                        }
                        if (i > 0) {
                            sb.append(sep);
                        }
                        sb.append(latin1(b));
                    }
                    return make(s, array, bytesOf(sb.toString()));
                } finally {
                    s.ts.truncate(base);
                }
            });
            for (String name : new String[] {"strip", "lstrip", "rstrip"}) {
                add(name + "(self, bytes=None, /)", Signature.Style.POSITIONAL, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    String chars = a.get(1) == Py.NONE ? ASCII_SPACE : latin1(requireBytesLike(s, a.get(1)));
                    String r = switch (name) {
                        case "strip" -> StrAlgorithms.strip(t, chars);
                        case "lstrip" -> StrAlgorithms.lstrip(t, chars);
                        default -> StrAlgorithms.rstrip(t, chars);
                    };
                    return result(s, a, t, r);
                });
            }
            add("replace(self, old, new, count=-1, /)", Signature.Style.POSITIONAL, (s, a) -> {
                String t = latin1(self(s, a, "replace"));
                String old = latin1(requireBytesLike(s, a.get(1)));
                String rep = latin1(requireBytesLike(s, a.get(2)));
                return result(s, a, t, StrAlgorithms.replace(t, old, rep, StrMethods.intArg(s, a.slot(3))));
            });
            for (String name : new String[] {"center", "ljust", "rjust"}) {
                add(name + "(self, width, fillchar=?, /)", Signature.Style.POSITIONAL, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    int width = StrMethods.intArg(s, a.slot(1));
                    int fill = ' ';
                    if (a.given(2)) {
                        byte[] f = bytesLike(s, a.get(2));
                        if (f == null || f.length != 1) {
                            throw Errors.typeError(s, name + "() argument 2 must be a byte string of length 1, not "
                                    + s.typeOf(a.get(2)).name);
                        }
                        fill = f[0] & 0xff;
                    }
                    String r = switch (name) {
                        case "center" -> StrAlgorithms.center(t, width, fill);
                        case "ljust" -> StrAlgorithms.ljust(t, width, fill);
                        default -> StrAlgorithms.rjust(t, width, fill);
                    };
                    return result(s, a, t, r);
                });
            }
            add("zfill(self, width, /)", Signature.Style.ONE_ARG, (s, a) -> {
                String t = latin1(self(s, a, "zfill"));
                return result(s, a, t, StrAlgorithms.zfill(t, StrMethods.intArg(s, a.slot(1))));
            });
            add("expandtabs(self, /, tabsize=8)", Signature.Style.KEYWORDS, (s, a) -> {
                String t = latin1(self(s, a, "expandtabs"));
                try {
                    return result(s, a, t, StrAlgorithms.expandtabs(t, StrMethods.intArg(s, a.slot(1))));
                } catch (PyFailure f) {
                    throw Errors.fromFailure(s, f);
                }
            });
            for (String name : new String[] {"removeprefix", "removesuffix"}) {
                boolean prefix = name.equals("removeprefix");
                add(name + "(self, " + (prefix ? "prefix" : "suffix") + ", /)", Signature.Style.ONE_ARG, (s, a) -> {
                    String t = latin1(self(s, a, name));
                    String x = latin1(requireBytesLike(s, a.get(1)));
                    String r = prefix ? (t.startsWith(x) ? t.substring(x.length()) : t)
                            : (t.endsWith(x) ? t.substring(0, t.length() - x.length()) : t);
                    return result(s, a, t, r);
                });
            }
            add("decode(self, /, encoding=?, errors=?)", Signature.Style.KEYWORDS, (s, a) -> {
                byte[] b = self(s, a, "decode");
                String enc = a.given(1) ? strArg(s, a.get(1), "decode() argument 'encoding' ") : "utf-8";
                String err = a.given(2) ? strArg(s, a.get(2), "decode() argument 'errors' ") : "strict";
                try {
                    return s.newStr(Codecs.decode(b, enc, err, m -> Warnings.warn(s, "DeprecationWarning", m)));
                } catch (PyFailure f) {
                    throw Errors.fromFailure(s, f);
                }
            });
            add("hex(self, /, sep=?, bytes_per_sep=1)", Signature.Style.KEYWORDS, (s, a) -> {
                byte[] b = self(s, a, "hex");
                int perSep = StrMethods.intArg(s, a.slot(2));   // may run __index__: before reading sep
                return s.newStr(hex(s, b, a.get(1), perSep));
            });
            add("translate(self, table, /, delete=?)", Signature.Style.KEYWORDS, (s, a) -> {
                byte[] b = self(s, a, "translate");
                byte[] table = a.get(1) == Py.NONE ? null : requireBytesLike(s, a.get(1));
                if (table != null && table.length != 256) {
                    throw Errors.valueError(s, "translation table must be 256 characters long");
                }
                boolean[] drop = new boolean[256];
                if (a.given(2)) {
                    for (byte d : requireBytesLike(s, a.get(2))) {
                        drop[d & 0xff] = true;
                    }
                }
                byte[] out = new byte[b.length];
                int n = 0;
                for (byte x : b) {
                    if (!drop[x & 0xff]) {
                        out[n++] = table == null ? x : table[x & 0xff];
                    }
                }
                return make(s, array, java.util.Arrays.copyOf(out, n));
            });
            // Special-method wrappers.
            wrapper("__len__(self, /)", (s, a) -> Py.smallInt(self(s, a, "__len__").length));
            wrapper("__getitem__(self, key, /)", (s, a) -> Subscripts.get(s, a.slot(0), a.slot(1)));
            wrapper("__contains__(self, key, /)", (s, a) -> Py.bool(Subscripts.contains(s, a.slot(0), a.slot(1))));
            wrapper("__iter__(self, /)", (s, a) -> Iteration.builtinIter(s, a.slot(0)));
            wrapper("__add__(self, value, /)", (s, a) -> Arith.builtin(s, dev.pyxis.python.bytecode.BinaryOp.ADD, a.slot(0), a.slot(1)));
            wrapper("__mul__(self, value, /)", (s, a) -> repeat(s, a));
            wrapper("__rmul__(self, value, /)", (s, a) -> repeat(s, a));
            wrapper("__mod__(self, value, /)", (s, a) -> PercentFormatting.formatBytes(s, a.slot(0), a.slot(1)));
            // Only a format of the receiver's own kind gives way to it: b"%s" % bytearray is bytes.__mod__.
            wrapper("__rmod__(self, value, /)", (s, a) -> s.typeOf(s.unwrap(a.get(1))).nativeKind
                    == (array ? PyType.Native.BYTEARRAY : PyType.Native.BYTES)
                    ? PercentFormatting.formatBytes(s, a.slot(1), a.slot(0)) : Py.NOT_IMPLEMENTED);
            wrapper("__repr__(self, /)", (s, a) -> Ops.repr(s, a.slot(0)));
            wrapper("__str__(self, /)", (s, a) -> Ops.repr(s, a.slot(0)));
            for (CompareOp op : CompareOp.values()) {
                wrapper(op.method() + "(self, value, /)", (s, a) -> bytesLike(s, a.get(1)) == null ? Py.NOT_IMPLEMENTED
                        : Compare.builtin(s, op, a.slot(0), a.slot(1)));
            }
            if (!array) {
                wrapper("__hash__(self, /)", (s, a) -> s.newInt(Keys.hash(s, s.unwrap(a.get(0)))));
                add("__bytes__(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
                    self(s, a, "__bytes__");
                    return s.unwrap(a.get(0));
                });
                add("__getnewargs__(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
                    self(s, a, "__getnewargs__");
                    long t = s.newTuple(1);
                    Space.initItem(t, 0, s.unwrap(a.get(0)));
                    return t;
                });
                return;
            }
            defineMutators();
        }

        private long repeat(Space s, Builtin.Args a) {
            byte[] b = self(s, a, "__mul__");
            java.math.BigInteger n = s.bigValue(BuiltinFunctions.index(s, a.slot(1)));
            long count = Math.max(0, n.bitLength() > 62 ? (n.signum() < 0 ? 0 : Long.MAX_VALUE) : n.longValue());
            if (b.length > 0 && count > (Integer.MAX_VALUE - 16) / b.length) {
                throw Errors.memoryError(s);
            }
            byte[] out = new byte[(int) (count * b.length)];
            for (int i = 0; i < count; i++) {
                System.arraycopy(b, 0, out, i * b.length, b.length);
            }
            return make(s, array, out);
        }

        private void wrapper(String signature, Builtin.Body body) {
            String name = signature.substring(0, signature.indexOf('('));
            add(signature, Signature.Style.WRAPPER, (s, a) -> {
                wrapperSelf(s, a, name);
                return body.call(s, a);
            });
        }

        private void defineMutators() {
            add("append(self, item, /)", Signature.Style.ONE_ARG, (s, a) -> {
                self(s, a, "append");
                int v = byteValue(s, a.slot(1));
                int ba = s.ts.push(s.unwrap(a.get(0)));
                ByteArrays.appendByte(s, ba, v);
                s.ts.truncate(ba);
                return Py.NONE;
            });
            add("extend(self, iterable_of_ints, /)", Signature.Style.ONE_ARG, (s, a) -> {
                self(s, a, "extend");
                extend(s, a.slot(0), a.slot(1));
                return Py.NONE;
            });
            add("insert(self, index, item, /)", Signature.Style.POSITIONAL, (s, a) -> {
                byte[] b = self(s, a, "insert");
                long i = Subscripts.index(s, a.slot(1), "'%s' object cannot be interpreted as an integer");
                int v = byteValue(s, a.slot(2));
                if (i < 0) {
                    i = Math.max(0, i + b.length);
                }
                i = Math.min(i, b.length);
                byte[] out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, (int) i);
                out[(int) i] = (byte) v;
                System.arraycopy(b, (int) i, out, (int) i + 1, b.length - (int) i);
                setData(s, a, out);
                return Py.NONE;
            });
            add("pop(self, index=-1, /)", Signature.Style.POSITIONAL, (s, a) -> {
                byte[] b = self(s, a, "pop");
                long i = Subscripts.index(s, a.slot(1), "'%s' object cannot be interpreted as an integer");
                if (b.length == 0) {
                    throw Errors.indexError(s, "pop from empty bytearray");
                }
                if (i < 0) {
                    i += b.length;
                }
                if (i < 0 || i >= b.length) {
                    throw Errors.indexError(s, "pop index out of range");
                }
                int ba = s.ts.push(s.unwrap(a.get(0)));
                try {
                    return Py.smallInt(ByteArrays.removeAt(s, ba, (int) i));
                } finally {
                    s.ts.truncate(ba);
                }
            });
            add("remove(self, value, /)", Signature.Style.ONE_ARG, (s, a) -> {
                byte[] b = self(s, a, "remove");
                int v = byteValue(s, a.slot(1));
                for (int i = 0; i < b.length; i++) {
                    if ((b[i] & 0xff) == v) {
                        int ba = s.ts.push(s.unwrap(a.get(0)));
                        ByteArrays.removeAt(s, ba, i);
                        s.ts.truncate(ba);
                        return Py.NONE;
                    }
                }
                throw Errors.valueError(s, "value not found in bytearray");
            });
            add("reverse(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
                byte[] b = self(s, a, "reverse");
                for (int i = 0, j = b.length - 1; i < j; i++, j--) {
                    byte t = b[i];
                    b[i] = b[j];
                    b[j] = t;
                }
                setData(s, a, b);
                return Py.NONE;
            });
            add("clear(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
                self(s, a, "clear");
                setData(s, a, new byte[0]);
                return Py.NONE;
            });
            add("copy(self, /)", Signature.Style.NO_ARGS, (s, a) -> ByteArrays.create(s, self(s, a, "copy")));
            add("__alloc__(self, /)", Signature.Style.NO_ARGS, (s, a) -> {
                self(s, a, "__alloc__");
                long ba = s.unwrap(a.get(0));
                return Py.smallInt(Space.get(Space.get(ba, Layouts.LIST_STORAGE), Layouts.BYTES_LENGTH));
            });
            wrapper("__setitem__(self, key, value, /)", (s, a) -> {
                ByteArrays.set(s, a.slot(0), a.slot(1), a.slot(2));
                return Py.NONE;
            });
            wrapper("__delitem__(self, key, /)", (s, a) -> {
                ByteArrays.delete(s, a.slot(0), a.slot(1));
                return Py.NONE;
            });
            wrapper("__iadd__(self, value, /)", (s, a) -> {
                byte[] b = bytesLike(s, a.get(1));
                if (b == null) {
                    throw Errors.typeError(s, "can't concat " + s.typeOf(a.get(1)).name + " to bytearray");
                }
                int ba = s.ts.push(s.unwrap(a.get(0)));
                ByteArrays.append(s, ba, b);
                s.ts.truncate(ba);
                return a.get(0);
            });
            wrapper("__imul__(self, value, /)", (s, a) -> {
                long r = repeat(s, a);
                setData(s, a, ByteArrays.data(r));
                return a.get(0);
            });
        }

        private static void setData(Space s, Builtin.Args a, byte[] b) {
            int ba = s.ts.push(s.unwrap(a.get(0)));
            ByteArrays.setData(s, ba, b);
            s.ts.truncate(ba);
        }
    }

    /** bytearray.extend: bytes-like objects directly, other iterables item by item. */
    static void extend(Space s, int baSlot, int srcSlot) {
        long src = s.ts.get(srcSlot);
        byte[] b = bytesLike(s, src);
        if (b == null) {
            if (!StrMethods.isIterable(s, src)) {
                throw Errors.typeError(s, "can't extend bytearray with " + s.typeOf(src).name);
            }
            b = fromIterableOfBytes(s, srcSlot);
        }
        int ba = s.ts.push(s.unwrap(s.ts.get(baSlot)));
        ByteArrays.append(s, ba, b);
        s.ts.truncate(ba);
    }

    private static byte[] fromIterableOfBytes(Space s, int slot) {
        int base = s.ts.top();
        try {
            int n = Iteration.pushAll(s, slot);
            byte[] out = new byte[n];
            for (int i = 0; i < n; i++) {
                out[i] = (byte) byteValue(s, base + i);
            }
            return out;
        } finally {
            s.ts.truncate(base);
        }
    }

    /** bytes.hex(sep, bytes_per_sep). */
    static String hex(Space s, byte[] b, long sepWord, int perSep) {
        char sep = 0;
        if (sepWord != 0) {
            String text;
            if (s.isStr(sepWord)) {
                text = s.str(sepWord);
            } else {
                byte[] sb = bytesLike(s, sepWord);
                if (sb == null) {
                    throw Errors.typeError(s, "object of type '" + s.typeOf(sepWord).name + "' has no len()");
                }
                text = latin1(sb);
            }
            if (text.length() != 1) {
                throw Errors.valueError(s, "sep must be length 1.");
            }
            sep = text.charAt(0);
            if (sep >= 0x80) {
                throw Errors.valueError(s, "sep must be ASCII.");
            }
        }
        StringBuilder out = new StringBuilder(b.length * 3);
        int group = Math.abs(perSep);
        for (int i = 0; i < b.length; i++) {
            if (sep != 0 && group > 0 && i > 0) {
                boolean boundary = perSep > 0 ? (b.length - i) % group == 0 : i % group == 0;
                if (boundary) {
                    out.append(sep);
                }
            }
            out.append(Character.forDigit((b[i] >> 4) & 0xf, 16)).append(Character.forDigit(b[i] & 0xf, 16));
        }
        return out.toString();
    }

    private static int hexDigit(char c) {
        return c < 0x80 ? Character.digit(c, 16) : -1;
    }

    private static final Builtin FROMHEX_BYTES = fromhex("bytes");
    private static final Builtin FROMHEX_BYTEARRAY = fromhex("bytearray");

    private static Builtin fromhex(String owner) {
        return Builtin.method(owner, Signature.parse("fromhex(cls, string, /)").withStyle(Signature.Style.ONE_ARG), (s, a) -> {
            if (!s.isStr(a.get(1))) {
                throw Errors.typeError(s, "fromhex() argument must be str, not " + s.typeOf(a.get(1)).name);
            }
            String t = s.str(a.get(1));
            byte[] out = new byte[t.length() / 2];
            int n = 0;
            int i = 0;
            while (true) {
                while (i < t.length() && (isSpace(t.charAt(i)))) {
                    i++;
                }
                if (i >= t.length()) {
                    break;
                }
                int hi = hexDigit(t.charAt(i));
                if (hi < 0) {
                    throw Errors.valueError(s, "non-hexadecimal number found in fromhex() arg at position " + i);
                }
                int lo = i + 1 < t.length() ? hexDigit(t.charAt(i + 1)) : -1;
                if (lo < 0) {
                    throw Errors.valueError(s, "non-hexadecimal number found in fromhex() arg at position " + (i + 1));
                }
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            }
            byte[] data = java.util.Arrays.copyOf(out, n);
            PyType cls = s.asType(a.get(0));
            long v = owner.equals("bytearray") ? ByteArrays.create(s, data) : s.newBytes(data);
            if (cls != null && cls.heapType) {
                return Calls.invoke(s, a.get(0), v);
            }
            return v;
        });
    }

    private static final Builtin MAKETRANS = maketrans();

    private static Builtin maketrans() {
        return Builtin.function("maketrans(frm, to, /)", (s, a) -> {
            byte[] from = requireBytesLike(s, a.get(0));
            byte[] to = requireBytesLike(s, a.get(1));
            if (from.length != to.length) {
                throw Errors.valueError(s, "maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < from.length; i++) {
                table[from[i] & 0xff] = to[i];
            }
            return s.newBytes(table);
        });
    }

    /** bytes/bytearray {@code +}, {@code *}, {@code %} for a left operand of those types; NotImplemented otherwise. */
    static long binary(Space s, dev.pyxis.python.bytecode.BinaryOp op, int a, int b) {
        long x = s.unwrap(s.ts.get(a)), y = s.ts.get(b);
        boolean array = s.typeOf(x).nativeKind == PyType.Native.BYTEARRAY;
        switch (op) {
            case ADD -> {
                byte[] q = bytesLike(s, y);
                if (q == null) {
                    return Py.NOT_IMPLEMENTED;
                }
                byte[] p = bytesLike(s, x);
                byte[] out = java.util.Arrays.copyOf(p, p.length + q.length);
                System.arraycopy(q, 0, out, p.length, q.length);
                return make(s, array, out);
            }
            case MULTIPLY -> {
                if (!s.isInt(y)) {
                    return Py.NOT_IMPLEMENTED;
                }
                java.math.BigInteger n = s.bigValue(y);
                byte[] p = bytesLike(s, x);
                long count = n.signum() <= 0 ? 0 : n.bitLength() > 31 ? Integer.MAX_VALUE : n.longValue();
                if (p.length > 0 && count > (Integer.MAX_VALUE - 16) / p.length) {
                    throw Errors.memoryError(s);
                }
                byte[] out = new byte[(int) (count * p.length)];
                for (int i = 0; i < count; i++) {
                    System.arraycopy(p, 0, out, i * p.length, p.length);
                }
                return make(s, array, out);
            }
            case REMAINDER -> {
                return PercentFormatting.formatBytes(s, a, b);
            }
            default -> {
                return Py.NOT_IMPLEMENTED;
            }
        }
    }

    /** bytearray {@code +=} and {@code *=}: mutate the left operand in place. */
    static long inPlace(Space s, dev.pyxis.python.bytecode.BinaryOp op, int a, int b) {
        if (op == dev.pyxis.python.bytecode.BinaryOp.ADD) {
            // Appended where it is, with room to grow: a loop of += stays linear.
            byte[] q = bytesLike(s, s.ts.get(b));
            if (q == null) {
                return Py.NOT_IMPLEMENTED;
            }
            int ba = s.ts.push(s.unwrap(s.ts.get(a)));
            ByteArrays.append(s, ba, q);
            s.ts.truncate(ba);
            return s.ts.get(a);
        }
        long r = binary(s, op, a, b);
        if (r == Py.NOT_IMPLEMENTED) {
            return r;
        }
        byte[] data = ByteArrays.data(r);
        int ba = s.ts.push(s.unwrap(s.ts.get(a)));
        ByteArrays.setData(s, ba, data);
        s.ts.truncate(ba);
        return s.ts.get(a);
    }

    /** {@code item in b} for bytes and bytearray: a byte value or a bytes-like substring. */
    static boolean contains(Space s, int containerSlot, int itemSlot) {
        long item = s.ts.get(itemSlot);
        byte[] sub = bytesLike(s, item);
        String needle;
        if (sub != null) {
            needle = latin1(sub);
        } else if (s.isInt(item) || Ops.userSpecial(s, item, "__index__") != 0) {
            needle = String.valueOf((char) byteValue(s, itemSlot));
        } else {
            throw Errors.typeError(s, "a bytes-like object is required, not '" + s.typeOf(item).name + "'");
        }
        return latin1(bytesLike(s, s.ts.get(containerSlot))).contains(needle);
    }

    private static final Group BYTES = new Group("bytes");
    private static final Group BYTEARRAY = new Group("bytearray");

    static void install(Space s) {
        for (Builtin b : BYTES.methods) {
            Builtins.method(s, s.bytesType, b);
        }
        for (Builtin b : BYTEARRAY.methods) {
            Builtins.method(s, s.bytearrayType, b);
        }
        Builtins.staticMethod(s, s.bytesType, BYTES_NEW);
        Builtins.staticMethod(s, s.bytearrayType, BYTEARRAY_NEW);
        Builtins.method(s, s.bytearrayType, BYTEARRAY_INIT);
        Builtins.classMethod(s, s.bytesType, FROMHEX_BYTES);
        Builtins.classMethod(s, s.bytearrayType, FROMHEX_BYTEARRAY);
        Builtins.staticMethod(s, s.bytesType, MAKETRANS);
        Builtins.staticMethod(s, s.bytearrayType, MAKETRANS);
        s.bytearrayType.put("__hash__", Py.NONE);
    }
}
