package dev.pyxis.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the data {@code src/test/resources/cli/regen.py} generated from CPython. */
final class CliData {
    /** The directory the cases' files live in. */
    static final String DIR = "{dir}";
    /** The program name in messages. */
    static final String PROG = "{prog}";

    private CliData() {
    }

    /** One command line and what CPython did with it. */
    record Case(String name, List<String> args, String stdin, String stdout, String stderr, int status) {}

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        for (String line : lines("cases.txt")) {
            String[] f = line.split("\t", -1);
            cases.add(new Case(f[0], args(f[1]), unescape(f[2]), unescape(f[3]), unescape(f[4]), Integer.parseInt(f[5])));
        }
        return cases;
    }

    /** The names of the cases listed in {@code cli/pending.txt}. */
    static Set<String> pending() throws IOException {
        Set<String> names = new HashSet<>();
        for (String line : lines("pending.txt")) {
            String entry = line.strip();
            if (!entry.isEmpty() && !entry.startsWith("#")) {
                names.add(entry.split("\\s+", 2)[0]);
            }
        }
        return names;
    }

    /** Command lines and the sys.argv CPython gave the program. */
    static List<String[]> argv() throws IOException {
        List<String[]> out = new ArrayList<>();
        for (String line : lines("argv.txt")) {
            int tab = line.indexOf('\t');
            out.add(new String[] {line.substring(0, tab), unescape(line.substring(tab + 1))});
        }
        return out;
    }

    static List<String> args(String field) {
        String s = unescape(field);
        return s.isEmpty() ? List.of() : List.of(s.split("\u001f", -1));
    }

    /** Copies the cases' files into {@code dir}. */
    static void copyFiles(Path dir) throws IOException {
        for (String name : List.of("syntax.py", "indent.py", "unclosed.py", "exits.py", "argv.py", "sub/empty.txt")) {
            Path target = dir.resolve(name);
            Files.createDirectories(target.getParent());
            try (InputStream in = CliData.class.getResourceAsStream("/cli/files/" + name)) {
                Files.write(target, in.readAllBytes());
            }
        }
    }

    private static List<String> lines(String name) throws IOException {
        try (InputStream in = CliData.class.getResourceAsStream("/cli/" + name)) {
            return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }

    static String unescape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                b.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
