package dev.pyxis.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Ctrl-C as a shell delivers it: a real SIGINT to a launcher process. The program must see
 * KeyboardInterrupt in a busy loop, in a sleep and while input() waits for a line (which still
 * arrives afterwards), and an uncaught one must end it with
 * CPython's traceback and status 130 (killed by SIGINT) instead of the JVM's own exit.
 */
class CtrlCTest {
    @TempDir
    Path dir;

    private static final String PROGRAM = """
            import time
            print("loop", flush=True)
            try:
                while True:
                    pass
            except KeyboardInterrupt as e:
                print("caught in loop", e.args, flush=True)
            print("sleep", flush=True)
            try:
                time.sleep(120)
            except KeyboardInterrupt:
                print("caught in sleep", flush=True)
            print("input", flush=True)
            try:
                input()
            except KeyboardInterrupt:
                print("caught in input", flush=True)
            print("after", input(), flush=True)
            print("uncaught", flush=True)
            while True:
                pass
            """;

    @Test
    void sigintRaisesKeyboardInterrupt() throws Exception {
        // A process started in the background by a non-interactive shell ignores SIGINT, and so do
        // its children: the JVM then leaves the signal ignored (as it should), and no Ctrl-C can
        // arrive. Run the build in the foreground to run this test.
        assumeFalse(sigintIgnored(), "SIGINT is ignored in this process (started in the background?)");
        Path script = dir.resolve("spin.py");
        Files.writeString(script, PROGRAM);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), script.toString())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                lines.add(line);
                if (line.equals("loop") || line.equals("sleep") || line.equals("input") || line.equals("uncaught")) {
                    // Let the program get into its loop, sleep or read: the interrupt must find it there.
                    Thread.sleep(300);
                    assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor());
                } else if (line.equals("caught in input")) {
                    p.getOutputStream().write("typed\n".getBytes(StandardCharsets.UTF_8));
                    p.getOutputStream().flush();
                }
            }
        } finally {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
        }
        assertEquals(List.of("loop", "caught in loop ()", "sleep", "caught in sleep", "input", "caught in input",
                "after typed", "uncaught"), lines);
        assertEquals(130, p.exitValue());
        String err = Files.readString(dir.resolve("stderr.txt"));
        assertTrue(err.startsWith("Traceback (most recent call last):\n  File \"" + script + "\", line ")
                && err.endsWith("\nKeyboardInterrupt\n"), err);
    }

    /** Whether this process ignores SIGINT (its children then do too): the SigIgn mask of /proc/self/status. */
    private static boolean sigintIgnored() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("SigIgn:")) {
                return (Long.parseUnsignedLong(line.substring(7).strip(), 16) & (1L << (2 - 1))) != 0;
            }
        }
        return false;
    }
}
