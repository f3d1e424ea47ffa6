package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

import dev.pyxis.python.bytecode.CodeUnit;
import java.util.ArrayList;
import java.util.List;

/** Python function objects: creation (MAKE_FUNCTION) and calls (argument binding into a new frame). */
final class Functions {
    private Functions() {}

    /**
     * A function for the code object in root slot {@code codeSlot}; the optional parts are root
     * slots or -1.
     */
    static long create(Space s, int codeSlot, int globalsSlot, int defaultsSlot, int kwdefaultsSlot,
            int annotationsSlot, int closureSlot) {
        CodeUnit unit = Code.unit(s, s.ts.get(codeSlot));
        int name = s.ts.push(s.intern(unit.name()));
        int qualname = s.ts.push(s.newStr(unit.qualname()));
        long moduleName = Dicts.getStr(s, s.ts.get(globalsSlot), "__name__");
        int module = s.ts.push(moduleName == 0 ? Py.NONE : moduleName);
        long doc = Py.NONE;
        Object[] consts = unit.constants();
        // The compiler puts a function's docstring first among its constants (None if it has none).
        if (consts.length > 0 && consts[0] instanceof String) {
            doc = Space.item(Space.get(s.ts.get(codeSlot), Code.CONSTS), 0);
        }
        int docSlot = s.ts.push(doc);
        long f = s.allocFixed(FUNCTION, s.functionType.rootShape);
        ThreadState ts = s.ts;
        Space.putRaw(f, FN_CODE, ts.get(codeSlot));
        Space.putRaw(f, FN_GLOBALS, ts.get(globalsSlot));
        Space.putRaw(f, FN_DEFAULTS, defaultsSlot < 0 ? Py.NONE : ts.get(defaultsSlot));
        Space.putRaw(f, FN_KWDEFAULTS, kwdefaultsSlot < 0 ? Py.NONE : ts.get(kwdefaultsSlot));
        Space.putRaw(f, FN_CLOSURE, closureSlot < 0 ? Py.NONE : ts.get(closureSlot));
        Space.putRaw(f, FN_NAME, ts.get(name));
        Space.putRaw(f, FN_QUALNAME, ts.get(qualname));
        Space.putRaw(f, FN_DICT, 0);
        Space.putRaw(f, FN_ANNOTATIONS, annotationsSlot < 0 ? 0 : ts.get(annotationsSlot));
        Space.putRaw(f, FN_MODULE, ts.get(module));
        Space.putRaw(f, FN_DOC, ts.get(docSlot));
        ts.truncate(name);
        return f;
    }

    static CodeUnit unit(Space s, long function) {
        return Code.unit(s, Space.get(function, FN_CODE));
    }

    static String qualname(Space s, long function) {
        return s.str(Space.get(function, FN_QUALNAME));
    }

    /** Parameters of a code unit for {@link ArgBinder}. */
    record CodeParams(CodeUnit unit) implements ArgBinder.Params {
        @Override public String[] names() { return unit.varnames(); }
        @Override public int posOnly() { return unit.posOnlyArgCount(); }
        @Override public int positional() { return unit.argCount(); }
        @Override public int kwOnly() { return unit.kwOnlyArgCount(); }
        @Override public boolean varargs() { return (unit.flags() & CodeUnit.VARARGS) != 0; }
        @Override public boolean varkw() { return (unit.flags() & CodeUnit.VARKEYWORDS) != 0; }
    }

    /**
     * Sets up a frame for the function in root slot {@code fnSlot} called with the arguments in
     * root slots {@code [argBase, argBase + nargs)} (keyword names in {@code kwSlot}, or -1).
     * The frame's region is reserved at the top of the root stack.
     */
    static Frame prepare(Space s, int fnSlot, int argBase, int nargs, int kwSlot, Frame back) {
        return prepare(s, Code.loaded(s, Space.get(s.ts.get(fnSlot), FN_CODE)), fnSlot, argBase, nargs, kwSlot, back);
    }

    /** {@link #prepare(Space, int, int, int, int, Frame)} for a function whose loaded code is known. */
    static Frame prepare(Space s, Code.Loaded loaded, int fnSlot, int argBase, int nargs, int kwSlot, Frame back) {
        ThreadState ts = s.ts;
        long fn = ts.get(fnSlot);
        int base = ts.roots.reserve(loaded.frameSize);
        Frame f = new Frame(loaded, back, base);
        ts.set(base + Frame.CODE, Space.get(fn, FN_CODE));
        ts.set(base + Frame.GLOBALS, Space.get(fn, FN_GLOBALS));
        if (kwSlot < 0 && nargs == loaded.plainArgCount) {
            for (int i = 0; i < nargs; i++) {
                ts.set(f.localsBase + i, ts.get(argBase + i));
            }
            return f;
        }
        CodeUnit unit = loaded.unit();
        boolean simple = kwSlot < 0 && nargs == unit.argCount()
                && (unit.flags() & (CodeUnit.VARARGS | CodeUnit.VARKEYWORDS)) == 0 && unit.kwOnlyArgCount() == 0;
        if (simple) {
            for (int i = 0; i < nargs; i++) {
                ts.set(f.localsBase + i, ts.get(argBase + i));
            }
        } else {
            long defaults = Space.get(ts.get(fnSlot), FN_DEFAULTS);
            int ndefaults = defaults == Py.NONE ? 0 : (int) Space.length(defaults);
            ArgBinder.bind(s, new CodeParams(unit), unit.qualname(), unit.argCount() - ndefaults, argBase, nargs, kwSlot,
                    f.localsBase);
            fillDefaults(s, fnSlot, unit, f);
        }
        int ncells = unit.cellvars().length;
        for (int i = 0; i < ncells; i++) {
            int arg = unit.cellArguments()[i];
            int cellSlot = f.cellsBase + i;
            ts.set(cellSlot, Cells.create(s, arg >= 0 ? ts.get(f.localsBase + arg) : 0));
        }
        long closure = Space.get(ts.get(fnSlot), FN_CLOSURE);
        for (int i = 0; i < unit.freevars().length; i++) {
            ts.set(f.cellsBase + ncells + i, Space.item(closure, i));
        }
        return f;
    }

    private static void fillDefaults(Space s, int fnSlot, CodeUnit unit, Frame f) {
        ThreadState ts = s.ts;
        long fn = ts.get(fnSlot);
        long defaults = Space.get(fn, FN_DEFAULTS);
        int ndefaults = defaults == Py.NONE ? 0 : (int) Space.length(defaults);
        int positional = unit.argCount();
        List<String> missing = null;
        for (int i = 0; i < positional; i++) {
            if (ts.get(f.localsBase + i) == 0) {
                int d = i - (positional - ndefaults);
                if (d >= 0) {
                    ts.set(f.localsBase + i, Space.item(defaults, d));
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(unit.varnames()[i]);
                }
            }
        }
        if (missing != null) {
            throw ArgBinder.missing(s, unit.qualname(), missing, false);
        }
        long kwdefaults = Space.get(fn, FN_KWDEFAULTS);
        for (int i = positional; i < positional + unit.kwOnlyArgCount(); i++) {
            if (ts.get(f.localsBase + i) == 0) {
                long d = kwdefaults == Py.NONE ? 0 : Dicts.getStr(s, kwdefaults, unit.varnames()[i]);
                if (d != 0) {
                    ts.set(f.localsBase + i, d);
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(unit.varnames()[i]);
                }
            }
        }
        if (missing != null) {
            throw ArgBinder.missing(s, unit.qualname(), missing, true);
        }
    }
}
