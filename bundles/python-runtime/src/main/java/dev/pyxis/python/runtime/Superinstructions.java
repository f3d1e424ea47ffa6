package dev.pyxis.python.runtime;

import static dev.pyxis.python.bytecode.OpcodeIds.*;

import dev.pyxis.python.bytecode.Opcode;

/**
 * Writes superinstructions (the {@link Opcode.Arg#FUSED} rows) into the copy of a code unit's
 * instructions that the interpreter runs: each instruction that starts one of the pairs below
 * becomes the fused instruction, and the second of the pair stays where it is, so that a jump to
 * it, or a fused instruction that leaves the second's work to it, still finds it. One dispatch
 * instead of two is what they save; the pairs are the most frequent ones over bench/python
 * (LOAD_FAST LOAD_FAST alone is 7% of all instructions).
 */
final class Superinstructions {
    private Superinstructions() {}

    /** Operands of both halves must fit this many bits (COMPARE_OP_POP_JUMP_IF_FALSE: see {@link #JUMP_BITS}). */
    private static final int HALF_BITS = 12;
    private static final int COMPARE_BITS = 4;
    private static final int JUMP_BITS = 24 - COMPARE_BITS;

    /** The instructions to run for {@code code}: a copy with the pairs fused. */
    static int[] fuse(int[] code) {
        int[] out = code.clone();
        for (int i = 0; i + 1 < code.length; i++) {
            int fused = fused(code[i], code[i + 1]);
            if (fused != 0) {
                out[i] = fused;
            }
        }
        return out;
    }

    /** The superinstruction for the pair, or 0 (NOP with operand 0 is never one). */
    private static int fused(int first, int second) {
        int a = Opcode.operand(first);
        int b = Opcode.operand(second);
        int opA = first & 0xff;
        int opB = second & 0xff;
        if (opA == COMPARE_OP && opB == POP_JUMP_IF_FALSE && a < 1 << COMPARE_BITS && b < 1 << JUMP_BITS) {
            return Opcode.COMPARE_OP_POP_JUMP_IF_FALSE.encode(a | b << COMPARE_BITS);
        }
        if (a >= 1 << HALF_BITS || b >= 1 << HALF_BITS) {
            return 0;
        }
        Opcode pair = switch (opA) {
            case LOAD_FAST -> switch (opB) {
                case LOAD_FAST -> Opcode.LOAD_FAST_LOAD_FAST;
                case LOAD_CONST -> Opcode.LOAD_FAST_LOAD_CONST;
                case LOAD_ATTR -> Opcode.LOAD_FAST_LOAD_ATTR;
                default -> null;
            };
            case STORE_FAST -> opB == LOAD_FAST ? Opcode.STORE_FAST_LOAD_FAST : null;
            default -> null;
        };
        return pair == null ? 0 : pair.encode(a | b << HALF_BITS);
    }

    /** The first half's operand of a fused instruction's operand. */
    static int first(int arg) {
        return arg & (1 << HALF_BITS) - 1;
    }

    /** The second half's operand of a fused instruction's operand. */
    static int second(int arg) {
        return arg >>> HALF_BITS;
    }

    /** COMPARE_OP_POP_JUMP_IF_FALSE's comparison. */
    static int comparison(int arg) {
        return arg & (1 << COMPARE_BITS) - 1;
    }

    /** COMPARE_OP_POP_JUMP_IF_FALSE's jump target. */
    static int jumpTarget(int arg) {
        return arg >>> COMPARE_BITS;
    }
}
