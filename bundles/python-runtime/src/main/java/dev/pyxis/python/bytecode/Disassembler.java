package dev.pyxis.python.bytecode;

import java.util.Arrays;

/** Text listing of a code unit and the units nested in its constants, in the spirit of {@code dis}. */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(CodeUnit unit) {
        StringBuilder sb = new StringBuilder();
        write(unit, sb);
        return sb.toString();
    }

    private static void write(CodeUnit u, StringBuilder sb) {
        sb.append("Disassembly of ").append(u.qualname()).append(" (").append(u.filename()).append(", line ")
                .append(u.firstLineno()).append("): args=").append(u.argCount()).append(" posonly=")
                .append(u.posOnlyArgCount()).append(" kwonly=").append(u.kwOnlyArgCount()).append(" flags=0x")
                .append(Integer.toHexString(u.flags())).append(" stack=").append(u.maxStack()).append('\n');
        sb.append("  varnames=").append(Arrays.toString(u.varnames())).append(" cellvars=")
                .append(Arrays.toString(u.cellvars())).append(" freevars=").append(Arrays.toString(u.freevars()))
                .append('\n');
        int lastLine = -1;
        int[] code = u.code();
        for (int i = 0; i < code.length; i++) {
            int line = u.line(i);
            String lineText = line != lastLine ? String.format("%4d", line) : "    ";
            lastLine = line;
            Opcode op = Opcode.of(code[i]);
            int arg = Opcode.operand(code[i]);
            sb.append(lineText).append(String.format(" %5d %-22s", i, op.name()));
            if (op.arg() != Opcode.Arg.NONE) {
                sb.append(String.format("%5d", arg)).append(describe(u, op, arg));
            }
            sb.append('\n');
        }
        int[] t = u.exceptionTable();
        if (t.length > 0) {
            sb.append("  exception table:\n");
            for (int i = 0; i < t.length; i += CodeUnit.EXCEPTION_ENTRY_SIZE) {
                sb.append(String.format("    %d to %d -> %d [%d]%s%n", t[i], t[i + 1], t[i + 2], t[i + 3],
                        t[i + 4] != 0 ? " lasti" : ""));
            }
        }
        for (Object c : u.constants()) {
            if (c instanceof CodeUnit nested) {
                sb.append('\n');
                write(nested, sb);
            }
        }
    }

    private static String describe(CodeUnit u, Opcode op, int arg) {
        return switch (op.arg()) {
            case CONST -> " (" + constant(u.constants()[arg]) + ")";
            case NAME -> " (" + u.names()[arg] + ")";
            case LOCAL -> " (" + u.varnames()[arg] + ")";
            case CELL -> " (" + (arg < u.cellvars().length ? u.cellvars()[arg] : u.freevars()[arg - u.cellvars().length]) + ")";
            case JUMP -> " (to " + arg + ")";
            case BINARY_OP -> " (" + BinaryOp.of(arg).symbol() + ")";
            case COMPARE_OP -> " (" + CompareOp.of(arg).symbol() + ")";
            default -> "";
        };
    }

    private static String constant(Object c) {
        return switch (c) {
            case String s -> "'" + s.replace("\n", "\\n") + "'";
            case CodeUnit cu -> "<code " + cu.qualname() + ">";
            case Constant.Tuple t -> "(" + String.join(", ", t.items().stream().map(Disassembler::constant).toList()) + ")";
            case Constant.Singleton singleton -> singleton == Constant.Singleton.NONE ? "None" : "Ellipsis";
            default -> String.valueOf(c);
        };
    }
}
