package dev.pyxis.python3.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.pyxis.python3.tokenizer.PySyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Compiles every .py file of a CPython 3.11 standard library and verifies the code. Runs only
 * when {@code PYXIS_STDLIB=/path/to/lib/python3.11} (or the system property pyxis.stdlib) is given (the library is not part of the
 * repository). Files CPython itself rejects (lib2to3 test data, bad-syntax test inputs) are
 * listed in the failure message rather than hidden: a failure names every file that did not compile.
 */
class StdlibCompileTest {

    @Test
    void compilesTheStandardLibrary() throws IOException {
        String dir = System.getProperty("pyxis.stdlib", System.getenv("PYXIS_STDLIB"));
        assumeTrue(dir != null, "set PYXIS_STDLIB (or -Dpyxis.stdlib) to a CPython 3.11 Lib directory to run this test");
        List<String> failures = new ArrayList<>();
        int[] compiled = {0};
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                try {
                    BytecodeVerifier.verifyTree(Python3Compiler.compile(Files.readAllBytes(py), py.toString(),
                            CompileMode.EXEC, 0));
                    compiled[0]++;
                } catch (PySyntaxError e) {
                    failures.add(py + ": " + e.getMessage());
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(py + ": " + e);
                }
            }
        }
        assertEquals(List.of(), failures, compiled[0] + " files compiled");
    }
}
