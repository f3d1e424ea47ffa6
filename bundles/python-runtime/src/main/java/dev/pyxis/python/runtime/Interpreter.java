package dev.pyxis.python.runtime;

import static dev.pyxis.python.bytecode.OpcodeIds.*;

import dev.pyxis.heap.api.RootStack;
import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.bytecode.Opcode;
import dev.pyxis.python.support.PyFailure;

/**
 * The bytecode interpreter. Every word lives in the frame's region of the root stack (locals,
 * cells, value stack); Java locals hold only indexes, so any instruction may allocate or call
 * Python code, and objects may move meanwhile.
 */
final class Interpreter {
    /** Debugging aid: -Dpyxis.traceInstructions=true prints every instruction to stderr. */
    private static final boolean TRACE = Boolean.getBoolean("pyxis.traceInstructions");

    private Interpreter() {}

    /** Runs a module-level code unit with the given globals (also its locals mapping). */
    static long runModule(Space s, CodeUnit unit, int globalsSlot) {
        return runWithNames(s, Code.load(s, unit), globalsSlot, globalsSlot);
    }

    /** Runs the code object with an explicit locals mapping (module bodies, exec). */
    static long runWithNames(Space s, long codeObject, int globalsSlot, int namesSlot) {
        ThreadState ts = s.ts;
        int code = ts.push(codeObject);
        Code.Loaded loaded = Code.loaded(s, codeObject);
        CodeUnit unit = loaded.unit();
        int base = ts.top();
        ts.roots.reserve(loaded.frameSize);
        Frame f = new Frame(loaded, ts.frame, base);
        ts.set(base + Frame.CODE, ts.get(code));
        ts.set(base + Frame.GLOBALS, ts.get(globalsSlot));
        ts.set(base + Frame.NAMES, ts.get(namesSlot));
        for (int i = 0; i < unit.cellvars().length; i++) {
            ts.set(f.cellsBase + i, Cells.create(s, 0));
        }
        if (ts.depth >= ts.recursionLimit) {
            ts.truncate(code);
            throw Errors.recursionError(s);
        }
        ts.depth++;
        ts.frame = f;
        long result = 0;
        try {
            result = run(s, f);
        } finally {
            result = Calls.leave(s, f, result);
            ts.truncate(code);
        }
        return result;
    }

    /** Ctrl-C arrived: the request is consumed and raised as KeyboardInterrupt. */
    static PyException keyboardInterrupt(Space s) {
        s.interruptRequested = false;
        Thread.interrupted();
        return s.ts.raise(Exceptions.createWithArgs(s, s.builtinTypes.get("KeyboardInterrupt"), s.ts.top(), 0));
    }

    /**
     * Runs (or resumes) a prepared frame until it returns or yields. Calls of plain Python
     * functions run in this same loop: {@link Calls#enter} pushes the callee's frame, which
     * becomes {@code f} until its RETURN_VALUE hands the result to the caller's stack (at the
     * callee's {@link Frame#returnSlot}), or until an exception it does not handle unwinds it.
     *
     * <p>The loop ({@link #interpret}) leaves every {@link #TICKS_PER_ENTRY} back-edges and
     * returns, saving the current frame's position, and is entered again. An activation of a
     * JVM-compiled method keeps the code it was entered with, and one activation may run a whole
     * program: a loop that went on-stack-replaced into the JVM's profiling code kept it after
     * C1's final code replaced it, and its calls, which the JVM could then no longer relink,
     * ran every helper in the JVM's interpreter (float 10x slower in one run of ten).
     */
    static long run(Space s, Frame entry) {
        Frame f = entry;
        while (true) {
            long v = interpret(s, entry, f);
            if (v != RESUME) {
                return v;
            }
            f = s.ts.frame;
        }
    }

    /** What {@link #interpret} returns to be entered again: low bits 100, which no value word has. */
    private static final long RESUME = 4L;
    /** Back-edges and returns of entered calls after which {@link #interpret} is entered again. */
    private static final int TICKS_PER_ENTRY = 1 << 16;

