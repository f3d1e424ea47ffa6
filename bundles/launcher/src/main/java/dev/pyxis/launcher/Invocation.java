package dev.pyxis.launcher;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a {@code pyxis} command line asks for, parsed by {@link ArgumentParser} with CPython's rules.
 *
 * @param program      what to run: a script, {@code -c}, {@code -m}, stdin ({@code -} or no script), or nothing
 * @param target       the script path, command text or module name; null for stdin
 * @param argv         sys.argv as the interpreter starts with it
 * @param flags        the single-letter CPython flags given (e.g. {@code i}, {@code u}, {@code q}),
 *                     each once; {@code O} and {@code v} may repeat
 * @param versionCount how often {@code -V}/{@code --version} was given (2: the long form)
 * @param help         {@code -h}, {@code -?} or a {@code --help*} option
 * @param xOptions     the {@code -X} options in order, {@code name -> value} (value {@code true} when absent)
 * @param warnOptions  the {@code -W} options
 * @param profile      {@code --profile FILE} or {@code -X profile=FILE}; null for the default profile
 * @param components   {@code --components}: list the components and exit
 * @param osgi         {@code --osgi}: boot the OSGi framework and its shell
 * @param pyxisVersion {@code --pyxis-version} or {@code -X version}: Pyxis's own version line
 */
public record Invocation(Program program, String target, List<String> argv, String flags, int versionCount,
                         boolean help, Map<String, String> xOptions, List<String> warnOptions, Path profile,
                         boolean components, boolean osgi, boolean pyxisVersion) {

    /** What the command line runs. */
    public enum Program { SCRIPT, COMMAND, MODULE, STDIN, NONE }

    /** Whether the single-letter flag {@code c} was given. */
    public boolean flag(char c) {
        return flags.indexOf(c) >= 0;
    }

    /** {@code -i}: the interactive prompt after the program. */
    public boolean inspect() {
        return flag('i');
    }

    /** {@code -u}: unbuffered stdout and stderr. */
    public boolean unbuffered() {
        return flag('u');
    }

    /** {@code -q}: no banner. */
    public boolean quiet() {
        return flag('q');
    }

    /** {@code -E} or {@code -I}: ignore PYTHON* environment variables. */
    public boolean ignoreEnvironment() {
        return flag('E') || flag('I');
    }
}
