package dev.pyxis.python.support;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * Character properties of one code point exactly as Python 3.11 sees them (Unicode 14.0.0), for
 * the {@code str} methods and the {@code unicodedata} module. The JDK's {@link Character} follows a
 * newer Unicode and is never consulted.
 *
 * <p>Every method takes a code point in {@code [0, 0x110000)}; surrogate code points are valid
 * (they are Python characters too). ASCII is answered from a table built in code; the rest comes
 * from generated resources loaded on first use: the "ctype" table (flags and case mappings) for
 * the {@code str} methods, the "props" table for {@code unicodedata} only.
 */
public final class UnicodeProperties {
    // Flag bits of the ctype table; must match tools/gen-unicode-data.py.
    static final int ALPHA = 1, DECIMAL = 2, DIGIT = 4, NUMERIC = 8, SPACE = 16, LOWER = 32,
            UPPER = 64, TITLE = 128, CASED = 256, CASE_IGNORABLE = 512, PRINTABLE = 1024,
            ID_START = 2048, ID_CONTINUE = 4096;
    /** Bit {@code SPECIAL_SHIFT + which} says the mapping column holds a pool reference. */
    static final int SPECIAL_SHIFT = 16;
    static final int MAP_LOWER = 0, MAP_UPPER = 1, MAP_TITLE = 2, MAP_FOLD = 3;

    /** ASCII flags, so that ASCII-only programs never load the tables. */
    private static final short[] ASCII = new short[128];

