package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.RootStack;
import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.bytecode.Constant;
import dev.pyxis.python.bytecode.Opcode;
import java.math.BigInteger;

/**
 * The bytecode interpreter. Every word it works with lives in the frame's root-stack region and is
 * re-read after each instruction that can reach a safepoint; Java locals hold only indexes.
 *
 * <p>Work in progress (issue 3): the instructions implemented so far are the ones exercised by
 * {@code InterpreterTest}; an unimplemented one raises SystemError naming it.
 */
final class Interpreter {
    private final Space space;
    private final ThreadState ts;

    Interpreter(Space space) {
        this.space = space;
        this.ts = space.ts;
    }

    /** Runs a code unit with the given arguments in its first local slots; returns its result. */
    long execute(CodeUnit code, long... args) {
        if (++ts.depth > ts.recursionLimit) {
            ts.depth--;
            throw Errors.recursionError(space);
        }
        int base = ts.top();
        ts.roots.reserve(Frame.size(code));
        Frame f = new Frame(code, ts.frame, base);
        for (int i = 0; i < args.length; i++) {
            ts.set(f.localsBase + i, args[i]);
        }
        ts.frame = f;
        try {
            return run(f);
        } finally {
            ts.frame = f.back;
            ts.depth--;
            ts.truncate(base);
        }
    }

    private long run(Frame f) {
        RootStack r = ts.roots;
        int[] code = f.code.code();
        int pc = 0;
        int sp = f.stackBase;
        while (true) {
            try {
                while (true) {
                    int ins = code[pc];
                    f.lasti = pc++;
                    int arg = ins >>> 8;
                    switch (Opcode.of(ins)) {
                        case NOP -> { }
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
                        case PUSH_NULL -> r.set(sp++, 0);
                        case LOAD_CONST -> r.set(sp++, constant(f.code.constants()[arg]));
                        case LOAD_FAST -> {
                            long v = r.get(f.localsBase + arg);
                            if (v == 0) {
                                throw Errors.raise(space, "UnboundLocalError", "cannot access local variable '"
                                        + f.code.varnames()[arg] + "' where it is not associated with a value");
                            }
                            r.set(sp++, v);
                        }
                        case STORE_FAST -> {
                            r.set(f.localsBase + arg, r.get(--sp));
                            r.set(sp, 0);
                        }
                        case BINARY_OP -> {
                            BinaryOp op = BinaryOp.of(arg);
                            long v = Numbers.binary(space, op, r.get(sp - 2), r.get(sp - 1));
                            if (v == Py.NOT_IMPLEMENTED) {
                                throw Errors.typeError(space, "unsupported operand type(s) for " + op.symbol()
                                        + ": '" + space.typeOf(r.get(sp - 2)).name + "' and '"
                                        + space.typeOf(r.get(sp - 1)).name + "'");
                            }
                            r.set(--sp, 0);
                            r.set(sp - 1, v);
                        }
                        case COMPARE_OP -> {
                            CompareOp op = CompareOp.of(arg);
                            Boolean c = Numbers.compare(space, op, r.get(sp - 2), r.get(sp - 1));
                            if (c == null) {
                                throw Errors.typeError(space, "'" + op.symbol() + "' not supported between instances of '"
                                        + space.typeOf(r.get(sp - 2)).name + "' and '"
                                        + space.typeOf(r.get(sp - 1)).name + "'");
                            }
                            r.set(--sp, 0);
                            r.set(sp - 1, Py.bool(c));
                        }
                        case IS_OP -> {
                            boolean same = r.get(sp - 2) == r.get(sp - 1);
                            r.set(--sp, 0);
                            r.set(sp - 1, Py.bool(same != (arg == 1)));
                        }
                        case POP_JUMP_IF_FALSE -> {
                            if (!truth(r.get(--sp))) {
                                pc = arg;
                            }
                            r.set(sp, 0);
                        }
                        case POP_JUMP_IF_TRUE -> {
                            if (truth(r.get(--sp))) {
                                pc = arg;
                            }
                            r.set(sp, 0);
                        }
                        case JUMP_FORWARD -> pc = arg;
                        case JUMP_BACKWARD -> {
                            ts.mutator.safepoint();
                            pc = arg;
                        }
                        case BUILD_TUPLE -> {
                            long t = space.newTupleFromRoots(sp - arg, arg);
                            sp -= arg;
                            for (int i = sp + 1; i < sp + arg; i++) {
                                r.set(i, 0);
                            }
                            r.set(sp++, t);
                        }
                        case PUSH_EXC_INFO -> {
                            long exc = r.get(sp - 1);
                            r.set(sp - 1, r.get(ts.handled));
                            r.set(sp++, exc);
                            r.set(ts.handled, exc);
                        }
                        case POP_EXCEPT -> {
                            r.set(ts.handled, r.get(--sp));
                            r.set(sp, 0);
                        }
                        case RERAISE -> {
                            long exc = r.get(--sp);
                            r.set(sp, 0);
                            throw ts.raise(exc);
                        }
                        case RETURN_VALUE -> {
                            return r.get(sp - 1);
                        }
                        default -> throw Errors.raise(space, "SystemError",
                                "instruction " + Opcode.of(ins) + " is not implemented yet");
                    }
                }
            } catch (PyException e) {
                int entry = f.code.handlerFor(f.lasti);
                if (entry < 0) {
                    throw e;
                }
                int[] table = f.code.exceptionTable();
                int depth = table[entry + 3];
                for (int i = f.stackBase + depth; i < sp; i++) {
                    r.set(i, 0);
                }
                sp = f.stackBase + depth;
                if (table[entry + 4] != 0) {
                    r.set(sp++, Py.smallInt(f.lasti));
                }
                r.set(sp++, ts.takeRaised());
                pc = table[entry + 2];
            }
        }
    }

    /** The heap value of a constant (allocated on each load until code objects hold their constants). */
    private long constant(Object c) {
        return switch (c) {
            case Long l -> space.newInt(l);
            case BigInteger b -> space.newInt(b);
            case Double d -> space.newFloat(d);
            case Boolean b -> Py.bool(b);
            case String s -> space.newStr(s);
            case Constant.Singleton sg -> sg == Constant.Singleton.NONE ? Py.NONE : Py.ELLIPSIS;
            case Constant.Complex cx -> space.newComplex(cx.real(), cx.imag());
            case Constant.Bytes b -> space.newBytes(b.value());
            default -> throw Errors.raise(space, "SystemError", "constant kind not supported yet: " + c.getClass().getSimpleName());
        };
    }

    /** Truth value of the builtin types; others need the __bool__/__len__ protocol (later). */
    boolean truth(long w) {
        if (w == Py.TRUE) {
            return true;
        }
        if (w == Py.FALSE || w == Py.NONE) {
            return false;
        }
        if (Py.isSmallInt(w)) {
            return w != Py.smallInt(0);
        }
        if (Py.isImmediate(w)) {
            return true;
        }
        PyType t = space.typeOf(w);
        if (t == space.floatType) {
            return space.floatValue(w) != 0.0;
        }
        if (t == space.intType) {
            return true;
        }
        if (t == space.strType) {
            return space.strLength(w) != 0;
        }
        if (t == space.tupleType) {
            return Space.length(w) != 0;
        }
        return true;
    }
}
