package dev.pyxis.launcher;

/** The usage texts. The error form follows CPython's layout; the help text is Pyxis's own. */
final class Usage {
    private Usage() {
    }

    /** The lines after a usage error's message, as CPython lays them out. */
    static String error(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Try `" + program + " -h' for more information.\n";
    }

    /** {@code -h}. */
    static String help(String program) {
        return "usage: " + program + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + """
                Runs a Python 3.11 program: a file, -c's text, -m's module, or standard input ('-',
                or no file when standard input is not a terminal); with none, the interactive prompt.
                Options stop at the program; every word after it goes to the program in sys.argv.

                  -c cmd     run cmd as the program
                  -m mod     run the module mod (found on sys.path) as the program
                  -i         after the program, the interactive prompt (even when stdin is not a terminal)
                  -u         unbuffered stdout and stderr
                  -q         no banner at the interactive prompt
                  -V         Python's version (-VV: with Pyxis's build)
                  -E -I      ignore the PYTHON* environment variables (PYTHONPATH, PYTHONUNBUFFERED,
                             PYTHONINSPECT)
                  -b -B -d -O -P -R -s -S -v -x -W arg   accepted as CPython's; not acted on yet
                  -h         this help

                Pyxis options:
                  -X gc=NAME       the collector (semispace, marksweep, nogc; --components lists them)
                  -X heap=SIZE     heap size, e.g. 512m
                  -X stress[=N]    collect at every (N-th) safepoint, poisoning freed memory
                  -X checked       check every heap address before use
                  -X profile=FILE  assemble the VM from this profile (also --profile FILE)
                  -X version       Pyxis's version (also --pyxis-version)
                  --components     list the components available for each slot
                  --osgi           boot Apache Felix with the bundles and run the Gogo shell

                Exit status: the program's (0, 1 after an uncaught exception, or SystemExit's code);
                2 for a bad command line, a bad profile, or a file that cannot be opened.
                """;
    }
}
