package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.Opcode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The instruction stream of one code unit while it is generated, and its assembly into the
 * final instruction array: a stack-depth pass over the control-flow graph (including the edges
 * into exception handlers) computes the maximum stack depth and each handler's depth, unreachable
 * instructions are dropped, labels become absolute indices, pseudo jumps become forward or
 * backward jumps, and the exception table is built from the handler each instruction was
 * emitted under.
 */
final class CodeBuilder {
    /** Pseudo operations, negative so they never clash with an opcode ordinal. */
    static final int SETUP = -1;
    static final int JUMP = -2;

    /** A jump target, bound to the index of the next instruction emitted after {@link #bind}. */
    static final class Label {
        int index = -1;
    }

    /** An exception handler region: where to go, and whether to push the raising instruction's index. */
    static final class Handler {
        final Label target;
        final boolean lasti;
        /** Added to the depth at the setup point (-1 for with: the __enter__ result is not kept). */
        final int depthAdjust;
        int depth = -1;

        Handler(Label target, boolean lasti, int depthAdjust) {
            this.target = target;
            this.lasti = lasti;
            this.depthAdjust = depthAdjust;
        }
    }

    private int[] ops = new int[64];
    private int[] args = new int[64];
    private Object[] targets = new Object[64];
    private Handler[] handlers = new Handler[64];
    private int[] positions = new int[256];
    private int size;

    int size() {
        return size;
    }

    void emit(int op, int arg, Object target, Handler handler, int line, int endLine, int col, int endCol) {
        if (size == ops.length) {
            int n = size * 2;
            ops = Arrays.copyOf(ops, n);
            args = Arrays.copyOf(args, n);
            targets = Arrays.copyOf(targets, n);
            handlers = Arrays.copyOf(handlers, n);
            positions = Arrays.copyOf(positions, 4 * n);
        }
        ops[size] = op;
        args[size] = arg;
        targets[size] = target;
        handlers[size] = handler;
        positions[4 * size] = line;
        positions[4 * size + 1] = endLine;
        positions[4 * size + 2] = col;
        positions[4 * size + 3] = endCol;
        size++;
    }

    void bind(Label label) {
        label.index = size;
        lastBound = size;
    }

    /** The index the most recent label was bound to: code there is reachable by a jump. */
    private int lastBound = -1;

    /** The last emitted real operation, or -1. */
    int lastOp() {
        return size == 0 ? -1 : ops[size - 1];
    }

    /** Whether control cannot fall through the last emitted instruction. */
    boolean endsFlow() {
        return size > 0 && lastBound != size && isTerminal(ops[size - 1]);
    }

    private static boolean isTerminal(int op) {
        if (op == JUMP) {
            return true;
        }
        if (op < 0) {
            return false;
        }
        return switch (Opcode.values()[op]) {
            case JUMP_FORWARD, JUMP_BACKWARD, RETURN_VALUE, RAISE_VARARGS, RERAISE -> true;
            default -> false;
        };
    }

    /** The assembled parts of a code unit. */
    record Assembled(int[] code, int[] positions, int[] exceptionTable, int maxStack) {
    }

