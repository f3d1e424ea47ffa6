package dev.pyxis.python3.frontend;

import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The front-end component and its compiler as the runtime and the launcher use them. */
class Python3SourceCompilerTest {
    private final SourceCompiler compiler = Python3SourceCompiler.INSTANCE;

    @Test
    void serviceLoaderFindsThePython3FrontEnd() {
        List<Frontend> found = ServiceLoader.load(Frontend.class).stream().map(ServiceLoader.Provider::get).toList();
        assertEquals(1, found.size());
        Frontend f = found.getFirst();
        assertEquals("python3", f.name());
        assertEquals("3.11", f.languageVersion());
        assertSame(compiler, f.adapt(SourceCompiler.class));
        assertNull(f.adapt(Runnable.class));
    }

    @Test
    void compilesBytesAndTextInEveryMode() {
        CodeUnit module = compiler.compile("x = 1\n".getBytes(StandardCharsets.UTF_8), null, "m.py",
                SourceCompiler.Mode.EXEC, 0, (c, m, f, l) -> { });
        assertEquals("m.py", module.filename());
        assertNotNull(compiler.compile(null, "1 + 2", "<string>", SourceCompiler.Mode.EVAL, 0, (c, m, f, l) -> { }));
        assertNotNull(compiler.compile(null, "x\n", "<stdin>", SourceCompiler.Mode.SINGLE, 0, (c, m, f, l) -> { }));
    }

    @Test
    void warningsReachTheSink() {
        List<String> seen = new ArrayList<>();
        compiler.compile(null, "x = 1 is 1\n", "w.py", SourceCompiler.Mode.EXEC, 0,
                (category, message, file, line) -> seen.add(category + ":" + file + ":" + line + ": " + message));
        assertEquals(List.of("SyntaxWarning:w.py:1: \"is\" with a literal. Did you mean \"==\"?"), seen);
    }

    @Test
    void sourceWithADeclaredEncodingIsDecoded() {
        byte[] latin1 = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        assertNotNull(compiler.compile(latin1, null, "l.py", SourceCompiler.Mode.EXEC, 0, (c, m, f, l) -> { }));
        byte[] bad = {'x', ' ', '=', ' ', '\'', (byte) 0xff, '\'', '\n'};
        CompileFailure e = assertThrows(CompileFailure.class,
                () -> compiler.compile(bad, null, "b.py", SourceCompiler.Mode.EXEC, 0, (c, m, f, l) -> { }));
        assertEquals("SyntaxError", e.typeName());
        assertEquals(0, e.offset(), "CPython has no column for a bad encoding");
    }

    /** Every field of the SyntaxError CPython raises for a file's source ({@code errors.txt}, from {@code regen_errors.py}). */
    @TestFactory
    List<DynamicTest> syntaxErrorsCarryCPythonsFields() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : InteractiveInputTest.resource("errors.txt").split("\n")) {
            String[] f = line.split("\t", -1);
            String source = InteractiveInputTest.unescape(f[7]);
            String expected = String.join(" | ", f[0], f[1], f[2], f[3], f[4], f[5], InteractiveInputTest.unescape(f[6]));
            tests.add(DynamicTest.dynamicTest(f[7], () -> {
                CompileFailure e = assertThrows(CompileFailure.class, () -> compiler.compile(
                        source.getBytes(StandardCharsets.UTF_8), null, "t.py", SourceCompiler.Mode.EXEC, 0, (c, m, fn, l) -> { }));
                assertEquals("t.py", e.filename());
                String actual = String.join(" | ", e.typeName(), e.msg(), String.valueOf(e.lineno()), String.valueOf(e.offset()),
                        String.valueOf(e.endLineno()), String.valueOf(e.endOffset()), e.text() == null ? "" : e.text());
                assertEquals(expected, actual);
            }));
        }
        return tests;
    }
}
