package dev.pyxis.python.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

/**
 * Reads the case files written by tools/gen-unicode-tests.py (the token format is described there)
 * and checks every case: the actual result, rendered in the same tokens, must equal CPython's.
 */
final class ExpectedCases {
    private ExpectedCases() {
    }

    /** The arguments of one case, read token by token. */
    static final class Args {
        private final String[] tokens;
        private int at;

        Args(String[] tokens, int from) {
            this.tokens = tokens;
            this.at = from;
        }

        private String next(String prefix) {
            String t = tokens[at++];
            if (!t.startsWith(prefix)) {
                throw new IllegalStateException("expected " + prefix + " token, found " + t);
            }
            return t.substring(prefix.length());
        }

        boolean nextIsNone() {
            if (tokens[at].equals("n:")) {
                at++;
                return true;
            }
            return false;
        }

        String str() {
            return nextIsNone() ? null : unescape(next("s:"));
        }

        int integer() {
            return Integer.parseInt(next("i:"));
        }

        /** An optional slice bound: None becomes {@code none}. */
        int bound(int none) {
            return nextIsNone() ? none : integer();
        }

        boolean bool() {
            String t = tokens[at++];
            return switch (t) {
                case "t:" -> true;
                case "f:" -> false;
                default -> throw new IllegalStateException("expected bool, found " + t);
            };
        }

        byte[] bytes() {
            return HexFormat.of().parseHex(next("b:"));
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                int close = s.indexOf('}', i);
                CodePoints.append(sb, Integer.parseInt(s.substring(i + 2, close), 16));
                i = close;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); ) {
            int cp = CodePoints.at(s, i);
            i += CodePoints.width(cp);
            if (cp >= 0x20 && cp < 0x7F && cp != '\\') {
                sb.append((char) cp);
            } else {
                sb.append("\\{").append(Integer.toHexString(cp)).append('}');
            }
        }
        return sb.toString();
    }

    /** Renders a result (or a PyFailure) in the generator's tokens. */
    static String token(Object v) {
        return switch (v) {
            case null -> "n:";
            case Boolean b -> b ? "t:" : "f:";
            case Integer i -> "i:" + i;
            case String s -> "s:" + escape(s);
            case byte[] b -> "b:" + HexFormat.of().formatHex(b);
            case String[] a -> token(List.of(a));
            case List<?> list -> {
                List<String> parts = new ArrayList<>();
                parts.add("L:" + list.size());
                for (Object o : list) {
                    parts.add(token(o));
                }
                yield String.join("\t", parts);
            }
            case PyUnicodeFailure f -> String.join("\t", "E:" + f.kind().pythonName(), token(f.getMessage()),
                    token(f.encoding()), token(f.start()), token(f.end()), token(f.reason()));
            case PyFailure f -> "E:" + f.kind().pythonName() + "\t" + token(f.getMessage());
            case Raw raw -> raw.tokens();
            default -> throw new IllegalArgumentException("no token for " + v.getClass());
        };
    }

    static BufferedReader open(String resource) throws IOException {
        InputStream raw = ExpectedCases.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IOException("missing test resource " + resource + " (run tools/gen-unicode-tests.py)");
        }
        InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII));
    }

    /**
     * Runs every case of the file whose operation {@code run} knows (it returns null for an
     * unknown one, which fails the test), and asserts that all agree with CPython.
     *
     * @return the number of cases checked
     */
    static int check(String resource, Function<Op, Object> run) throws IOException {
        int total = 0;
        List<String> failures = new ArrayList<>();
        try (BufferedReader in = open(resource)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] tokens = line.split("\t", -1);
                int arrow = List.of(tokens).indexOf("=>");
                String expected = String.join("\t", List.of(tokens).subList(arrow + 1, tokens.length));
                Op op = new Op(tokens[0], new Args(tokens, 1));
                String actual;
                try {
                    Object result = run.apply(op);
                    if (result == Op.SKIP) {
                        continue;
                    }
                    actual = result == Op.UNKNOWN ? "unknown operation " + op.name : token(result == Op.NONE ? null : result);
                } catch (PyFailure f) {
                    actual = token(f);
                } catch (RuntimeException e) {
                    actual = "Java exception " + e;
                }
                total++;
                if (!actual.equals(expected) && failures.size() < 1000) {
                    failures.add(line + "\n    actual: " + actual);
                }
            }
        }
        String summary = failures.size() + " of " + total + " cases disagree with CPython 3.11 in " + resource;
        assertTrue(failures.isEmpty(), () -> summary + ":\n" + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
        return total;
    }

    /** A result already in tokens, for outcomes PyFailure has no kind for (KeyError). */
    record Raw(String tokens) {
    }

    /** One case: its operation name and arguments. */
    record Op(String name, Args args) {
        /** Returned by a runner for an operation it does not know. */
        static final Object UNKNOWN = new Object();
        /** Returned by a runner for Python's None. */
        static final Object NONE = new Object();
        /** Returned by a runner for a line another test checks. */
        static final Object SKIP = new Object();
    }
}
