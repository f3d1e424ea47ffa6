package dev.pyxis.python3.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Compares the tokenizer with golden files generated from CPython 3.11 by src/test/resources/tokens/regen.py. */
class GoldenTokenTest {

    /** Errors CPython reports from its parser, not its tokenizer: here the tokenizer must just succeed. */
    private static final Set<String> PARSER_ERRORS = Set.of(
            "diamond.bad.py",                  // '<>' is a NOTEQUAL token; the parser says "invalid syntax" (Barry-as-FLUFL check)
            "unexpected_indent.bad.py",        // IndentationError "unexpected indent": the parser, on an INDENT it cannot use
            "expected_indented_block.bad.py"   // IndentationError "expected an indented block after 'if' statement on line 1"
    );

    static Path dir() throws URISyntaxException {
        return Path.of(GoldenTokenTest.class.getResource("/tokens/regen.py").toURI()).getParent();
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char d = s.charAt(++i);
                b.append(switch (d) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    default -> d;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    }

    static String format(Token t) {
        return t.type() + "\t" + escape(t.text()) + "\t" + t.startLine() + "," + t.startCol() + "\t" + t.endLine() + "," + t.endCol();
    }

    @TestFactory
    Stream<DynamicTest> goldenTokens() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir())) {
            for (Path p : files.sorted().toList()) {
                String name = p.getFileName().toString();
                if (!name.endsWith(".py") || name.equals("regen.py")) continue;
                if (name.endsWith(".bad.py")) {
                    tests.add(DynamicTest.dynamicTest(name, () -> checkError(p, name)));
                } else {
                    tests.add(DynamicTest.dynamicTest(name, () -> checkTokens(p, name)));
                }
            }
        }
        assertTrue(tests.size() >= 80, "expected the golden inputs, found " + tests.size());
        return tests.stream();
    }

    private static void checkTokens(Path p, String name) throws IOException {
        Path golden = p.resolveSibling(name.substring(0, name.length() - 3) + ".tokens");
        List<String> expected = Files.readAllLines(golden, StandardCharsets.UTF_8);
        List<Token> actual = new Tokenizer(Files.readAllBytes(p), name, true).tokenizeAll();
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            assertEquals(expected.get(i), format(actual.get(i)), name + ": token " + i);
        }
        assertEquals(expected.size(), actual.size(), name + ": token count");
        // Without COMMENT/NL the stream is the same minus those tokens.
        List<Token> semantic = new Tokenizer(Files.readAllBytes(p), name, false).tokenizeAll();
        List<String> filtered = expected.stream().filter(l -> !l.startsWith("COMMENT\t") && !l.startsWith("NL\t")).toList();
        assertEquals(filtered, semantic.stream().map(GoldenTokenTest::format).toList(), name + ": without COMMENT/NL");
    }

    private static void checkError(Path p, String name) throws IOException {
        byte[] src = Files.readAllBytes(p);
        if (PARSER_ERRORS.contains(name)) {
            new Tokenizer(src, name, false).tokenizeAll();
            return;
        }
        Path golden = p.resolveSibling(name.substring(0, name.length() - 3) + ".error");
        String[] f = Files.readString(golden, StandardCharsets.UTF_8).stripTrailing().split("\t", -1);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> new Tokenizer(src, name, false).tokenizeAll(), name);
        assertEquals(f[0], e.typeName(), name + ": type");
        assertEquals(unescape(f[1]), e.msg(), name + ": msg");
        assertEquals(f[2], String.valueOf(e.lineno()), name + ": lineno");
        assertEquals(f[3], String.valueOf(e.offset()), name + ": offset");
        assertEquals(f[4], e.endLineno() == null ? "None" : e.endLineno().toString(), name + ": end_lineno");
        assertEquals(f[5], e.endOffset() == null ? "None" : e.endOffset().toString(), name + ": end_offset");
        assertNotNull(e.getMessage());
    }
}
