package dev.pyxis.python3.compiler;

import dev.pyxis.python.bytecode.BinaryOp;
import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python.bytecode.CompareOp;
import dev.pyxis.python.bytecode.Opcode;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Checks a code unit independently of how it was produced: every operand is in range for its
 * kind (constant, name, local, cell, jump target, operator), the exception table is well formed,
 * and an abstract interpretation of the stack depth over all paths (including the edges into
 * exception handlers) never underflows, agrees at every join and never exceeds maxStack, which
 * must be exactly the maximum reached.
 */
public final class BytecodeVerifier {
    private BytecodeVerifier() {
    }

    /** Thrown when a code unit fails verification. */
    public static final class VerifyError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VerifyError(CodeUnit code, int index, String msg) {
            super(code.qualname() + " (" + code.filename() + ")" + (index >= 0 ? " at " + index : "") + ": " + msg);
        }
    }

    /** Verifies a code unit and, recursively, the code units among its constants. */
    public static void verifyTree(CodeUnit code) {
        verify(code);
        for (Object c : code.constants()) {
            if (c instanceof CodeUnit child) {
                verifyTree(child);
            }
        }
    }

    /** Verifies one code unit. */
    public static void verify(CodeUnit code) {
        int[] insns = code.code();
        int n = insns.length;
        if (n == 0) {
            throw new VerifyError(code, -1, "empty code");
        }
        int[] table = code.exceptionTable();
        for (int i = 0; i < table.length; i += CodeUnit.EXCEPTION_ENTRY_SIZE) {
            int start = table[i];
            int end = table[i + 1];
            int handler = table[i + 2];
            if (start < 0 || end > n || start >= end || handler < 0 || handler >= n || table[i + 3] < 0
                    || (table[i + 4] & ~1) != 0) {
                throw new VerifyError(code, -1, "bad exception table entry " + i / CodeUnit.EXCEPTION_ENTRY_SIZE);
            }
        }
        int cells = code.cellvars().length + code.freevars().length;
        for (int i = 0; i < n; i++) {
            Opcode op;
            try {
                op = Opcode.of(insns[i]);
            } catch (ArrayIndexOutOfBoundsException e) {
                throw new VerifyError(code, i, "unknown opcode " + (insns[i] & 0xff));
            }
            int arg = Opcode.operand(insns[i]);
            if (op.arg() == Opcode.Arg.FUSED) {
                throw new VerifyError(code, i, op + " is a superinstruction, which only the runtime writes");
            }
            boolean ok = switch (op.arg()) {
                case NONE -> arg == 0;
                case CONST -> arg < code.constants().length;
                case LOCAL -> arg < code.varnames().length;
                case CELL -> arg < cells;
                case NAME -> arg < code.names().length;
                case JUMP -> arg < n;
                case COUNT -> switch (op) {
                    case COPY -> arg >= 1;
                    case SWAP -> arg >= 2;
                    case BUILD_SLICE -> arg == 2 || arg == 3;
                    default -> true;
                };
                case FLAG -> arg < 16;
                case BINARY_OP -> arg < BinaryOp.values().length;
                case COMPARE_OP -> arg < CompareOp.values().length;
                case FUSED -> false;
            };
            if (!ok) {
                throw new VerifyError(code, i, op + " operand out of range: " + arg);
            }
        }
        int[] depth = new int[n];
        Arrays.fill(depth, -1);
        depth[0] = 0;
        ArrayDeque<Integer> work = new ArrayDeque<>();
        work.push(0);
        int max = 0;
        while (!work.isEmpty()) {
            int i = work.pop();
            int d = depth[i];
            Opcode op = Opcode.of(insns[i]);
            int arg = Opcode.operand(insns[i]);
            int needed = switch (op) {
                case COPY, SWAP -> arg;
                case LIST_APPEND, SET_ADD, LIST_EXTEND, SET_UPDATE, DICT_UPDATE -> arg + 1;
                case DICT_MERGE -> arg + 3;
                case MAP_ADD -> arg + 2;
                default -> pops(op, arg);
            };
            if (d < needed) {
                throw new VerifyError(code, i, op + " needs " + needed + " stack items, has " + d);
            }
            int h = code.handlerFor(i);
            if (h >= 0) {
                int hd = table[h + 3] + table[h + 4] + 1;
                if (table[h + 3] > d) {
                    throw new VerifyError(code, i, "handler unwinds to depth " + table[h + 3] + " above " + d);
                }
                max = Math.max(max, hd);
                join(code, depth, work, table[h + 2], hd, i);
            }
            switch (op) {
                case RETURN_VALUE, RAISE_VARARGS, RERAISE -> {
                    continue;
                }
                default -> { }
            }
            if (op.arg() == Opcode.Arg.JUMP) {
                int dj = d + op.stackEffect(arg, true);
                max = Math.max(max, dj);
                join(code, depth, work, arg, dj, i);
                if (op == Opcode.JUMP_FORWARD || op == Opcode.JUMP_BACKWARD) {
                    continue;
                }
            }
            int dn = d + op.stackEffect(arg, false);
            max = Math.max(max, dn);
            if (i + 1 >= n) {
                throw new VerifyError(code, i, "control falls off the end");
            }
            join(code, depth, work, i + 1, dn, i);
        }
        if (max != code.maxStack()) {
            throw new VerifyError(code, -1, "maxStack is " + code.maxStack() + " but the stack reaches " + max);
        }
    }

    /** How many items an instruction reads from the stack (at least its pops). */
    private static int pops(Opcode op, int arg) {
        return switch (op) {
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING, BUILD_SLICE -> arg;
            case BUILD_MAP -> 2 * arg;
            case BUILD_CONST_KEY_MAP -> arg + 1;
            case CALL -> arg + 1;
            case CALL_KW -> arg + 2;
            case CALL_METHOD -> arg + 2;
            case CALL_METHOD_KW -> arg + 3;
            case CALL_FUNCTION_EX -> 2 + (arg & 1);
            case MAKE_FUNCTION -> 1 + Integer.bitCount(arg & 0xf);
            case RAISE_VARARGS -> arg;
            case RERAISE -> 1 + arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? 2 : 1;
            case STORE_ATTR, BINARY_SUBSCR, DELETE_SUBSCR, BINARY_OP, COMPARE_OP, IS_OP, CONTAINS_OP, SEND,
                 END_ASYNC_FOR, CHECK_EXC_MATCH, CHECK_EG_MATCH, PREP_RERAISE_STAR, IMPORT_NAME, MATCH_KEYS,
                 COPY_DICT_WITHOUT_KEYS -> 2;
            case STORE_SUBSCR, MATCH_CLASS -> 3;
            case WITH_EXCEPT_START -> 4;
            case NOP, PUSH_NULL, LOAD_CONST, LOAD_FAST, DELETE_FAST, LOAD_DEREF, DELETE_DEREF, LOAD_CLOSURE,
                 LOAD_CLASSDEREF, LOAD_NAME, DELETE_NAME, LOAD_GLOBAL, DELETE_GLOBAL, JUMP_FORWARD, JUMP_BACKWARD,
                 LOAD_BUILD_CLASS, SETUP_ANNOTATIONS, LOAD_ASSERTION_ERROR -> 0;
            default -> 1;
        };
    }

    private static void join(CodeUnit code, int[] depth, ArrayDeque<Integer> work, int target, int d, int from) {
        if (target < 0 || target >= depth.length) {
            throw new VerifyError(code, from, "jump target out of range: " + target);
        }
        if (d < 0) {
            throw new VerifyError(code, from, "stack underflow");
        }
        if (depth[target] < 0) {
            depth[target] = d;
            work.push(target);
        } else if (depth[target] != d) {
            throw new VerifyError(code, target, "stack depth " + depth[target] + " here but " + d + " from " + from);
        }
    }
}
