package dev.pyxis.python3.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.Opcode;
import dev.pyxis.python3.tokenizer.PySyntaxError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares compile-time SyntaxErrors (message and positions) and SyntaxWarnings with CPython 3.11's,
 * recorded by src/test/resources/compiler/regen.py for the focused inputs and the golden corpus.
 * Programs that compile must also pass the bytecode verifier, and every code unit must have
 * CPython's qualified name, first line, argument counts, flags, docstring and variable names.
 */
class CompileErrorTest {

    @TestFactory
    Stream<DynamicTest> expectations() throws IOException {
        Path base = Path.of("src/test/resources/compiler/expected");
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.walk(base)) {
            for (Path exp : files.filter(p -> p.toString().endsWith(".compile")).sorted().toList()) {
                String rel = base.relativize(exp).toString();
                String stem = rel.substring(0, rel.length() - ".compile".length()) + ".py";
                Path py = stem.startsWith("golden/") ? Path.of("../tests/golden/py3").resolve(stem.substring(7))
                        : Path.of("src/test/resources/compiler").resolve(stem);
                tests.add(DynamicTest.dynamicTest(rel, () -> check(py, exp)));
            }
        }
        return tests.stream();
    }

    static void check(Path py, Path expected) throws IOException {
        StringBuilder out = new StringBuilder();
        String result;
        try {
            CodeUnit code = Python3Compiler.compile(Files.readAllBytes(py), py.getFileName().toString(),
                    CompileMode.EXEC, 0, (category, message, filename, lineno) ->
                            out.append("warning ").append(category).append(' ').append(lineno).append(' ')
                                    .append(message).append('\n'));
            BytecodeVerifier.verifyTree(code);
            StringBuilder b = new StringBuilder("ok");
            describe(code, b);
            result = b.toString();
        } catch (PySyntaxError e) {
            result = "SyntaxError " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " "
                    + (e.endOffset() == null ? "None" : e.endOffset()) + " " + e.msg();
        }
        out.append(result).append('\n');
        assertEquals(Files.readString(expected), out.toString());
    }

    /** The code attributes regen.py records, depth-first in the order live code loads them. */
    static void describe(CodeUnit co, StringBuilder b) {
        Object first = co.constants().length > 0 ? co.constants()[0] : null;
        String doc = first instanceof String s && (co.flags() & CodeUnit.OPTIMIZED) != 0 ? Repr.of(s) : "None";
        b.append("\ncode ").append(co.qualname()).append(' ').append(co.firstLineno()).append(' ')
                .append(co.argCount()).append(' ').append(co.posOnlyArgCount()).append(' ')
                .append(co.kwOnlyArgCount()).append(' ').append(co.flags()).append(' ').append(doc)
                .append(" varnames=").append(String.join(",", co.varnames()))
                .append(" cellvars=").append(String.join(",", co.cellvars()))
                .append(" freevars=").append(String.join(",", co.freevars()));
        for (int insn : co.code()) {
            if (Opcode.of(insn) == Opcode.LOAD_CONST && co.constants()[Opcode.operand(insn)] instanceof CodeUnit child) {
                describe(child, b);
            }
        }
    }
}