    /** The loop of {@link #run}, resuming {@code f} (the current frame: {@code entry} or one it entered). */
    private static long interpret(Space s, Frame entry, Frame f) {
        ThreadState ts = s.ts;
        RootStack r = ts.roots;
        int[] code = f.loaded.instructions();
        int pc = f.pc;
        int sp = f.sp;
        int ticks = 0;
        entry.yielded = false;
        try {
            while (true) {
                try {
                    if (s.interruptRequested) {
                        throw keyboardInterrupt(s);
                    }
                    if (f.throwPending) {
                        f.throwPending = false;
                        throw PyException.INSTANCE;
                    }
                    while (true) {
                        int ins = code[pc];
                        f.lasti = pc++;
                        int arg = ins >>> 8;
                        if (TRACE) {
                            System.err.printf("%s:%d %s %d sp=%d%n", f.code.qualname(), f.lasti, Opcode.of(ins), arg,
                                    sp - f.stackBase);
                        }
                        switch (ins & 0xff) {
                            case POP_TOP -> r.set(--sp, 0);
                            case COPY -> {
                                r.set(sp, r.get(sp - arg));
                                sp++;
                            }
                            case SWAP -> {
                                long t = r.get(sp - 1);
                                r.set(sp - 1, r.get(sp - arg));
                                r.set(sp - arg, t);
                            }
                            case LOAD_CONST ->
                                r.set(sp++, Space.item(Space.get(r.get(f.base + Frame.CODE), Code.CONSTS), arg));
                            case LOAD_FAST -> {
                                long v = r.get(f.localsBase + arg);
                                if (v == 0) {
                                    throw unboundLocal(s, f.code, arg);
                                }
                                r.set(sp++, v);
                            }
                            // Superinstructions (see Superinstructions): both halves, then past the second; where
                            // the second would raise or take a slow path, the first only (pc is the second's).
                            case LOAD_FAST_LOAD_FAST -> {
                                long v = r.get(f.localsBase + Superinstructions.first(arg));
                                if (v == 0) {
                                    throw unboundLocal(s, f.code, Superinstructions.first(arg));
                                }
                                r.set(sp++, v);
                                long w = r.get(f.localsBase + Superinstructions.second(arg));
                                if (w != 0) {
                                    r.set(sp++, w);
                                    pc++;
                                }
                            }
                            case STORE_FAST_LOAD_FAST -> {
                                r.set(f.localsBase + Superinstructions.first(arg), r.get(sp - 1));
                                long w = r.get(f.localsBase + Superinstructions.second(arg));
                                if (w != 0) {
                                    r.set(sp - 1, w);
                                    pc++;
                                } else {
                                    r.set(--sp, 0);
                                }
                            }
                            case LOAD_FAST_LOAD_CONST -> {
                                long v = r.get(f.localsBase + Superinstructions.first(arg));
                                if (v == 0) {
                                    throw unboundLocal(s, f.code, Superinstructions.first(arg));
                                }
                                r.set(sp++, v);
                                r.set(sp++, Space.item(Space.get(r.get(f.base + Frame.CODE), Code.CONSTS),
                                        Superinstructions.second(arg)));
                                pc++;
                            }
                            case LOAD_FAST_LOAD_ATTR -> {
                                long v = r.get(f.localsBase + Superinstructions.first(arg));
                                if (v == 0) {
                                    throw unboundLocal(s, f.code, Superinstructions.first(arg));
                                }
                                r.set(sp++, v);
                                f.lasti = pc++;
                                AttributeSite c = f.loaded.sites()[f.lasti];
                                long w = c != null ? c.inlineValue(v) : 0;
                                r.set(sp - 1, w != 0 ? w : AttributeSites.load(s, f.loaded.sites(), f.lasti, v, sp - 1,
                                        f.code, Superinstructions.second(arg)));
                            }
                            case COMPARE_OP_POP_JUMP_IF_FALSE -> {
                                int op = Superinstructions.comparison(arg);
                                long v = FastPaths.compare(s, op, r.get(sp - 2), r.get(sp - 1));
                                if (v == 0) {
                                    v = Ops.compare(s, CompareOp.of(op), sp - 2, sp - 1);
                                }
                                r.set(--sp, 0);
                                if (v == Py.TRUE || v == Py.FALSE) {
                                    r.set(--sp, 0);
                                    pc = v == Py.TRUE ? pc + 1 : Superinstructions.jumpTarget(arg);
                                } else {
                                    r.set(sp - 1, v);
                                }
                            }
                            case STORE_FAST -> {
                                r.set(f.localsBase + arg, r.get(--sp));
                                r.set(sp, 0);
                            }
                            case LOAD_DEREF -> {
                                long v = Cells.get(r.get(f.cellsBase + arg));
                                if (v == 0) {
                                    throw unboundCell(s, f.code, arg);
                                }
                                r.set(sp++, v);
                            }
                            case LOAD_GLOBAL -> r.set(sp++, Names.cachedGlobal(s, f.loaded.globalSites(), f.lasti,
                                    r.get(f.base + Frame.GLOBALS), f.base + Frame.GLOBALS, arg, f.base + Frame.CODE));
                            case LOAD_ATTR -> {
                                long obj = r.get(sp - 1);
                                AttributeSite c = f.loaded.sites()[f.lasti];
                                long v = c != null ? c.inlineValue(obj) : 0;
                                r.set(sp - 1, v != 0 ? v
                                        : AttributeSites.load(s, f.loaded.sites(), f.lasti, obj, sp - 1, f.code, arg));
                            }
                            case STORE_ATTR -> {
                                AttributeSites.store(s, f.loaded.sites(), f.lasti, r.get(sp - 1), sp - 1, r.get(sp - 2),
                                        sp - 2, f.code, arg);
                                r.set(--sp, 0);
                                r.set(--sp, 0);
                            }
                            case LOAD_METHOD -> {
                                long m = AttributeSites.method(s, f.loaded.sites(), f.lasti, r.get(sp - 1), sp - 1,
                                        f.code, arg);
                                if (m != 0) {
                                    r.set(sp, r.get(sp - 1));
                                    r.set(sp - 1, m);
                                } else {
                                    r.set(sp - 1, Attributes.get(s, sp - 1, f.code.names()[arg]));
                                    r.set(sp, 0);
                                }
                                sp++;
                            }
                            case BINARY_SUBSCR -> {
                                long v = FastPaths.getItem(s, r.get(sp - 2), r.get(sp - 1));
                                if (v == 0) {
                                    v = Ops.getItem(s, sp - 2, sp - 1);
                                }
                                r.set(--sp, 0);
                                r.set(sp - 1, v);
                            }
                            case STORE_SUBSCR -> {
                                if (!FastPaths.setItem(s, sp - 2, sp - 1, sp - 3)) {
                                    Ops.setItem(s, sp - 2, sp - 1, sp - 3);
                                }
                                sp = clear(r, sp, 3);
                            }
                            case BINARY_OP -> {
                                long v = FastPaths.binary(s, arg, r.get(sp - 2), r.get(sp - 1));
                                if (v == 0) {
                                    v = Ops.binary(s, BinaryOp.of(arg), sp - 2, sp - 1);
                                }
                                r.set(--sp, 0);
                                r.set(sp - 1, v);
                            }
                            case COMPARE_OP -> {
                                long v = FastPaths.compare(s, arg, r.get(sp - 2), r.get(sp - 1));
                                if (v == 0) {
                                    v = Ops.compare(s, CompareOp.of(arg), sp - 2, sp - 1);
                                }
                                r.set(--sp, 0);
                                r.set(sp - 1, v);
                            }
                            case CONTAINS_OP -> {
                                int fast = FastPaths.contains(s, r.get(sp - 1), r.get(sp - 2));
                                boolean in = fast >= 0 ? fast == 1 : Ops.contains(s, sp - 1, sp - 2);
                                r.set(--sp, 0);
                                r.set(sp - 1, Py.bool(in != (arg == 1)));
                            }
                            case BUILD_TUPLE -> {
                                long t = s.newTupleFromRoots(sp - arg, arg);
                                sp = clear(r, sp, arg);
                                r.set(sp++, t);
                            }
                            case LIST_APPEND -> {
                                Lists.append(s, sp - 1 - arg, sp - 1);
                                r.set(--sp, 0);
                            }
                            case UNPACK_SEQUENCE -> sp = CallSupport.unpack(s, sp, arg, -1);
                            case JUMP_FORWARD -> pc = arg;
                            case JUMP_BACKWARD -> {
                                ts.mutator.safepoint();
                                if (s.interruptRequested) {
                                    throw keyboardInterrupt(s);
                                }
                                pc = arg;
                                if (++ticks == TICKS_PER_ENTRY) {
                                    f.pc = pc;
                                    f.sp = sp;
                                    return RESUME;
                                }
                            }
                            case POP_JUMP_IF_FALSE -> {
                                long w = r.get(sp - 1);
                                boolean t = w == Py.TRUE || (w != Py.FALSE && Ops.truth(s, sp - 1));
                                r.set(--sp, 0);
                                if (!t) {
                                    pc = arg;
                                }
                            }
                            case POP_JUMP_IF_TRUE -> {
                                long w = r.get(sp - 1);
                                boolean t = w == Py.TRUE || (w != Py.FALSE && Ops.truth(s, sp - 1));
                                r.set(--sp, 0);
                                if (t) {
                                    pc = arg;
                                }
                            }
                            case POP_JUMP_IF_NONE -> {
                                if (r.get(--sp) == Py.NONE) {
                                    pc = arg;
                                }
                                r.set(sp, 0);
                            }
                            case POP_JUMP_IF_NOT_NONE -> {
                                if (r.get(--sp) != Py.NONE) {
                                    pc = arg;
                                }
                                r.set(sp, 0);
                            }
                            case JUMP_IF_FALSE_OR_POP -> {
                                if (!Ops.truth(s, sp - 1)) {
                                    pc = arg;
                                } else {
                                    r.set(--sp, 0);
                                }
                            }
                            case JUMP_IF_TRUE_OR_POP -> {
                                if (Ops.truth(s, sp - 1)) {
                                    pc = arg;
                                } else {
                                    r.set(--sp, 0);
                                }
                            }
                            case GET_ITER -> r.set(sp - 1, Ops.iter(s, sp - 1));
                            case FOR_ITER -> {
                                long v = FastPaths.next(s, r.get(sp - 1));
                                if (v == 0) {
                                    v = Ops.next(s, sp - 1);
                                }
                                if (v == 0) {
                                    r.set(--sp, 0);
                                    pc = arg;
                                } else {
                                    r.set(sp++, v);
                                }
                            }
                            case CALL, CALL_METHOD -> {
                                // CALL: [callable, args]; CALL_METHOD: [callable, self or NULL, args].
                                int callee;
                                int argBase;
                                int nargs;
                                if ((ins & 0xff) == CALL) {
                                    callee = sp - arg - 1;
                                    argBase = sp - arg;
                                    nargs = arg;
                                } else {
                                    callee = sp - arg - 2;
                                    boolean bound = r.get(callee + 1) != 0;
                                    argBase = bound ? callee + 1 : callee + 2;
                                    nargs = bound ? arg + 1 : arg;
                                }
                                Frame g = Calls.enter(s, callee, argBase, nargs, -1);
                                if (g != null) {
                                    f.pc = pc;
                                    f.sp = sp;
                                    g.returnSlot = callee;
                                    f = g;
                                    code = g.loaded.instructions();
                                    pc = 0;
                                    sp = g.sp;
                                } else {
                                    long v = Calls.callPopping(s, callee, argBase, nargs);
                                    sp = clear(r, sp, sp - callee);
                                    r.set(sp++, v);
                                }
                            }
                            case RETURN_VALUE -> {
                                long v = r.get(sp - 1);
                                if (f.returnSlot < 0) {
                                    f.pc = pc;
                                    f.sp = sp;
                                    return v;
                                }
                                int slot = f.returnSlot;
                                v = Calls.leave(s, f, v);
                                f = f.back;
                                code = f.loaded.instructions();
                                pc = f.pc;
                                sp = clear(r, f.sp, f.sp - slot);
                                r.set(sp++, v);
                                if (++ticks == TICKS_PER_ENTRY) {
                                    f.pc = pc;
                                    f.sp = sp;
                                    return RESUME;
                                }
                            }
                            case YIELD_VALUE -> {
                                long v = r.get(--sp);
                                r.set(sp, 0);
                                f.pc = pc;
                                f.sp = sp;
                                f.yielded = true;
                                return v;
                            }
                            case SEND -> {
                                long v = Generators.send(s, sp - 2, sp - 1);
                                if (v != 0) {
                                    r.set(sp - 1, v);
                                } else {
                                    r.set(sp - 2, ts.takeReturned());
                                    r.set(--sp, 0);
                                    pc = arg;
                                }
                            }
                            default -> {
                                sp = RareInstructions.execute(s, f, ins, sp);
                            }
                        }
                    }
                } catch (PyException | PyFailure | StackOverflowError | OutOfMemoryError e) {
                    if (e instanceof PyFailure pf) {
                        Errors.fromFailure(s, pf);
                    } else if (e instanceof StackOverflowError) {
                        Errors.recursionError(s);
                    } else if (e instanceof OutOfMemoryError) {
                        Errors.memoryError(s);
                    }
                    // The handler is the one covering the instruction that raised (pc - 1), which for
                    // RERAISE differs from f.lasti (restored to the original position for tracebacks).
                    // Frames this loop entered without one are unwound here until one handles it.
                    int handler;
                    while (true) {
                        Tracebacks.addFrame(s, f);
                        handler = f.code.handlerFor(pc - 1);
                        if (handler >= 0) {
                            break;
                        }
                        f.sp = clear(r, sp, sp - f.stackBase);
                        if (f.returnSlot < 0) {
                            throw PyException.INSTANCE;
                        }
                        Calls.leave(s, f, 0);
                        f = f.back;
                        code = f.loaded.instructions();
                        pc = f.pc;
                        sp = f.sp;
                    }
                    int[] table = f.code.exceptionTable();
                    int depth = f.stackBase + table[handler + 3];
                    sp = clear(r, sp, sp - depth);
                    if (table[handler + 4] != 0) {
                        r.set(sp++, Py.smallInt(f.lasti));
                    }
                    f.lasti = pc - 1;
                    r.set(sp++, ts.takeRaised());
                    pc = table[handler + 2];
                }
            }
        } catch (Throwable t) {
            if (f != entry) {
                Calls.abandon(s, f, entry);
            }
            throw t;
        }
    }

    /** Pops {@code n} items, clearing their slots; returns the new stack top. */
    static int clear(RootStack r, int sp, int n) {
        for (int i = sp - n; i < sp; i++) {
            r.set(i, 0);
        }
        return sp - n;
    }

    static PyException unboundLocal(Space s, CodeUnit unit, int arg) {
        return Errors.raise(s, "UnboundLocalError", "cannot access local variable '" + unit.varnames()[arg]
                + "' where it is not associated with a value");
    }

    static String cellName(CodeUnit unit, int arg) {
        int ncell = unit.cellvars().length;
        return arg < ncell ? unit.cellvars()[arg] : unit.freevars()[arg - ncell];
    }

    static PyException unboundCell(Space s, CodeUnit unit, int arg) {
        String name = cellName(unit, arg);
        if (arg < unit.cellvars().length) {
            return Errors.raise(s, "UnboundLocalError", "cannot access local variable '" + name
                    + "' where it is not associated with a value");
        }
        return Errors.nameError(s, "cannot access free variable '" + name
                + "' where it is not associated with a value in enclosing scope");
    }
}
