package dev.pyxis.python3.parser;

import dev.pyxis.python3.ast.AstDump;
import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.tokenizer.PySyntaxError;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Parses every input of {@code src/test/resources/ast} (our cases and error inputs) and of the golden
 * corpus, and compares with what CPython 3.11 gave ({@code regen.py}): the full
 * {@code ast.dump(include_attributes=True)} text, or the SyntaxError's type, message and positions.
 */
class GoldenAstTest {

    private static final Path HERE = Path.of("src/test/resources/ast");
    private static final Path GOLDEN = Path.of("../tests/golden/py3");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(HERE.resolve("expected"))) {
            for (Path expected : files.filter(Files::isRegularFile).sorted().toList()) {
                String rel = HERE.resolve("expected").relativize(expected).toString().replace('\\', '/');
                String base = rel.substring(0, rel.lastIndexOf('.'));
                Path source = base.startsWith("golden/") ? GOLDEN.resolve(base.substring(7) + ".py") : HERE.resolve(base + ".py");
                tests.add(DynamicTest.dynamicTest(base, () -> check(base, source, expected)));
            }
        }
        assertTrue(tests.size() > 400, "corpus present");
        return tests.stream();
    }

    private static void check(String name, Path source, Path expected) throws IOException {
        byte[] src = Files.readAllBytes(source);
        String want = Files.readString(expected, StandardCharsets.UTF_8);
        if (expected.toString().endsWith(".ast")) {
            Mod.Module m;
            try {
                m = Parser.parseModule(src, "<unknown>");
            } catch (PySyntaxError e) {
                fail(name + ": unexpected " + describe(e).replace('\n', '|'));
                return;
            }
            assertSameDump(name, want.strip(), AstDump.dump(m, true));
        } else {
            try {
                Parser.parseModule(src, "<unknown>");
                fail(name + ": expected " + want.strip().replace('\n', '|'));
            } catch (PySyntaxError e) {
                assertEquals(want.strip().replace('\n', '|'), describe(e).replace('\n', '|'), name);
            }
        }
    }

    /** Compares dumps, reporting a short window around the first difference (dumps are long). */
    static void assertSameDump(String name, String want, String got) {
        if (want.equals(got)) return;
        int i = 0;
        while (i < want.length() && i < got.length() && want.charAt(i) == got.charAt(i)) i++;
        int from = Math.max(0, i - 150);
        fail(name + ": dumps differ at " + i + "\n want: ..." + want.substring(from, Math.min(want.length(), i + 150))
                + "\n got:  ..." + got.substring(from, Math.min(got.length(), i + 150)));
    }

    static String describe(PySyntaxError e) {
        return String.join("\n", e.typeName(), e.msg(), String.valueOf(e.lineno()), String.valueOf(e.offset()),
                String.valueOf(e.endLineno()), String.valueOf(e.endOffset()));
    }
}