    static {
        for (int c = 0; c < 128; c++) {
            int f = 0;
            boolean upper = c >= 'A' && c <= 'Z', lower = c >= 'a' && c <= 'z';
            boolean digit = c >= '0' && c <= '9';
            if (upper || lower) {
                f |= ALPHA | CASED | ID_START | ID_CONTINUE | (upper ? UPPER : LOWER);
            }
            if (digit) {
                f |= DECIMAL | DIGIT | NUMERIC | ID_CONTINUE;
            }
            if (c == '_') {
                f |= ID_START | ID_CONTINUE;
            }
            // Python's whitespace: HT..CR, the information separators FS..US, and space.
            if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20)) {
                f |= SPACE;
            }
            if (c >= 0x20 && c < 0x7F) {
                f |= PRINTABLE;
            }
            // Word_Break MidLetter/MidNumLet/Single_Quote and the modifier symbols ^ and `.
            if (c == '\'' || c == '.' || c == ':' || c == '^' || c == '`') {
                f |= CASE_IGNORABLE;
            }
            ASCII[c] = (short) f;
        }
    }

    private UnicodeProperties() {
    }

    /** The ctype table: flags and the lower/upper/title/fold columns, plus the mapping pool. */
    static final class Ctype {
        static final String RESOURCE = "unicode-ctype.bin";
        static final CodePointTable TABLE;
        static final int[] FLAGS, LOWER, UPPER, TITLE, FOLD;
        /** Multi-code-point mappings; a reference is {@code offset << 2 | length}. */
        static final int[] POOL;

        static {
            try (DataInputStream in = CodePointTable.open(RESOURCE)) {
                TABLE = CodePointTable.read(in, "PYUC");
                POOL = CodePointTable.readInts(in, in.readInt());
            } catch (IOException e) {
                throw CodePointTable.broken(RESOURCE, e);
            }
            FLAGS = TABLE.column(0);
            LOWER = TABLE.column(1);
            UPPER = TABLE.column(2);
            TITLE = TABLE.column(3);
            FOLD = TABLE.column(4);
        }

        private Ctype() {
        }
    }

    /** The unicodedata table, loaded only when one of its properties is asked for. */
    private static final class Props {
        static final String RESOURCE = "unicode-props.bin";
        static final CodePointTable TABLE;
        static final int[] CATEGORY, BIDI, COMBINING, WIDTH, MIRRORED, DECIMAL, DIGIT, NUMERIC;
        static final String[] CATEGORY_NAMES, BIDI_NAMES, WIDTH_NAMES;
        static final double[] NUMERIC_VALUES;

        static {
            try (DataInputStream in = CodePointTable.open(RESOURCE)) {
                TABLE = CodePointTable.read(in, "PYUP");
                CATEGORY_NAMES = CodePointTable.readStrings(in);
                BIDI_NAMES = CodePointTable.readStrings(in);
                WIDTH_NAMES = CodePointTable.readStrings(in);
                NUMERIC_VALUES = new double[in.readInt()];
                for (int i = 0; i < NUMERIC_VALUES.length; i++) {
                    NUMERIC_VALUES[i] = in.readDouble();
                }
            } catch (IOException e) {
                throw CodePointTable.broken(RESOURCE, e);
            }
            CATEGORY = TABLE.column(0);
            BIDI = TABLE.column(1);
            COMBINING = TABLE.column(2);
            WIDTH = TABLE.column(3);
            MIRRORED = TABLE.column(4);
            DECIMAL = TABLE.column(5);
            DIGIT = TABLE.column(6);
            NUMERIC = TABLE.column(7);
        }

        private Props() {
        }
    }

    /** The raw flags word of {@code cp} (the constants of this class). */
    static int flags(int cp) {
        if (cp < 128) {
            return ASCII[cp];
        }
        return Ctype.FLAGS[Ctype.TABLE.record(cp)];
    }

    private static boolean has(int cp, int flag) {
        return (flags(cp) & flag) != 0;
    }

    /** {@code chr(cp).isalpha()}. */
    public static boolean isAlpha(int cp) {
        return has(cp, ALPHA);
    }

    /** {@code chr(cp).isdecimal()}: the digits {@code int()} accepts. */
    public static boolean isDecimal(int cp) {
        return has(cp, DECIMAL);
    }

    /** {@code chr(cp).isdigit()}. */
    public static boolean isDigit(int cp) {
        return has(cp, DIGIT);
    }

    /** {@code chr(cp).isnumeric()}. */
    public static boolean isNumeric(int cp) {
        return has(cp, NUMERIC);
    }

    /** {@code chr(cp).isalnum()}: alpha, decimal, digit or numeric. */
    public static boolean isAlnum(int cp) {
        return has(cp, ALPHA | DECIMAL | DIGIT | NUMERIC);
    }

    /** {@code chr(cp).isspace()} (Python's definition, which includes U+001C..U+001F). */
    public static boolean isSpace(int cp) {
        return has(cp, SPACE);
    }

    /** {@code chr(cp).islower()}: a lowercase cased character. */
    public static boolean isLower(int cp) {
        return has(cp, LOWER);
    }

    /** {@code chr(cp).isupper()}: an uppercase cased character. */
    public static boolean isUpper(int cp) {
        return has(cp, UPPER);
    }

    /** Whether {@code cp} is a titlecase character such as U+01C5 (an uppercase letter is not). */
    public static boolean isTitle(int cp) {
        return has(cp, TITLE);
    }

    /** Whether {@code cp} is cased (lower, upper or title): what {@code str.title()} tracks. */
    public static boolean isCased(int cp) {
        return has(cp, CASED);
    }

    /** Whether {@code cp} is case-ignorable, which the final-sigma rule skips. */
    public static boolean isCaseIgnorable(int cp) {
        return has(cp, CASE_IGNORABLE);
    }

    /** {@code chr(cp).isprintable()}: what {@code repr} leaves unescaped. */
    public static boolean isPrintable(int cp) {
        return has(cp, PRINTABLE);
    }

    /** Whether {@code cp} may start an identifier ({@code chr(cp).isidentifier()}). */
    public static boolean isIdentifierStart(int cp) {
        return has(cp, ID_START);
    }

    /** Whether {@code cp} may continue an identifier. */
    public static boolean isIdentifierContinue(int cp) {
        return has(cp, ID_CONTINUE);
    }

    /** {@code unicodedata.decimal(chr(cp))}, or -1 when it has no decimal value. */
    public static int decimal(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        return Props.DECIMAL[Props.TABLE.record(cp)];
    }

    /** {@code unicodedata.digit(chr(cp))}, or -1 when it has no digit value. */
    public static int digit(int cp) {
        if (cp < 128) {
            return cp >= '0' && cp <= '9' ? cp - '0' : -1;
        }
        return Props.DIGIT[Props.TABLE.record(cp)];
    }

    /** {@code unicodedata.numeric(chr(cp))}, or NaN when it has no numeric value. */
    public static double numeric(int cp) {
        int i = Props.NUMERIC[Props.TABLE.record(cp)];
        return i < 0 ? Double.NaN : Props.NUMERIC_VALUES[i];
    }

    /** {@code unicodedata.category(chr(cp))}, e.g. "Lu"; "Cn" when unassigned. */
    public static String category(int cp) {
        return Props.CATEGORY_NAMES[Props.CATEGORY[Props.TABLE.record(cp)]];
    }

    /** {@code unicodedata.bidirectional(chr(cp))}; the empty string when it has none. */
    public static String bidirectional(int cp) {
        return Props.BIDI_NAMES[Props.BIDI[Props.TABLE.record(cp)]];
    }

    /** {@code unicodedata.combining(chr(cp))}: the canonical combining class. */
    public static int combining(int cp) {
        return Props.COMBINING[Props.TABLE.record(cp)];
    }

    /** {@code unicodedata.east_asian_width(chr(cp))}: one of F, H, W, Na, A, N. */
    public static String eastAsianWidth(int cp) {
        return Props.WIDTH_NAMES[Props.WIDTH[Props.TABLE.record(cp)]];
    }

    /** {@code unicodedata.mirrored(chr(cp)) == 1}. */
    public static boolean mirrored(int cp) {
        return Props.MIRRORED[Props.TABLE.record(cp)] != 0;
    }
}
