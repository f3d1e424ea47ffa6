package dev.pyxis.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The interactive prompt in a real terminal: tmux runs the launcher, types
 * {@code repl/keys-NAME.txt} as a person would (editing keys, Ctrl-C, history with Up, Ctrl-D),
 * and the screen must be what CPython 3.11 showed for the same keys
 * ({@code repl/transcript-NAME.txt}, from {@code repl/regen.py}). Sessions listed in
 * {@code repl/pending.txt} differ because of the interpreter and must still differ. Needs tmux;
 * without it the tests are skipped and say so.
 */
class ReplTerminalTest {
    private static final long STEP_TIMEOUT_MILLIS = 60_000;
    private static final long STILL_MILLIS = 400;
    private static final long ECHO_TIMEOUT_MILLIS = 5_000;

    @TempDir
    Path home;

    private final String socket = "pyxis-repl-test-" + ProcessHandle.current().pid();

    @Test
    void editingSessionLooksLikeCPythons() throws Exception {
        session("editing");
        String history = Files.readString(home.resolve(".pyxis_history"));
        assertTrue(history.contains("1 + 2") && history.contains("  y = 5"), history);
    }

    @Test
    void tracebacksDoNotEndTheSession() throws Exception {
        session("traceback");
    }

    private void session(String name) throws Exception {
        assumeTrue(hasTmux(), "tmux is not installed (apt-get install tmux): the terminal test cannot run");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String command = "env HOME=" + home + " " + java + " --enable-native-access=ALL-UNNAMED"
                + " --sun-misc-unsafe-memory-access=allow -Dpyxis.program=pyxis -cp " + System.getProperty("java.class.path")
                + " " + Main.class.getName() + " -q; echo EXIT=$?; sleep 600";
        try {
            tmux("new-session", "-d", "-s", "repl", "-x", "100", "-y", "40", command);
        } catch (IOException e) {
            // tmux's server has been seen to exit while starting on a loaded machine: once more.
            tmux("new-session", "-d", "-s", "repl", "-x", "100", "-y", "40", command);
        }
        try {
            settle();
            for (String step : resource("keys-" + name + ".txt")) {
                String[] keys = step.split("\\|");
                for (int i = 0; i < keys.length; i++) {
                    String before = screen();
                    tmux("send-keys", "-t", "repl", keys[i]);
                    if (i < keys.length - 1) {
                        echoed(before);
                    }
                }
                settle();
            }
            String expected = String.join("\n", resource("transcript-" + name + ".txt"));
            String actual = String.join("\n", trimmed(screen()));
            if (pending().contains(name)) {
                assertNotEquals(expected, actual, name + " looks like CPython's now: remove it from repl/pending.txt");
            } else {
                assertEquals(expected, actual);
            }
        } finally {
            new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor();
        }
    }

    /** Waits until the screen ends in a prompt or the exit line and has not changed for a moment. */
    private void settle() throws Exception {
        long deadline = System.currentTimeMillis() + STEP_TIMEOUT_MILLIS;
        String last = null;
        long since = System.currentTimeMillis();
        while (System.currentTimeMillis() < deadline) {
            String now = screen();
            if (!now.equals(last)) {
                last = now;
                since = System.currentTimeMillis();
            } else if (System.currentTimeMillis() - since >= STILL_MILLIS && endsInPrompt(now)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the screen did not settle on a prompt:\n" + last);
    }

    /**
     * Waits (a little) until a key's effect shows, as a person sees their typing before the next
     * key: on a loaded machine, Ctrl-C could otherwise arrive before the line editor read "abc".
     */
    private void echoed(String before) throws Exception {
        long deadline = System.currentTimeMillis() + ECHO_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline && screen().equals(before)) {
            Thread.sleep(20);
        }
    }

    private static boolean endsInPrompt(String screen) {
        List<String> lines = trimmed(screen);
        if (lines.isEmpty()) {
            return false;
        }
        String tail = lines.getLast();
        return tail.equals(">>>") || tail.equals("...") || tail.startsWith("EXIT=");
    }

    /** The screen's lines without trailing blanks, and without the empty lines below the text. */
    private static List<String> trimmed(String screen) {
        List<String> lines = new ArrayList<>();
        for (String l : screen.split("\n", -1)) {
            lines.add(l.stripTrailing());
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }

    private String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", "repl");
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static boolean hasTmux() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static List<String> pending() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : resource("pending.txt")) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.strip().split("\\s+", 2)[0]);
            }
        }
        return names;
    }

    private static List<String> resource(String name) throws IOException {
        try (InputStream in = ReplTerminalTest.class.getResourceAsStream("/repl/" + name)) {
            return trimmed(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
