package dev.pyxis.python3.frontend;

import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.SourceCompiler;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The REPL's question "is this statement unfinished?" against CPython 3.11's codeop verdicts
 * ({@code incomplete.txt}, written by {@code regen_incomplete.py}): incomplete, complete, or an
 * error that compiling reports now.
 */
class InteractiveInputTest {
    private final SourceCompiler compiler = Python3SourceCompiler.INSTANCE;

    @TestFactory
    List<DynamicTest> verdictsAgreeWithCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : resource("incomplete.txt").split("\n")) {
            int tab = line.indexOf('\t');
            String expected = line.substring(0, tab);
            String source = unescape(line.substring(tab + 1));
            tests.add(DynamicTest.dynamicTest(expected + ": " + line.substring(tab + 1),
                    () -> assertEquals(expected, verdict(source), line)));
        }
        return tests;
    }

    private String verdict(String source) {
        if (compiler.isIncomplete(source)) {
            return "incomplete";
        }
        try {
            compiler.compile(null, source, "<stdin>", SourceCompiler.Mode.SINGLE, 0, (c, m, f, l) -> { });
            return "complete";
        } catch (CompileFailure e) {
            return "error";
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = InteractiveInputTest.class.getResourceAsStream("/frontend/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Undoes the generator's escapes: backslash, newline, tab. */
    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
