package dev.pyxis.python3.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyxis.python3.ast.Mod;
import dev.pyxis.python3.parser.Parser;
import dev.pyxis.python3.tokenizer.PySyntaxError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Compares our symbol tables with CPython 3.11's {@code symtable} module: the expected files are
 * written by src/test/resources/symtable/regen.py for the focused cases and every golden program.
 */
class SymbolTableTest {

    static Path resources() {
        return Path.of("src/test/resources/symtable");
    }

    static Path golden() {
        return Path.of("../tests/golden/py3");
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(resources().resolve("cases"))) {
            for (Path py : files.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
                Path expected = Path.of(py.toString().replace(".py", ".symtable"));
                tests.add(DynamicTest.dynamicTest(py.getFileName().toString(), () -> check(py, expected)));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> goldenPrograms() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Path base = resources().resolve("golden");
        try (Stream<Path> files = Files.walk(base)) {
            for (Path exp : files.filter(p -> p.toString().endsWith(".symtable")).sorted().toList()) {
                String rel = base.relativize(exp).toString();
                Path py = golden().resolve(rel.substring(0, rel.length() - ".symtable".length()) + ".py");
                tests.add(DynamicTest.dynamicTest(rel, () -> check(py, exp)));
            }
        }
        return tests.stream();
    }

    static void check(Path py, Path expected) throws IOException {
        byte[] src = Files.readAllBytes(py);
        String name = py.getFileName().toString();
        Mod mod = Parser.parseModule(src, name);
        String actual;
        try {
            boolean future = new String(src, StandardCharsets.UTF_8).contains("from __future__ import annotations");
            SymbolTable st = SymbolTable.build(mod, new ErrorReporter(name, null), future);
            StringBuilder b = new StringBuilder();
            dump(st.top(), "", b);
            actual = b.toString();
        } catch (PySyntaxError e) {
            actual = "SyntaxError " + e.lineno() + " " + e.offset() + " " + e.endLineno() + " " + e.endOffset() + " "
                    + e.msg() + "\n";
        }
        assertEquals(Files.readString(expected), actual);
    }

    static void dump(Scope s, String indent, StringBuilder b) {
        String type = switch (s.kind()) {
            case MODULE -> "module";
            case CLASS -> "class";
            case FUNCTION -> "function";
        };
        b.append(indent).append(type).append(' ').append(s.name()).append(' ').append(s.lineno()).append('\n');
        s.symbols().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(en ->
                b.append(indent).append("  ").append(en.getKey()).append(' ').append(Symbols.scopeOf(en.getValue()))
                        .append(' ').append(Symbols.flagsOf(en.getValue())).append('\n'));
        for (Scope c : s.children()) {
            dump(c, indent + "  ", b);
        }
    }
}
