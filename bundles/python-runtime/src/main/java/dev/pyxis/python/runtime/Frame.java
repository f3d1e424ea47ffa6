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
    /** The code with the inline caches of its instructions. */
    final Code.Loaded loaded;
    Frame back;
    final int base;
    /** Root slot of the first local; cells follow the locals, the value stack follows the cells. */
    final int localsBase;
    final int cellsBase;
    final int stackBase;
    /** Index of the instruction being executed (for tracebacks and f_lineno). */
    int lasti;
    /** Where execution continues: the next instruction and the value stack's top (a root slot). */
    int pc;
    int sp;
    /** Set when the last run of this frame ended in YIELD_VALUE rather than a return. */
    boolean yielded;
    /** Set when a generator is resumed by throw(): the propagating exception is raised at the yield. */
    boolean throwPending;
    /**
     * The caller's stack slot that receives the result when the caller's interpreter loop
     * entered this frame ({@link Calls#enter}), or -1 when it runs in its own
     * {@link Interpreter#run}.
     */
    int returnSlot = -1;
    /** Global root of this activation's frame object ({@link FrameObjects}), or -1 if none was asked for. */
    int objectRoot = -1;

    Frame(Code.Loaded loaded, Frame back, int base) {
        this.code = loaded.unit();
        this.loaded = loaded;
        this.back = back;
        this.base = base;
        this.localsBase = base + LOCALS;
        this.cellsBase = localsBase + loaded.localCount;
        this.stackBase = cellsBase + loaded.cellCount;
        this.sp = stackBase;
    }

    int line() {
        return code.line(lasti);
    }
}
