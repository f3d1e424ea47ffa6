package dev.pyxis.python.runtime;

/**
 * Warnings the runtime issues itself (where CPython's C code warns), under CPython's default
 * filters: a DeprecationWarning only when the code that triggered it is in {@code __main__},
 * PendingDeprecationWarning, ImportWarning and ResourceWarning never, the others once per
 * location. They are attributed to the running Python frame and printed as the warnings module
 * prints them, through the space's warning sink.
 */
final class Warnings {
    private Warnings() {}

    /** Issues a warning of the category (a builtin warning class name) from the current frame. */
    static void warn(Space s, String category, String message) {
        Frame f = s.ts.frame;
        if (f == null) {
            return;
        }
        switch (category) {
            case "PendingDeprecationWarning", "ImportWarning", "ResourceWarning" -> {
                return;
            }
            default -> {
            }
        }
        long globals = s.ts.get(f.base + Frame.GLOBALS);
        long name = Py.isObject(globals) && s.typeOf(globals).nativeKind == PyType.Native.DICT
                ? Dicts.getStr(s, globals, "__name__") : 0;
        String module = name != 0 && s.isStr(name) ? s.str(name) : "";
        if (category.equals("DeprecationWarning") && !module.equals("__main__")) {
            return;
        }
        int line = f.line();
        if (s.warnedAt.add(category + '\0' + message + '\0' + module + '\0' + line)) {
            s.warnings.warn(category, message, f.code.filename(), line);
        }
    }
}
