package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.Constant;

import java.util.List;

/** Python's repr() of bytecode constants, for compile-time messages and stringified annotations. */
final class Repr {
    private Repr() {
    }

    static String of(Object v) {
        return switch (v) {
            case String s -> str(s);
            case Boolean b -> b ? "True" : "False";
            case Long l -> Long.toString(l);
            case java.math.BigInteger b -> b.toString();
            case Double d -> floatRepr(d);
            case Constant.Complex c -> complex(c);
            case Constant.Singleton s -> s == Constant.Singleton.NONE ? "None" : "Ellipsis";
            case Constant.Bytes b -> bytes(b.value());
            case Constant.Tuple t -> tuple(t.items());
            case Constant.FrozenSet f -> "frozenset({" + join(f.items()) + "})";
            default -> String.valueOf(v);
        };
    }

    private static String join(List<Object> items) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(of(items.get(i)));
        }
        return b.toString();
    }

    private static String tuple(List<Object> items) {
        return items.size() == 1 ? "(" + of(items.getFirst()) + ",)" : "(" + join(items) + ")";
    }

    /** Python's float repr: shortest round-tripping digits, exponent form outside [1e-4, 1e16). */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == Math.rint(d) && Math.abs(d) < 1e16) {
            return (d == 0 && 1 / d < 0 ? "-0" : Long.toString((long) d)) + ".0";
        }
        String s = Double.toString(Math.abs(d));
        java.math.BigDecimal bd = new java.math.BigDecimal(s);
        String digits = bd.unscaledValue().toString().replaceAll("0+$", "");
        int exp = bd.precision() - bd.scale() - 1;
        String sign = d < 0 ? "-" : "";
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        }
        return sign + bd.stripTrailingZeros().toPlainString();
    }

    private static String complex(Constant.Complex c) {
        String imag = floatRepr(c.imag());
        if (imag.endsWith(".0")) {
            imag = imag.substring(0, imag.length() - 2);
        }
        if (c.real() == 0 && 1 / c.real() > 0) {
            return imag + "j";
        }
        String real = floatRepr(c.real());
        if (real.endsWith(".0")) {
            real = real.substring(0, real.length() - 2);
        }
        return "(" + real + (c.imag() >= 0 || Double.isNaN(c.imag()) ? "+" : "") + imag + "j)";
    }

    static String str(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder().append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (!isPrintable(cp)) {
                if (cp <= 0xff) {
                    b.append(String.format("\\x%02x", cp));
                } else if (cp <= 0xffff) {
                    b.append(String.format("\\u%04x", cp));
                } else {
                    b.append(String.format("\\U%08x", cp));
                }
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        int t = Character.getType(cp);
        return switch (t) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
                 Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR, Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static String bytes(byte[] v) {
        boolean hasSingle = false;
        boolean hasDouble = false;
        for (byte x : v) {
            hasSingle |= x == '\'';
            hasDouble |= x == '"';
        }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        StringBuilder b = new StringBuilder("b").append(quote);
        for (byte x : v) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                b.append('\\').append((char) c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                b.append(String.format("\\x%02x", c));
            } else {
                b.append((char) c);
            }
        }
        return b.append(quote).toString();
    }
}
