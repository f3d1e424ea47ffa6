package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.CodeUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compiles every program of the golden corpus (those CPython compiles: the ones with a symbol
 * table expected file) and the focused inputs, and verifies every code unit produced.
 */
class CompileGoldenTest {

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Path expected = Path.of("src/test/resources/symtable/golden");
        Path golden = Path.of("../tests/golden/py3");
        try (Stream<Path> files = Files.walk(expected)) {
            for (Path exp : files.filter(p -> p.toString().endsWith(".symtable")).sorted().toList()) {
                String rel = expected.relativize(exp).toString();
                Path py = golden.resolve(rel.substring(0, rel.length() - ".symtable".length()) + ".py");
                tests.add(DynamicTest.dynamicTest(rel, () -> compileAndVerify(py)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> focusedPrograms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/compiler/programs"))) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> compileAndVerify(py)));
            }
        }
        return tests.stream();
    }

    static CodeUnit compileAndVerify(Path py) throws IOException {
        CodeUnit code = Python3Compiler.compile(Files.readAllBytes(py), py.getFileName().toString(),
                CompileMode.EXEC, 0);
        BytecodeVerifier.verifyTree(code);
        return code;
    }
}
