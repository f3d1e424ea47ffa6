package dev.pyxis.python3.ast;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;

/**
 * Renders a tree as the text of CPython's {@code ast.dump(tree, include_attributes=...)} with its
 * defaults otherwise: every field named, absent optional fields left out, positions last.
 * Meant for tests and debugging: it walks the records reflectively.
 */
public final class AstDump {

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return Shape.of(type);
        }
    };

    private AstDump() {
    }

    /** The dump of {@code node}, with line and column attributes when {@code includeAttributes}. */
    public static String dump(Node node, boolean includeAttributes) {
        StringBuilder sb = new StringBuilder(256);
        node(sb, node, includeAttributes);
        return sb.toString();
    }

    private record Shape(String pyName, String[] names, Method[] accessors, boolean[] primitiveBool, int fieldCount) {
        static Shape of(Class<?> type) {
            RecordComponent[] rc = type.getRecordComponents();
            String[] names = new String[rc.length];
            Method[] acc = new Method[rc.length];
            boolean[] bool = new boolean[rc.length];
            int fields = rc.length;
            for (int i = 0; i < rc.length; i++) {
                names[i] = snake(rc[i].getName());
                acc[i] = rc[i].getAccessor();
                bool[i] = rc[i].getType() == boolean.class;
            }
            if (Located.class.isAssignableFrom(type)) fields -= 4;
            return new Shape(pythonName(type), names, acc, bool, fields);
        }
    }

    private static String pythonName(Class<?> type) {
        if (type == Stmt.ExprStmt.class) return "Expr";
        if (type == Arguments.class) return "arguments";
        if (type == Arg.class) return "arg";
        if (type == Keyword.class) return "keyword";
        if (type == Alias.class) return "alias";
        if (type == WithItem.class) return "withitem";
        if (type == MatchCase.class) return "match_case";
        if (type == Comprehension.class) return "comprehension";
        return type.getSimpleName();
    }

    private static String snake(String camel) {
        StringBuilder sb = new StringBuilder(camel.length() + 4);
        for (int i = 0; i < camel.length(); i++) {
            char c = camel.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('_').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static void node(StringBuilder sb, Node node, boolean attrs) {
        Shape s = SHAPES.get(node.getClass());
        sb.append(s.pyName).append('(');
        boolean first = true;
        int n = attrs ? s.names.length : s.fieldCount;
        for (int i = 0; i < n; i++) {
            Object v = get(s.accessors[i], node);
            if (v == null) continue;
            if (!first) sb.append(", ");
            first = false;
            sb.append(s.names[i]).append('=');
            if (s.primitiveBool[i]) {
                sb.append((Boolean) v ? '1' : '0');
            } else {
                value(sb, v, attrs);
            }
        }
        if (node instanceof Mod.Module) sb.append(first ? "" : ", ").append("type_ignores=[]");
        sb.append(')');
    }

    private static Object get(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void value(StringBuilder sb, Object v, boolean attrs) {
        switch (v) {
            case null -> sb.append("None");
            case Node n -> node(sb, n, attrs);
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) sb.append(", ");
                    value(sb, list.get(i), attrs);
                }
                sb.append(']');
            }
            case Enum<?> e when !(e instanceof Singleton) -> sb.append(e.name()).append("()");
            default -> constant(sb, v);
        }
    }

    /** Python's {@code repr} of a constant value. */
    public static void constant(StringBuilder sb, Object v) {
        switch (v) {
            case Singleton s -> sb.append(s == Singleton.NONE ? "None" : "Ellipsis");
            case Boolean b -> sb.append(b ? "True" : "False");
            case String s -> strRepr(sb, s);
            case BytesConstant b -> bytesRepr(sb, b.bytes());
            case Double d -> sb.append(floatRepr(d, true));
            case ImaginaryConstant c -> sb.append(floatRepr(c.imag(), false)).append('j');
            default -> sb.append(v);
        }
    }

    /** Python's {@code repr(float)}; without {@code pointZero} an integral value gets no ".0" (as inside complex repr). */
    public static String floatRepr(double d, boolean pointZero) {
        if (Double.isNaN(d)) return "nan";
        if (Double.isInfinite(d)) return d > 0 ? "inf" : "-inf";
        if (d == 0) return (1 / d < 0 ? "-0" : "0") + (pointZero ? ".0" : "");
        BigDecimal bd = shortest(Math.abs(d));
        String digits = bd.unscaledValue().toString();
        int exp = digits.length() - bd.scale() - 1; // decimal exponent of the first digit
        StringBuilder sb = new StringBuilder(24);
        if (d < 0) sb.append('-');
        if (exp >= -5 + 1 && exp < 16) {
            if (exp >= 0) {
                if (digits.length() <= exp + 1) {
                    sb.append(digits).append("0".repeat(exp + 1 - digits.length()));
                    if (pointZero) sb.append(".0");
                } else {
                    sb.append(digits, 0, exp + 1).append('.').append(digits, exp + 1, digits.length());
                }
            } else {
                sb.append("0.").append("0".repeat(-exp - 1)).append(digits);
            }
        } else {
            sb.append(digits.charAt(0));
            if (digits.length() > 1) sb.append('.').append(digits, 1, digits.length());
            sb.append('e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) sb.append('0');
            sb.append(a);
        }
        return sb.toString();
    }

    /** The shortest decimal that reads back as {@code d}, the nearest one among equally short candidates. */
    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int n = 1; n < 17; n++) {
            BigDecimal r = exact.round(new java.math.MathContext(n, java.math.RoundingMode.HALF_EVEN));
            if (r.doubleValue() == d) return r.stripTrailingZeros();
        }
        return exact.round(new java.math.MathContext(17, java.math.RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** Python's {@code repr(str)}. */
    public static void strRepr(StringBuilder sb, String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        sb.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(sb, "\\x", c, 2);
            } else if (c < 0x7f) {
                sb.append((char) c);
            } else if (isPrintable(c)) {
                sb.appendCodePoint(c);
            } else if (c < 0x100) {
                hex(sb, "\\x", c, 2);
            } else if (c < 0x10000) {
                hex(sb, "\\u", c, 4);
            } else {
                hex(sb, "\\U", c, 8);
            }
        }
        sb.append(quote);
    }

    private static boolean isPrintable(int c) {
        return switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    private static void bytesRepr(StringBuilder sb, byte[] b) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            if (x == '\'') single = true;
            if (x == '"') dbl = true;
        }
        char quote = single && !dbl ? '"' : '\'';
        sb.append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\') {
                sb.append('\\').append((char) c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c >= 0x7f) {
                hex(sb, "\\x", c, 2);
            } else {
                sb.append((char) c);
            }
        }
        sb.append(quote);
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private static void hex(StringBuilder sb, String prefix, int c, int width) {
        sb.append(prefix);
        for (int shift = (width - 1) * 4; shift >= 0; shift -= 4) sb.append(HEX[(c >> shift) & 0xf]);
    }
}
