package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CodeUnit;

/**
 * An activation of a code unit. Its words live on the thread's root stack starting at
 * {@link #base}: the code object, the globals, the locals mapping, then the local slots, the
 * cells, then the value stack. This Java object holds only positions and non-word state, so a moving collection never
 * invalidates it.
 */
final class Frame {
    static final int CODE = 0;
    static final int GLOBALS = 1;
    /** The locals mapping (module and class bodies, exec), or 0 for optimized function frames. */
    static final int NAMES = 2;
    static final int LOCALS = 3;

    final CodeUnit code;
    final Frame back;
    final int base;
    /** Root slot of the first local; cells follow the locals, the value stack follows the cells. */
    final int localsBase;
    final int cellsBase;
    final int stackBase;
    /** Index of the instruction being executed (for tracebacks and f_lineno). */
    int lasti;

    Frame(CodeUnit code, Frame back, int base) {
        this.code = code;
        this.back = back;
        this.base = base;
        this.localsBase = base + LOCALS;
        this.cellsBase = localsBase + code.varnames().length;
        this.stackBase = cellsBase + code.cellvars().length + code.freevars().length;
    }

    /** Number of root slots the frame needs: header, locals, cells and the deepest stack. */
    static int size(CodeUnit code) {
        return LOCALS + code.varnames().length + code.cellvars().length + code.freevars().length
                + code.maxStack();
    }

    int line() {
        return code.line(lasti);
    }
}
