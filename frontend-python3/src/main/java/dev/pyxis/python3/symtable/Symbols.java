package dev.pyxis.python3.symtable;

/**
 * The bits of a symbol entry: definition flags (same values as CPython's, so that dumps can be
 * compared with its {@code symtable} module) and the resolved scope above {@link #SCOPE_SHIFT}.
 */
public final class Symbols {
    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
    public static final int FLAG_MASK = 0x7ff;

    public static final int SCOPE_SHIFT = 11;
    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    private Symbols() {
    }

    public static int scopeOf(int entry) {
        return (entry >> SCOPE_SHIFT) & 7;
    }

    public static int flagsOf(int entry) {
        return entry & FLAG_MASK;
    }

    /**
     * Mangles {@code __name} inside class {@code privateName} to {@code _Class__name}: not dunder
     * names, not dotted names, and not when the class name is all underscores.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }
}
