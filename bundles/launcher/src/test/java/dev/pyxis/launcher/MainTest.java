package dev.pyxis.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The plain-mode command line, as a user sees it: exit status, stdout, stderr. */
class MainTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.commandLine().setOut(new PrintWriter(out)).setErr(new PrintWriter(err)).execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    private Path profile(String text) throws IOException {
        return Files.writeString(dir.resolve("test.profile"), text);
    }

    @Test
    void versionIsOneLine() {
        Run r = run("--version");
        assertEquals(0, r.status);
        assertTrue(r.out.matches("Pyxis \\d+\\.\\d+\\.\\d+\\S* \\(Java \\S+, plain mode\\)\\R"), r.out);
    }

    @Test
    void componentsMarkTheProfilesChoices() throws IOException {
        Run defaults = run("--components");
        assertEquals(0, defaults.status, defaults.err);
        assertTrue(defaults.out.contains("* semispace"), defaults.out);
        assertTrue(defaults.out.contains("  nogc"), defaults.out);
        assertTrue(defaults.out.contains("jit (optional)"), defaults.out);
        assertTrue(defaults.out.contains("* none"), defaults.out);

        Run nogc = run("--profile", profile("gc = nogc\n").toString(), "--components");
        assertEquals(0, nogc.status, nogc.err);
        assertTrue(nogc.out.contains("* nogc"), nogc.out);
        assertFalse(nogc.out.contains("* semispace"), nogc.out);
    }

    @Test
    void badProfileSaysWhyWithoutStackTrace() throws IOException {
        Run r = run("--profile", profile("gc = foo\n").toString());
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("pyxis: unknown gc 'foo'; available: "), r.err);
        assertTrue(r.err.contains("semispace"), r.err);
        assertFalse(r.err.contains("Exception") || r.err.contains("\tat "), r.err);
        assertEquals("", r.out);
    }

    @Test
    void badProfileLineIsNamed() throws IOException {
        Run r = run("--profile", profile("gc = semispace\nheap = lots\n").toString(), "--components");
        assertEquals(2, r.status);
        assertTrue(r.err.contains("test.profile:2: heap:"), r.err);
    }

    @Test
    void missingProfileFile() {
        Run r = run("--profile", dir.resolve("absent").toString());
        assertEquals(2, r.status);
        assertTrue(r.err.startsWith("pyxis: no profile file "), r.err);
    }

    @Test
    void scriptNeedsAFrontEnd() {
        Run r = run("hello.py", "--components");
        assertEquals(2, r.status);
        assertTrue(r.err.contains("cannot run 'hello.py': no Python front end"), r.err);
        assertEquals("", r.out, "options after the script belong to the script");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run r = run("--bogus");
        assertEquals(2, r.status);
        assertTrue(r.err.contains("Unknown option: '--bogus'"), r.err);
    }
}
