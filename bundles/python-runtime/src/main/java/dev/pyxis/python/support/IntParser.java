package dev.pyxis.python.support;

import java.math.BigInteger;

/**
 * {@code int(s, base)} for a str: base 0 (prefix decides, no leading zeros in decimal) or
 * 2..36, surrounding whitespace, a sign, a 0x/0o/0b prefix, single underscores between
 * digits, Unicode decimal digits, and the integer string conversion digit limit for bases
 * that are not powers of two.
 */
public final class IntParser {
    private IntParser() {
    }

    /**
     * {@code int(s, base)} when the value fits a long.
     *
     * @throws ArithmeticException when the literal is valid but its value does not fit: use
     *                             {@link #parse} then
     */
    public static long parseLong(String s, int base) {
        Digits d = scan(s, base, 0);
        int bitsPerDigit = 32 - Integer.numberOfLeadingZeros(d.base - 1);
        if ((long) d.count * bitsPerDigit > 63) {
            BigInteger v = d.value();
            if (v.bitLength() > 63) {
                throw new ArithmeticException("long overflow");
            }
            return v.longValue();
        }
        long v = IntText.parseSmall(d.digits, 0, d.count, d.base);
        return d.negative ? -v : v;
    }

    /**
     * {@code int(s, base)}.
     *
     * @param maxStrDigits the current digit limit ({@code sys.get_int_max_str_digits()}), 0 for none
     * @throws PyFailure ValueError for a bad base, an invalid literal or too many digits
     */
    public static BigInteger parse(String s, int base, int maxStrDigits) {
        return scan(s, base, maxStrDigits).value();
    }

    /** The ValueError "invalid literal for int() with base B: 'repr'" (repr cut at 200). */
    public static PyFailure invalidLiteral(String s, int base) {
        String r = StrRepr.repr(s);
        if (r.codePointCount(0, r.length()) > 200) {
            r = r.substring(0, r.offsetByCodePoints(0, 200));
        }
        return PyFailure.valueError("invalid literal for int() with base " + base + ": " + r);
    }

    /** Validated ASCII digits of a literal. */
    private record Digits(byte[] digits, int count, int base, boolean negative) {
        BigInteger value() {
            BigInteger v = IntText.parseDigits(digits, 0, count, base);
            return negative ? v.negate() : v;
        }
    }

    private static Digits scan(String s, int base, int maxStrDigits) {
        if (base != 0 && (base < 2 || base > 36)) {
            throw PyFailure.valueError("int() base must be >= 2 and <= 36, or 0");
        }
        int n = s.length();
        int i = NumberChars.skipSpace(s, 0, n);
        boolean negative = false;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i++) == '-';
        }
        int b = base;
        boolean prefixed = false;
        if (i + 1 < n && s.charAt(i) == '0') {
            int p = prefixBase(s.charAt(i + 1));
            if (p != 0 && (base == 0 || base == p)) {
                b = p;
                prefixed = true;
                i += 2;
                if (i < n && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        boolean decimalBase0 = b == 0;
        if (decimalBase0) {
            b = 10;
        }
        byte[] digits = new byte[n - i];
        int count = 0;
        boolean nonZero = false;
        while (i < n) {
            int cp = s.codePointAt(i);
            int d = digitValue(cp);
            if (d >= 0 && d < b) {
                digits[count++] = (byte) (d < 10 ? '0' + d : 'a' + d - 10);
                nonZero |= d != 0;
                i += Character.charCount(cp);
            } else if (cp == '_' && count > 0) {
                int next = i + 1 < n ? digitValue(s.codePointAt(i + 1)) : -1;
                if (next < 0 || next >= b) {
                    throw invalidLiteral(s, base);
                }
                i++;
            } else {
                break;
            }
        }
        if (count == 0) {
            throw invalidLiteral(s, base);
        }
        if (maxStrDigits > 0 && Integer.bitCount(b) != 1 && count > maxStrDigits) {
            throw IntText.tooManyDigitsIn(maxStrDigits, count);
        }
        if (NumberChars.skipSpace(s, i, n) != n || decimalBase0 && nonZero && digits[0] == '0') {
            throw invalidLiteral(s, base);
        }
        return new Digits(digits, count, b, negative);
    }

    private static int prefixBase(char c) {
        return switch (c | 0x20) {
            case 'x' -> 16;
            case 'o' -> 8;
            case 'b' -> 2;
            default -> 0;
        };
    }

    /** Value of a digit in bases up to 36: Unicode decimals, then ASCII letters; else -1. */
    private static int digitValue(int cp) {
        int lower = cp | 0x20;
        if (cp < 0x80 && lower >= 'a' && lower <= 'z') {
            return lower - 'a' + 10;
        }
        return NumberChars.decimalValue(cp);
    }
}
