package dev.pyxis.launcher;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CPython's option rules: sys.argv against CPython's ({@code cli/argv.txt}), and Pyxis's own options. */
class ArgumentParserTest {
    @TestFactory
    List<DynamicTest> argvIsCPythons() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String[] c : CliData.argv()) {
            List<String> args = CliData.args(c[0]);
            tests.add(DynamicTest.dynamicTest(String.join(" ", args),
                    () -> assertEquals(c[1], repr(ArgumentParser.parse(args).argv()))));
        }
        return tests;
    }

    @Test
    void programKinds() throws UsageError {
        assertEquals(Invocation.Program.NONE, parse().program());
        assertEquals(List.of(""), parse().argv());
        assertEquals(Invocation.Program.SCRIPT, parse("-i", "x.py", "-c").program());
        assertEquals("x.py", parse("-i", "x.py", "-c").target());
        assertEquals(Invocation.Program.COMMAND, parse("-c", "pass").program());
        Invocation m = parse("-mjson.tool", "-i");
        assertEquals(Invocation.Program.MODULE, m.program());
        assertEquals("json.tool", m.target());
        assertEquals(List.of("-m", "-i"), m.argv());
        assertFalse(m.inspect(), "-i after -m belongs to the module");
        assertEquals(Invocation.Program.STDIN, parse("-", "a").program());
        assertEquals(Invocation.Program.SCRIPT, parse("--", "-c").program());
    }

    @Test
    void groupedFlags() throws UsageError {
        Invocation i = parse("-iuq", "-OO", "-c", "pass");
        assertTrue(i.inspect() && i.unbuffered() && i.quiet());
        assertEquals("iuqOO", i.flags());
        assertTrue(parse("-I", "-c", "pass").ignoreEnvironment());
    }

    @Test
    void versionAndHelp() throws UsageError {
        assertEquals(1, parse("-V").versionCount());
        assertEquals(2, parse("-VV").versionCount());
        assertEquals(2, parse("-V", "--version").versionCount());
        assertTrue(parse("-h").help());
        assertTrue(parse("-?").help());
        assertTrue(parse("--help-all").help());
        assertEquals(0, parse("-c", "pass", "-V").versionCount());
    }

    @Test
    void pyxisOptions() throws UsageError {
        Invocation i = parse("-X", "gc=marksweep", "-Xheap=64m", "-X", "stress", "-Xchecked", "--profile", "p.txt", "x.py");
        assertEquals(Map.of("gc", "marksweep", "heap", "64m", "stress", "true", "checked", "true"), i.xOptions());
        assertEquals(List.of("gc", "heap", "stress", "checked"), List.copyOf(i.xOptions().keySet()));
        assertEquals(Path.of("p.txt"), i.profile());
        assertEquals(Path.of("q"), parse("-X", "profile=q").profile());
        assertEquals(Path.of("r"), parse("--profile=r").profile());
        assertTrue(parse("-X", "version").pyxisVersion());
        assertTrue(parse("--pyxis-version").pyxisVersion());
        assertTrue(parse("--components").components());
        assertTrue(parse("--osgi").osgi());
        assertEquals(List.of("error", "ignore::DeprecationWarning"), parse("-Werror", "-W", "ignore::DeprecationWarning").warnOptions());
    }

    @Test
    void usageErrorsNameTheOption() {
        assertEquals("Unknown option: -Q", assertThrows(UsageError.class, () -> parse("-iQ")).getMessage());
        assertEquals("unknown option --bogus", assertThrows(UsageError.class, () -> parse("--bogus")).getMessage());
        assertEquals("Argument expected for the -c option", assertThrows(UsageError.class, () -> parse("-ic")).getMessage());
        assertEquals("Argument expected for the --profile option", assertThrows(UsageError.class, () -> parse("--profile")).getMessage());
    }

    private static Invocation parse(String... args) throws UsageError {
        return ArgumentParser.parse(List.of(args));
    }

    /** Python's repr of a list of str, enough for the data (ASCII). */
    private static String repr(List<String> list) {
        List<String> items = new ArrayList<>();
        for (String s : list) {
            items.add("'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'");
        }
        return "[" + String.join(", ", items) + "]";
    }
}
