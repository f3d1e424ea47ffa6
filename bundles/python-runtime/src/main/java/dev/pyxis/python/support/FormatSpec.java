package dev.pyxis.python.support;

/**
 * A parsed format specification of the {@code format()} mini-language:
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}.
 * Parsing raises CPython's ValueErrors for malformed specifications; the checks that depend
 * on the value's kind happen in {@link SpecFormatter}.
 *
 * @param typeName  Python type name of the formatted object, for error messages
 * @param fill      fill code point, or -1 when none was written
 * @param align     '&lt;', '&gt;', '=', '^', or 0 when none was written
 * @param sign      '+', '-', ' ', or 0 when none was written
 * @param noNegZero the 'z' flag
 * @param alternate the '#' flag
 * @param zero      the '0' flag before the width
 * @param width     minimum width in characters, or -1
 * @param grouping  ',', '_', or 0
 * @param precision precision, or -1
 * @param type      the presentation type code point, 0 for none, {@link #NUL_TYPE} for NUL
 */
public record FormatSpec(String typeName, int fill, char align, char sign, boolean noNegZero,
                         boolean alternate, boolean zero, long width, char grouping,
                         long precision, int type) {

    /**
     * The type of a spec ending in NUL: float and complex read it as no type, int and str
     * reject it as an unknown code.
     */
    public static final int NUL_TYPE = 0x110000;

    /**
     * Parses a specification for an object of the given type.
     *
     * @param spec        the text after ':' in a replacement field, or format()'s argument
     * @param typeName    Python type name for messages ("int", "float", ...)
     * @param defaultType the type the object assumes when none is written, used in grouping
     *                    errors ('s' for str, 0 for numbers)
     * @throws PyFailure ValueError as CPython reports it
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType) {
        int n = spec.length();
        int pos = 0;
        int fill = -1;
        char align = 0;
        if (n > 0) {
            int cp = spec.codePointAt(0);
            int next = Character.charCount(cp);
            if (next < n && isAlign(spec.charAt(next))) {
                fill = cp;
                align = spec.charAt(next);
                pos = next + 1;
            } else if (isAlign(spec.charAt(0))) {
                align = spec.charAt(0);
                pos = 1;
            }
        }
        char sign = 0;
        if (pos < n && (spec.charAt(pos) == '+' || spec.charAt(pos) == '-' || spec.charAt(pos) == ' ')) {
            sign = spec.charAt(pos++);
        }
        boolean z = false;
        if (pos < n && spec.charAt(pos) == 'z') {
            z = true;
            pos++;
        }
        boolean alt = false;
        if (pos < n && spec.charAt(pos) == '#') {
            alt = true;
            pos++;
        }
        boolean zero = false;
        if (pos < n && spec.charAt(pos) == '0') {
            zero = true;
            pos++;
        }
        int start = pos;
        long width = 0;
        while (pos < n && isDigit(spec.charAt(pos))) {
            width = accumulate(width, spec.charAt(pos++));
        }
        if (pos == start) {
            width = -1;
        }
        char grouping = 0;
        if (pos < n && (spec.charAt(pos) == ',' || spec.charAt(pos) == '_')) {
            grouping = spec.charAt(pos++);
            // The other separator is an error; the same one again is read as the type.
            if (pos < n && spec.charAt(pos) == (grouping == ',' ? '_' : ',')) {
                throw PyFailure.valueError("Cannot specify both ',' and '_'.");
            }
        }
        long precision = -1;
        if (pos < n && spec.charAt(pos) == '.') {
            pos++;
            start = pos;
            precision = 0;
            while (pos < n && isDigit(spec.charAt(pos))) {
                precision = accumulate(precision, spec.charAt(pos++));
            }
            if (pos == start) {
                throw PyFailure.valueError("Format specifier missing precision");
            }
        }
        int type = defaultType;
        if (pos < n) {
            int cp = spec.codePointAt(pos);
            if (pos + Character.charCount(cp) < n) {
                throw PyFailure.valueError("Invalid format specifier '" + spec
                        + "' for object of type '" + typeName + "'");
            }
            type = cp == 0 ? NUL_TYPE : cp;
        }
        if (grouping != 0 && !groupingAllowed(grouping, type)) {
            throw PyFailure.valueError("Cannot specify '" + grouping + "' with '"
                    + Character.toString(type) + "'.");
        }
        return new FormatSpec(typeName, fill, align, sign, z, alt, zero, width, grouping,
                precision, type);
    }

    /** The ValueError for a presentation type the object does not support. */
    public PyFailure unknownType() {
        String code = type > 32 && type < 128 ? String.valueOf((char) type)
                : "\\x" + Integer.toHexString(type == NUL_TYPE ? 0 : type);
        return PyFailure.valueError("Unknown format code '" + code + "' for object of type '"
                + typeName + "'");
    }

    /** The fill to use: the written one, else '0' under the '0' flag, else space. */
    public int fillOrDefault() {
        return fill >= 0 ? fill : zero ? '0' : ' ';
    }

    /** The alignment for a number: the written one, else '=' under the '0' flag, else '&gt;'. */
    public char numberAlign() {
        return align != 0 ? align : zero ? '=' : '>';
    }

    private static boolean groupingAllowed(char grouping, int type) {
        return switch (type) {
            case 0, NUL_TYPE, 'd', 'e', 'f', 'g', 'E', 'F', 'G', '%' -> true;
            case 'b', 'o', 'x', 'X' -> grouping == '_';
            default -> false;
        };
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Any Unicode decimal digit counts, as in CPython. */
    private static boolean isDigit(char c) {
        return NumberChars.decimalValue(c) >= 0;
    }

    private static long accumulate(long v, char c) {
        int digit = NumberChars.decimalValue(c);
        if (v > (Long.MAX_VALUE - digit) / 10) {
            throw PyFailure.valueError("Too many decimal digits in format string");
        }
        return v * 10 + digit;
    }
}
