package dev.pyxis.launcher;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a user sees it, in-process: exit status, stdout, stderr. The python3 cases
 * come from CPython ({@code cli/cases.txt}); stdin is not a terminal in all of them.
 */
class MainTest {
    @TempDir
    Path dir;

    record Run(int status, String out, String err) {}

    static Run run(String stdin, Map<String, String> env, List<String> args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        var console = new ProgramRunner.Console(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), o, e, () -> false);
        int status = new Main(console, env, CliData.PROG).run(args);
        o.flush();
        e.flush();
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static Run run(String... args) {
        return run("", Map.of(), List.of(args));
    }

    /**
     * Every case must give CPython's status, stdout and stderr, except those in
     * {@code cli/pending.txt} (what the interpreter cannot do yet), which must still differ.
     */
    @TestFactory
    List<DynamicTest> likeCPython() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        Set<String> pending = CliData.pending();
        for (CliData.Case c : CliData.cases()) {
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                Path d = Files.createTempDirectory(dir, c.name());
                CliData.copyFiles(d);
                String base = d.toString();
                List<String> args = c.args().stream().map(a -> a.replace(CliData.DIR, base)).toList();
                Run r = run(c.stdin(), Map.of(), args);
                String expected = "exit " + c.status() + "\n--- stdout\n" + c.stdout() + "--- stderr\n" + c.stderr();
                String actual = "exit " + r.status + "\n--- stdout\n" + r.out.replace(base, CliData.DIR)
                        + "--- stderr\n" + r.err.replace(base, CliData.DIR);
                if (pending.contains(c.name())) {
                    assertNotEquals(expected, actual, c.name() + " passes now: remove it from cli/pending.txt");
                } else {
                    assertEquals(expected, actual, String.join(" ", args));
                }
            }));
        }
        return tests;
    }

    @Test
    void versionTwiceShowsThePyxisBuild() {
        Run r = run("-VV");
        assertEquals(0, r.status);
        assertTrue(r.out.matches("Python 3\\.11\\.7 \\(Pyxis \\d+\\.\\d+\\.\\d+\\S*\\) \\[Java \\S+\\]\\R"), r.out);
    }

    @Test
    void bannerNamesPythonAndPyxis() {
        Run r = run("", Map.of(), List.of("-i"));
        assertEquals(0, r.status, r.err);
        String[] lines = r.err.split("\n", -1);
        assertTrue(lines[0].matches("Python 3\\.11\\.7 \\(Pyxis \\S+\\) \\[Java \\S+\\] on linux"), r.err);
        assertEquals("Type \"help\" for more information.", lines[1]);
        assertEquals(">>> ", lines[2]);
        assertEquals("", r.out);
    }

    @Test
    void pyxisVersionIsOneLine() {
        for (String[] args : new String[][] {{"--pyxis-version"}, {"-X", "version"}}) {
            Run r = run(args);
            assertEquals(0, r.status);
            assertTrue(r.out.matches("Pyxis \\d+\\.\\d+\\.\\d+\\S* \\(Java \\S+, plain mode\\)\\R"), r.out);
        }
    }

    @Test
    void helpGoesToStdout() {
        Run r = run("-h");
        assertEquals(0, r.status);
        assertTrue(r.out.startsWith("usage: {prog} [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"), r.out);
        assertTrue(r.out.contains("-X gc=NAME"), r.out);
        assertEquals("", r.err);
    }

    @Test
    void componentsMarkTheProfilesChoices() throws IOException {
        Run defaults = run("--components");
        assertEquals(0, defaults.status, defaults.err);
        assertTrue(defaults.out.contains("* python3"), defaults.out);
        assertTrue(defaults.out.contains("* semispace"), defaults.out);
        assertTrue(defaults.out.contains("  marksweep"), defaults.out);
        assertTrue(defaults.out.contains("jit (optional)"), defaults.out);

        Run nogc = run("--profile", profile("gc = nogc\n").toString(), "--components");
        assertEquals(0, nogc.status, nogc.err);
        assertTrue(nogc.out.contains("* nogc"), nogc.out);
        assertFalse(nogc.out.contains("* semispace"), nogc.out);

        Run x = run("-X", "gc=marksweep", "--components");
        assertTrue(x.out.contains("* marksweep"), x.out);
    }

    @Test
    void badCollectorSaysWhatIsAvailable() throws IOException {
        for (Run r : List.of(run("--profile", profile("gc = foo\n").toString(), "-c", "pass"), run("-X", "gc=foo", "-c", "pass"))) {
            assertEquals(2, r.status);
            assertTrue(r.err.startsWith("pyxis: unknown gc 'foo'; available: "), r.err);
            assertTrue(r.err.contains("marksweep"), r.err);
            assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
            assertEquals("", r.out);
        }
    }

    @Test
    void badHeapSizeIsAUsageError() {
        Run r = run("-X", "heap=lots", "-c", "pass");
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("pyxis: -X heap: 'lots' is not a size"), r.err);
    }

    @Test
    void badProfileLineIsNamed() throws IOException {
        Run r = run("--profile", profile("gc = semispace\nheap = lots\n").toString(), "--components");
        assertEquals(2, r.status);
        assertTrue(r.err.contains("test.profile:2: heap:"), r.err);
    }

    @Test
    void missingProfileFile() {
        Run r = run("--profile", dir.resolve("absent").toString(), "-c", "pass");
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("pyxis: no profile file "), r.err);
    }

    @Test
    void profileWithoutFrontEndCannotRunPrograms() throws IOException {
        Run r = run("--profile", profile("frontend = none\n").toString(), "-c", "pass");
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("pyxis: the profile has no front end (frontend = none)"), r.err);
    }

    @Test
    void collectorAndStressOptionsRunPrograms() {
        for (String[] args : new String[][] {{"-X", "gc=marksweep", "-X", "checked"}, {"-X", "stress=3"}, {"-Xstress=7", "-Xheap=32m"}}) {
            List<String> all = new ArrayList<>(List.of(args));
            all.addAll(List.of("-c", "1 + 2"));
            Run r = run("", Map.of(), all);
            assertEquals(0, r.status, all + ": " + r.err);
            assertEquals("", r.err + r.out);
        }
    }

    /** -X dis lists the bytecode of the program and of the functions in it, and runs nothing. */
    @Test
    void disListsTheBytecodeInsteadOfRunning() {
        Run r = run("-X", "dis", "-c", "def f(a):\n    return a + 1\nprint(f(2))");
        assertEquals(0, r.status, r.err);
        assertEquals("", r.err);
        assertTrue(r.out.startsWith("Disassembly of <module> (<string>, line 1)"), r.out);
        assertTrue(r.out.contains("Disassembly of f (<string>, line 1): args=1"), r.out);
        assertTrue(r.out.contains("BINARY_OP") && r.out.contains("RETURN_VALUE"), r.out);
        assertFalse(r.out.contains("\n3\n"), "the program must not run: " + r.out);

        Run bad = run("-X", "dis", "-c", "1 +");
        assertEquals(1, bad.status);
        assertTrue(bad.err.endsWith("SyntaxError: invalid syntax\n"), bad.err);
    }

    @Test
    void osgiRunsNoPrograms() {
        Run r = run("--osgi", "x.py");
        assertEquals(2, r.status);
        assertTrue(r.err.contains("--osgi starts the OSGi shell"), r.err);
    }

    private Path profile(String text) throws IOException {
        return Files.writeString(dir.resolve("test.profile"), text);
    }
}
