package dev.pyxis.python.runtime;

import dev.pyxis.python.support.PercentFormat;
import dev.pyxis.python.support.PyFailure;

/**
 * {@code str % args} and {@code bytes % args}: walks the format, takes values from the tuple,
 * mapping or single value. A bytes format is walked as Latin-1 text.
 */
final class PercentFormatting {
    private PercentFormatting() {}

    static long format(Space s, int fmtSlot, int argsSlot) {
        long args = s.ts.get(argsSlot);
        if (s.typeOf(args) == s.tupleType && Space.length(args) == 0 && s.str(s.ts.get(fmtSlot)).indexOf('%') < 0) {
            // Nothing to convert: CPython returns the format itself (a str subclass stays one).
            return s.ts.get(fmtSlot);
        }
        return run(s, fmtSlot, argsSlot, false);
    }

    /** {@code bytes % args} (and bytearray): the result has the format's type. */
    static long formatBytes(Space s, int fmtSlot, int argsSlot) {
        return run(s, fmtSlot, argsSlot, true);
    }

    private static long run(Space s, int fmtSlot, int argsSlot, boolean bytes) {
        ThreadState ts = s.ts;
        String fmt = bytes ? BytesMethods.latin1(BytesMethods.bytesLike(s, ts.get(fmtSlot))) : s.str(ts.get(fmtSlot));
        long args = ts.get(argsSlot);
        PyType at = s.typeOf(args);
        boolean tuple = at.isSubtypeOf(s.tupleType);
        // As CPython: anything subscriptable but a tuple or the format's own kind of text is
        // taken as the mapping (so "x" % [] is "x", with no "not all arguments" error).
        boolean mapping = !tuple && !at.isSubtypeOf(s.strType)
                && !(bytes && (at.isSubtypeOf(s.bytesType) || at.isSubtypeOf(s.bytearrayType)))
                && at.lookup("__getitem__") != 0;
        long nargs = tuple ? Space.length(s.unwrap(args)) : 1;
        int argIndex = 0;
        int value = ts.push(0);
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        try {
            int i = 0;
            int n = fmt.length();
            while (i < n) {
                char c = fmt.charAt(i);
                if (c != '%') {
                    out.append(c);
                    i++;
                    continue;
                }
                PercentFormat.Spec spec = PercentFormat.parse(fmt, i + 1);
                // Only "%%" is the literal: "%5%" takes an argument and then rejects the '%'.
                boolean literal = spec.end() == i + 2;
                i = spec.end();
                if (literal && spec.conversion() == '%') {
                    out.append('%');
                    continue;
                }
                if (spec.key() != null && mapping) {
                    // A keyed conversion uses the mapping itself: no positional argument remains.
                    argIndex = (int) nargs;
                }
                long width = spec.width(), precision = spec.precision();
                if (width == PercentFormat.STAR) {
                    width = Subscripts.index(s, ts.push(nextArg(s, argsSlot, tuple, nargs, argIndex++)), "* wants int");
                    ts.truncate(value + 1);
                }
                if (precision == PercentFormat.STAR) {
                    precision = Subscripts.index(s, ts.push(nextArg(s, argsSlot, tuple, nargs, argIndex++)), "* wants int");
                    ts.truncate(value + 1);
                }
                int flags = spec.flags();
                if (width < -1) {
                    flags |= PercentFormat.LEFT;
                    width = -width;
                }
                if (spec.key() != null) {
                    if (!mapping) {
                        throw Errors.typeError(s, "format requires a mapping");
                    }
                    int k = ts.push(bytes ? s.newBytes(BytesMethods.bytesOf(spec.key())) : s.newStr(spec.key()));
                    ts.set(value, Ops.getItem(s, argsSlot, k));
                    ts.truncate(value + 1);
                } else {
                    ts.set(value, nextArg(s, argsSlot, tuple, nargs, argIndex++));
                }
                out.append(bytes ? convertBytes(s, spec.conversion(), flags, width, precision, value, i)
                        : convert(s, false, spec.conversion(), flags, width, precision, value, i));
            }
            if (!mapping && argIndex < nargs) {
                throw Errors.typeError(s, bytes ? "not all arguments converted during bytes formatting"
                        : "not all arguments converted during string formatting");
            }
            if (bytes) {
                byte[] result = BytesMethods.bytesOf(out.toString());
                return ByteArrays.is(s, ts.get(fmtSlot)) ? ByteArrays.create(s, result) : s.newBytes(result);
            }
            return s.newStr(out.toString());
        } catch (PyFailure f) {
            throw Errors.fromFailure(s, f);
        } finally {
            ts.truncate(value);
        }
    }

    private static long nextArg(Space s, int argsSlot, boolean tuple, long nargs, int index) {
        if (index >= nargs) {
            throw Errors.typeError(s, "not enough arguments for format string");
        }
        return tuple ? Space.item(s.unwrap(s.ts.get(argsSlot)), index) : s.ts.get(argsSlot);
    }

