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
 * repository). Files CPython itself rejects (bad-syntax test inputs) are listed in
 * src/test/resources/compiler/stdlib-rejected.txt (written by stdlib_rejected.py) and must be
 * rejected here too; every other file must compile and verify. A failure names every file.
 */
class StdlibCompileTest {

    @Test
    void compilesTheStandardLibrary() throws IOException {
        String dir = System.getProperty("pyxis.stdlib", System.getenv("PYXIS_STDLIB"));
        assumeTrue(dir != null, "set PYXIS_STDLIB (or -Dpyxis.stdlib) to a CPython 3.11 Lib directory to run this test");
        java.util.Set<String> rejected = java.util.Set.copyOf(
                Files.readAllLines(Path.of("src/test/resources/compiler/stdlib-rejected.txt")));
        List<String> failures = new ArrayList<>();
        int[] compiled = {0};
        try (Stream<Path> files = Files.walk(Path.of(dir))) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py") && !p.toString().contains("site-packages"))
                    .sorted().toList()) {
                boolean cpythonRejects = rejected.contains(Path.of(dir).relativize(py).toString());
                try {
                    BytecodeVerifier.verifyTree(Python3Compiler.compile(Files.readAllBytes(py), py.toString(),
                            CompileMode.EXEC, 0));
                    compiled[0]++;
                    if (cpythonRejects) {
                        failures.add(py + ": compiled, but CPython rejects it");
                    }
                } catch (PySyntaxError e) {
                    if (!cpythonRejects) {
                        failures.add(py + ": " + e.getMessage());
                    }
                } catch (RuntimeException | StackOverflowError e) {
                    failures.add(py + ": " + e);
                }
            }
        }
        assertEquals(List.of(), failures, compiled[0] + " files compiled");
    }
}