    Assembled assemble() {
        int[] depth = new int[size];
        Arrays.fill(depth, -1);
        int maxStack = 0;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        if (size > 0) {
            depth[0] = 0;
            work.push(0);
        }
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            int op = ops[i];
            if (op == SETUP) {
                Handler h = (Handler) targets[i];
                int hd = d + h.depthAdjust;
                if (h.depth >= 0 && h.depth != hd) {
                    throw new IllegalStateException("handler set up at two depths: " + h.depth + " and " + hd);
                }
                h.depth = hd;
                maxStack = flow(depth, work, i + 1, d, maxStack);
                continue;
            }
            Handler h = handlers[i];
            if (h != null) {
                if (h.depth < 0) {
                    throw new IllegalStateException("handler used before its setup at " + i);
                }
                maxStack = flow(depth, work, h.target.index, h.depth + 1 + (h.lasti ? 1 : 0), maxStack);
            }
            if (op == JUMP) {
                maxStack = flow(depth, work, ((Label) targets[i]).index, d, maxStack);
                continue;
            }
            Opcode opcode = Opcode.values()[op];
            int arg = args[i];
            if (opcode.arg() == Opcode.Arg.JUMP) {
                int dj = d + opcode.stackEffect(arg, true);
                checkDepth(dj, i);
                maxStack = flow(depth, work, ((Label) targets[i]).index, dj, maxStack);
                if (opcode == Opcode.JUMP_FORWARD || opcode == Opcode.JUMP_BACKWARD) {
                    continue;
                }
                int dn = d + opcode.stackEffect(arg, false);
                checkDepth(dn, i);
                maxStack = flow(depth, work, i + 1, dn, maxStack);
                continue;
            }
            if (isTerminal(op)) {
                continue;
            }
            int dn = d + opcode.stackEffect(arg, false);
            checkDepth(dn, i);
            maxStack = flow(depth, work, i + 1, dn, maxStack);
        }
        // Keep reachable real instructions; map every old index to the next kept instruction.
        int[] newIndex = new int[size + 1];
        int kept = 0;
        for (int i = 0; i < size; i++) {
            newIndex[i] = kept;
            if (depth[i] >= 0 && ops[i] != SETUP) {
                kept++;
            }
        }
        newIndex[size] = kept;
        int[] code = new int[kept];
        int[] pos = new int[4 * kept];
        List<int[]> table = new ArrayList<>();
        Handler current = null;
        int start = 0;
        int k = 0;
        for (int i = 0; i < size; i++) {
            if (depth[i] < 0 || ops[i] == SETUP) {
                continue;
            }
            int op = ops[i];
            int arg = args[i];
            if (targets[i] instanceof Label l) {
                arg = newIndex[l.index];
                if (op == JUMP) {
                    op = (arg > k ? Opcode.JUMP_FORWARD : Opcode.JUMP_BACKWARD).ordinal();
                }
            }
            code[k] = Opcode.values()[op].encode(arg);
            System.arraycopy(positions, 4 * i, pos, 4 * k, 4);
            Handler h = handlers[i];
            if (h != current) {
                if (current != null) {
                    table.add(entry(start, k, current, newIndex));
                }
                current = h;
                start = k;
            }
            k++;
        }
        if (current != null) {
            table.add(entry(start, k, current, newIndex));
        }
        int[] exceptionTable = new int[table.size() * CodeUnit.EXCEPTION_ENTRY_SIZE];
        for (int i = 0; i < table.size(); i++) {
            System.arraycopy(table.get(i), 0, exceptionTable, i * CodeUnit.EXCEPTION_ENTRY_SIZE,
                    CodeUnit.EXCEPTION_ENTRY_SIZE);
        }
        return new Assembled(code, pos, exceptionTable, maxStack);
    }

    private static int[] entry(int start, int end, Handler h, int[] newIndex) {
        return new int[] {start, end, newIndex[h.target.index], h.depth, h.lasti ? 1 : 0};
    }

    private static void checkDepth(int d, int i) {
        if (d < 0) {
            throw new IllegalStateException("stack underflow at instruction " + i);
        }
    }

    private int flow(int[] depth, ArrayDeque<Integer> work, int target, int d, int maxStack) {
        if (target < 0 || target >= size) {
            if (target == size) {
                throw new IllegalStateException("control falls off the end of the code");
            }
            throw new IllegalStateException("jump to an unbound label");
        }
        if (depth[target] < 0) {
            depth[target] = d;
            work.push(target);
        } else if (depth[target] != d) {
            throw new IllegalStateException("inconsistent stack depth at " + target + ": " + depth[target] + " vs " + d);
        }
        return Math.max(maxStack, d);
    }
}
