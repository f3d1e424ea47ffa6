package dev.pyxis.launcher;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a command line the way {@code python3} does: single-letter options may be grouped
 * ({@code -iu}); {@code -c}, {@code -m}, {@code -W} and {@code -X} take the rest of their word or
 * the next word; options end at the first word that is not an option (the script), at {@code -}
 * (the program comes from stdin) or after {@code --}; {@code -c CMD} and {@code -m MOD} end them too,
 * and every word after the program belongs to it (sys.argv). Besides CPython's options Pyxis
 * knows {@code --components}, {@code --osgi}, {@code --profile FILE} and {@code --pyxis-version}.
 */
public final class ArgumentParser {
    /** CPython's flags that take no argument; accepted, most only recorded. */
    private static final String FLAGS = "bBdEiIOPqRsSuvx";

    private ArgumentParser() {
    }

    public static Invocation parse(List<String> args) throws UsageError {
        StringBuilder flags = new StringBuilder();
        Map<String, String> xOptions = new LinkedHashMap<>();
        List<String> warnOptions = new ArrayList<>();
        int versionCount = 0;
        boolean help = false;
        boolean components = false;
        boolean osgi = false;
        boolean pyxisVersion = false;
        Path profile = null;
        int i = 0;
        int n = args.size();
        while (i < n) {
            String a = args.get(i);
            if (a.equals("--")) {
                i++;
                break;
            }
            if (!a.startsWith("-") || a.equals("-")) {
                break;
            }
            if (a.startsWith("--")) {
                switch (a) {
                    case "--help", "--help-env", "--help-xoptions", "--help-all" -> help = true;
                    case "--version" -> versionCount++;
                    case "--check-hash-based-pycs" -> {
                        if (++i == n) {
                            throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        }
                    }
                    case "--components" -> components = true;
                    case "--osgi" -> osgi = true;
                    case "--pyxis-version" -> pyxisVersion = true;
                    case "--profile" -> {
                        if (++i == n) {
                            throw new UsageError("Argument expected for the --profile option");
                        }
                        profile = Path.of(args.get(i));
                    }
                    default -> {
                        if (a.startsWith("--profile=")) {
                            profile = Path.of(a.substring("--profile=".length()));
                        } else {
                            throw new UsageError("unknown option " + a);
                        }
                    }
                }
                i++;
                continue;
            }
            // A group of single-letter options; one that takes an argument ends the group.
            for (int j = 1; j < a.length(); j++) {
                char c = a.charAt(j);
                if (c == 'c' || c == 'm' || c == 'W' || c == 'X') {
                    String value;
                    if (j + 1 < a.length()) {
                        value = a.substring(j + 1);
                    } else if (i + 1 < n) {
                        value = args.get(++i);
                    } else {
                        throw new UsageError("Argument expected for the -" + c + " option");
                    }
                    switch (c) {
                        case 'c' -> {
                            return program(Invocation.Program.COMMAND, value, "-c", args.subList(i + 1, n), flags,
                                    versionCount, help, xOptions, warnOptions, profile, components, osgi, pyxisVersion);
                        }
                        case 'm' -> {
                            return program(Invocation.Program.MODULE, value, "-m", args.subList(i + 1, n), flags,
                                    versionCount, help, xOptions, warnOptions, profile, components, osgi, pyxisVersion);
                        }
                        case 'W' -> warnOptions.add(value);
                        default -> {
                            int eq = value.indexOf('=');
                            String name = eq < 0 ? value : value.substring(0, eq);
                            xOptions.put(name, eq < 0 ? "true" : value.substring(eq + 1));
                            if (name.equals("profile") && eq >= 0) {
                                profile = Path.of(value.substring(eq + 1));
                            } else if (name.equals("version")) {
                                pyxisVersion = true;
                            }
                        }
                    }
                    break;
                }
                if (c == 'V') {
                    versionCount++;
                } else if (c == 'h' || c == '?') {
                    help = true;
                } else if (FLAGS.indexOf(c) >= 0) {
                    if (flags.indexOf(String.valueOf(c)) < 0 || c == 'O' || c == 'v') {
                        flags.append(c);
                    }
                } else {
                    throw new UsageError("Unknown option: -" + c);
                }
            }
            i++;
        }
        if (i < n) {
            String script = args.get(i);
            Invocation.Program kind = script.equals("-") ? Invocation.Program.STDIN : Invocation.Program.SCRIPT;
            return program(kind, kind == Invocation.Program.STDIN ? null : script, script, args.subList(i + 1, n),
                    flags, versionCount, help, xOptions, warnOptions, profile, components, osgi, pyxisVersion);
        }
        return program(Invocation.Program.NONE, null, "", List.of(), flags, versionCount, help, xOptions,
                warnOptions, profile, components, osgi, pyxisVersion);
    }

    private static Invocation program(Invocation.Program kind, String target, String argv0, List<String> rest,
                                      CharSequence flags, int versionCount, boolean help, Map<String, String> xOptions,
                                      List<String> warnOptions, Path profile, boolean components, boolean osgi,
                                      boolean pyxisVersion) {
        List<String> argv = new ArrayList<>(rest.size() + 1);
        argv.add(argv0);
        argv.addAll(rest);
        return new Invocation(kind, target, List.copyOf(argv), flags.toString(), versionCount, help,
                Collections.unmodifiableMap(new LinkedHashMap<>(xOptions)), List.copyOf(warnOptions), profile, components, osgi, pyxisVersion);
    }
}
