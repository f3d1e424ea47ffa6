package dev.pyxis.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The programs of {@code tests/golden} (see its README): a {@code *.py} file directly in an area
 * directory under {@code py3/}, not starting with {@code _}; its expected output is the
 * {@code .out} beside it. Programs are named by their path relative to {@code tests/golden}.
 */
final class GoldenCorpus {
    private final Path root;

    GoldenCorpus(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    Path root() {
        return root;
    }

    /** Every program, sorted by name. */
    List<String> programs() {
        Path py3 = root.resolve("py3");
        List<String> found = new ArrayList<>();
        try (Stream<Path> areas = Files.list(py3)) {
            for (Path area : areas.filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.list(area)) {
                    files.filter(f -> isProgram(f.getFileName().toString()) && Files.isRegularFile(f))
                            .forEach(f -> found.add(name(f)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        found.sort(Comparator.naturalOrder());
        return found;
    }

    private static boolean isProgram(String fileName) {
        return fileName.endsWith(".py") && !fileName.startsWith("_");
    }

    private String name(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    Path file(String program) {
        return root.resolve(program);
    }

    byte[] expected(String program) throws IOException {
        String out = program.substring(0, program.length() - ".py".length()) + ".out";
        return Files.readAllBytes(root.resolve(out));
    }

    Path pendingFile() {
        return root.resolve("pending.txt");
    }

    /**
     * {@code pending.txt}: programs expected to fail, one per line, optionally followed by the
     * modes it fails in (comma-separated; none listed means every mode). {@code #} starts a comment.
     * The result maps a program to its failing modes, empty for all.
     */
    Map<String, Set<String>> pending() throws IOException {
        Map<String, Set<String>> pending = new LinkedHashMap<>();
        Path file = pendingFile();
        if (!Files.exists(file)) {
            return pending;
        }
        for (String line : Files.readAllLines(file)) {
            int hash = line.indexOf('#');
            String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
            if (entry.isEmpty()) {
                continue;
            }
            String[] parts = entry.split("\\s+", 2);
            Set<String> modes = new TreeSet<>();
            if (parts.length > 1) {
                modes.addAll(List.of(parts[1].replace(" ", "").split(",")));
            }
            pending.put(parts[0], modes);
        }
        return pending;
    }

    /** Writes {@code pending.txt} from the failures of a run: program to failing modes out of {@code allModes}. */
    void writePending(Map<String, Set<String>> failures, List<String> allModes) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append("# Golden programs expected to fail, written by tests/golden/update-pending from a run.\n");
        b.append("# A program alone fails in every mode; otherwise the modes it fails in follow it.\n");
        for (var e : new java.util.TreeMap<>(failures).entrySet()) {
            b.append(e.getKey());
            if (!e.getValue().containsAll(allModes)) {
                b.append(' ').append(String.join(",", e.getValue()));
            }
            b.append('\n');
        }
        Files.writeString(pendingFile(), b.toString());
    }
}
