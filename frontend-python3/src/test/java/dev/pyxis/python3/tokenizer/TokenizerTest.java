package dev.pyxis.python3.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written checks for what the golden files cannot express; expectations verified with CPython 3.11.7. */
class TokenizerTest {

    @Test
    void pullApiKeepsReturningEndmarker() {
        Tokenizer t = new Tokenizer("x\n", false);
        assertEquals(TokenType.NAME, t.next().type());
        assertEquals(TokenType.NEWLINE, t.next().type());
        assertEquals(TokenType.ENDMARKER, t.next().type());
        assertEquals(TokenType.ENDMARKER, t.next().type());
    }

    /** `python f.py` (file mode): "Non-UTF-8 code starting with '\xff' in file f.py on line 1, ...". */
    @Test
    void nonUtf8WithoutDeclarationFileMode() {
        byte[] src = "x = \"\u00ff\"\n".getBytes(StandardCharsets.ISO_8859_1);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> new Tokenizer(src, "f.py", false));
        assertEquals("Non-UTF-8 code starting with '\\xff' in file f.py on line 1, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e.msg());
        byte[] src2 = "x = 1\n# \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        PySyntaxError e2 = assertThrows(PySyntaxError.class, () -> new Tokenizer(src2, "f.py", false));
        assertEquals("Non-UTF-8 code starting with '\\xe9' in file f.py on line 2, but no encoding declared; "
                + "see https://peps.python.org/pep-0263/ for details", e2.msg());
        assertEquals(2, e2.lineno());
    }

    /** The tokenize module splits at a combining mark (its regex \w); the C tokenizer takes XID_Continue. */
    @Test
    void combiningMarkContinuesIdentifier() {
        List<Token> toks = Tokenizer.tokenize("cafe\u0301 = 1\n", false);
        assertEquals(new Token(TokenType.NAME, "cafe\u0301", 1, 0, 1, 5), toks.get(0));
    }

    @Test
    void codingOnLine2IgnoredAfterCode() {
        byte[] src = "x = 1\n# coding: latin-1\ns = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> new Tokenizer(src, "f.py", false));
        assertTrue(e.msg().startsWith("Non-UTF-8 code starting with '\\xe9' in file f.py on line 3"), e.msg());
    }

    @Test
    void astralColumnsCountCodePoints() {
        List<Token> toks = Tokenizer.tokenize("s = '\uD835\uDD18\uD835\uDD2B' + x\n", false);
        assertEquals(new Token(TokenType.STRING, "'\uD835\uDD18\uD835\uDD2B'", 1, 4, 1, 8), toks.get(2));
        assertEquals(new Token(TokenType.NAME, "x", 1, 11, 1, 12), toks.get(4));
    }

    /** Not a correctness test: prints tokens per second on a large generated file. */
    @Test
    void speed() {
        String unit = """
                class C%d(Base, metaclass=Meta):
                    \"\"\"Docstring for the class,
                    over two lines.\"\"\"
                    def method(self, a, b=1.5e-3, *args, **kw) -> int:
                        # a comment
                        if a and not b or (a := [x ** 2 for x in range(0x1F)]):
                            return f"{a!r:>10} {b}" + 'single' + r"raw\\d"
                        elif a >= 10 and b != 0o17:
                            self.value //= 3; self.other @= m
                        return {"k": [1, 2, 3], 'v': (4j, 5_000, ...)}

                """;
        StringBuilder b = new StringBuilder();
        for (int i = 0; b.length() < 4_000_000; i++) b.append(unit.formatted(i));
        String src = b.toString();
        long best = Long.MAX_VALUE;
        int count = 0;
        for (int round = 0; round < 5; round++) {
            long t0 = System.nanoTime();
            Tokenizer t = new Tokenizer(src, false);
            int c = 0;
            while (t.next().type() != TokenType.ENDMARKER) c++;
            best = Math.min(best, System.nanoTime() - t0);
            count = c;
        }
        double perSec = count / (best / 1e9);
        System.out.printf("tokenizer speed: %d tokens, %.1f MB source, %.2f M tokens/s, %.1f MB/s%n",
                count, src.length() / 1e6, perSec / 1e6, src.length() / 1e6 / (best / 1e9));
        assertTrue(count > 100_000);
    }
}
