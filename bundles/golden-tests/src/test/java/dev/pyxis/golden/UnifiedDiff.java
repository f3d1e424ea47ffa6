package dev.pyxis.golden;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines (longest common subsequence, three lines of context), for
 * failure messages. Quadratic in the line counts, which is fine for program outputs; past
 * {@link #MAX_LINES} lines it shows both texts' first difference only.
 */
final class UnifiedDiff {
    private static final int CONTEXT = 3;
    private static final int MAX_LINES = 3000;

    private UnifiedDiff() {
    }

    static String diff(String expectedName, String expected, String actualName, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        StringBuilder out = new StringBuilder("--- ").append(expectedName).append("\n+++ ").append(actualName).append('\n');
        if ((long) a.size() * b.size() > (long) MAX_LINES * MAX_LINES) {
            int i = 0;
            while (i < a.size() && i < b.size() && a.get(i).equals(b.get(i))) {
                i++;
            }
            return out.append("(too long for a diff; the first difference is at line ").append(i + 1).append(")\n")
                    .append("-").append(i < a.size() ? a.get(i) : "<end>").append('\n')
                    .append("+").append(i < b.size() ? b.get(i) : "<end>").append('\n').toString();
        }
        List<char[]> ops = script(a, b);
        // Walk the edit script, printing hunks around changes.
        int n = ops.size();
        int k = 0;
        while (k < n) {
            while (k < n && ops.get(k)[0] == ' ') {
                k++;
            }
            if (k == n) {
                break;
            }
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int lastChange = k;
            while (end < n) {
                if (ops.get(end)[0] != ' ') {
                    lastChange = end;
                } else if (end - lastChange > 2 * CONTEXT) {
                    break;
                }
                end++;
            }
            end = Math.min(n, lastChange + CONTEXT + 1);
            int aLine = 1;
            int bLine = 1;
            for (int i = 0; i < start; i++) {
                if (ops.get(i)[0] != '+') aLine++;
                if (ops.get(i)[0] != '-') bLine++;
            }
            int aCount = 0;
            int bCount = 0;
            StringBuilder hunk = new StringBuilder();
            for (int i = start; i < end; i++) {
                char op = ops.get(i)[0];
                if (op != '+') aCount++;
                if (op != '-') bCount++;
                hunk.append(op).append(ops.get(i), 1, ops.get(i).length - 1).append('\n');
            }
            out.append("@@ -").append(aLine).append(',').append(aCount)
                    .append(" +").append(bLine).append(',').append(bCount).append(" @@\n").append(hunk);
            k = end;
        }
        return out.toString();
    }

    /** Each entry: the operation (' ', '-', '+') followed by the line. */
    private static List<char[]> script(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<char[]> ops = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add((" " + a.get(i++)).toCharArray());
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(("-" + a.get(i++)).toCharArray());
            } else {
                ops.add(("+" + b.get(j++)).toCharArray());
            }
        }
        return ops;
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        return lines;
    }
}