    private static String convert(Space s, boolean bytes, int conv, int flags, long width, long precision, int value, int end) {
        long v = s.ts.get(value);
        switch (conv) {
            case 's' -> {
                return PercentFormat.formatText(flags, width, precision, Ops.strString(s, value));
            }
            case 'r' -> {
                return PercentFormat.formatText(flags, width, precision, Ops.reprString(s, value));
            }
            case 'a' -> {
                return PercentFormat.formatText(flags, width, precision, asciiOf(s, value));
            }
            case 'd', 'i', 'u', 'o', 'x', 'X' -> {
                long iv = s.unwrap(v);
                if (s.typeOf(iv) == s.floatType && (conv == 'd' || conv == 'i' || conv == 'u')) {
                    double d = s.floatValue(iv);
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw Errors.raise(s, Double.isNaN(d) ? "ValueError" : "OverflowError",
                                Double.isNaN(d) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
                    }
                    return PercentFormat.formatInt(flags, width, precision, conv,
                            new java.math.BigDecimal(d).toBigInteger(), s.maxStrDigits);
                }
                if (!s.isInt(iv)) {
                    long m = Ops.userSpecial(s, v, "__index__");
                    if (m == 0 && (conv == 'd' || conv == 'i' || conv == 'u')) {
                        m = Ops.userSpecial(s, v, "__int__");
                    }
                    if (m == 0) {
                        throw Errors.fromFailure(s, conv == 'd' || conv == 'i' || conv == 'u'
                                ? PercentFormat.realNumberRequired(conv, s.typeOf(v).name)
                                : PercentFormat.integerRequired(conv, s.typeOf(v).name));
                    }
                    iv = Ops.callSpecial(s, m, value);
                }
                return PercentFormat.formatInt(flags, width, precision, conv, s.bigValue(iv), s.maxStrDigits);
            }
            case 'e', 'E', 'f', 'F', 'g', 'G' -> {
                double d = NumberMethods.asDouble(s, value,
                        bytes ? "float argument required, not " + s.typeOf(v).name : null);
                return PercentFormat.formatFloat(flags, width, precision, conv, d);
            }
            case 'c' -> {
                long cv = s.unwrap(v);
                if (s.isStr(cv)) {
                    String str = s.str(cv);
                    if (str.codePointCount(0, str.length()) != 1) {
                        throw Errors.fromFailure(s, PercentFormat.charRequired());
                    }
                    return PercentFormat.formatText(flags, width, -1, str);
                }
                if (!s.isInt(cv)) {
                    if (Ops.userSpecial(s, v, "__index__") == 0) {
                        throw Errors.fromFailure(s, PercentFormat.charRequired());
                    }
                    return PercentFormat.formatChar(flags, width, s.bigValue(BuiltinFunctions.index(s, value)));
                }
                return PercentFormat.formatChar(flags, width, s.bigValue(cv));
            }
            default -> throw Errors.fromFailure(s, PercentFormat.unsupported(conv, end - 1));
        }
    }

    /** A bytes conversion: %s/%b take bytes, %r/%a the ASCII repr, %c one byte; numbers as for str. */
    private static String convertBytes(Space s, int conv, int flags, long width, long precision, int value, int end) {
        long v = s.ts.get(value);
        switch (conv) {
            case 's', 'b' -> {
                byte[] b = BytesMethods.bytesLike(s, v);
                if (b == null) {
                    long m = Ops.userSpecial(s, v, "__bytes__");
                    if (m == 0) {
                        throw Errors.typeError(s, "%b requires a bytes-like object, or an object that implements __bytes__, not '"
                                + s.typeOf(v).name + "'");
                    }
                    b = BytesMethods.bytesLike(s, Ops.callSpecial(s, m, value));
                }
                return PercentFormat.formatText(flags, width, precision, BytesMethods.latin1(b));
            }
            case 'r', 'a' -> {
                return PercentFormat.formatText(flags, width, precision, asciiOf(s, value));
            }
            case 'c' -> {
                byte[] b = BytesMethods.bytesLike(s, v);
                if (b != null && b.length == 1) {
                    return PercentFormat.formatText(flags, width, -1, BytesMethods.latin1(b));
                }
                boolean isInt = s.isInt(s.unwrap(v));
                if (b != null || !isInt && Ops.userSpecial(s, v, "__index__") == 0) {
                    throw Errors.typeError(s, "%c requires an integer in range(256) or a single byte");
                }
                java.math.BigInteger c = isInt ? s.bigValue(s.unwrap(v)) : s.bigValue(BuiltinFunctions.index(s, value));
                if (c.signum() < 0 || c.bitLength() > 8) {
                    throw Errors.overflow(s, "%c arg not in range(256)");
                }
                return PercentFormat.formatText(flags, width, -1, String.valueOf((char) c.intValue()));
            }
            default -> {
                return convert(s, true, conv, flags, width, precision, value, end);
            }
        }
    }

    private static String asciiOf(Space s, int value) {
        String r = Ops.reprString(s, value);
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
