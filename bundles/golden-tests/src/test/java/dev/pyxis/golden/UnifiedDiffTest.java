package dev.pyxis.golden;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The runner's own pieces: the diff in failure messages and the .out layout (README's rules). */
class UnifiedDiffTest {
    @Test
    void changedLineWithContext() {
        String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String b = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals("--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n", UnifiedDiff.diff("a", a, "b", b));
    }

    @Test
    void distantChangesMakeTwoHunks() {
        String a = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        String b = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\n";
        assertEquals("--- x\n+++ y\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n",
                UnifiedDiff.diff("x", a, "y", b));
    }

    @Test
    void outLayoutFollowsTheReadme() {
        assertEquals("hi\n#### exit 0 ####\n", text(ProgramRun.format(bytes("hi\n"), bytes(""), 0)));
        assertEquals("hi\n\\ no newline at end\n#### stderr ####\nboom\n#### exit 1 ####\n",
                text(ProgramRun.format(bytes("hi"), bytes("boom\n"), 1)));
        assertEquals("#### stderr ####\nx\n\\ no newline at end\n#### exit 2 ####\n", text(ProgramRun.format(bytes(""), bytes("x"), 2)));
    }

    @Test
    void directoryPrefixIsRemovedEverywhere() {
        assertArrayEquals(bytes("File \"t.py\", line 1; t.py\n"),
                ProgramRun.strip(bytes("File \"/d/e/t.py\", line 1; /d/e/t.py\n"), bytes("/d/e/")));
        assertArrayEquals(bytes("/d/et.py"), ProgramRun.strip(bytes("/d/et.py"), bytes("/d/e/")));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
