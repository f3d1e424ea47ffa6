package dev.pyxis.python3.parser;

import dev.pyxis.python3.ast.ImaginaryConstant;

import java.math.BigInteger;

/** Values of NUMBER tokens (already validated by the tokenizer). */
final class Numbers {
    private Numbers() {
    }

    /** A BigInteger, Double or ImaginaryConstant for the literal {@code text}. */
    static Object parse(String text) {
        String t = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        int n = t.length();
        char last = t.charAt(n - 1);
        if (last == 'j' || last == 'J') return new ImaginaryConstant(Double.parseDouble(t.substring(0, n - 1)));
        if (n > 1 && t.charAt(0) == '0') {
            char b = (char) (t.charAt(1) | 0x20);
            if (b == 'x') return new BigInteger(t.substring(2), 16);
            if (b == 'o') return new BigInteger(t.substring(2), 8);
            if (b == 'b') return new BigInteger(t.substring(2), 2);
        }
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') return Double.parseDouble(t);
        }
        if (n <= 18) return BigInteger.valueOf(Long.parseLong(t));
        return new BigInteger(t);
    }
}
