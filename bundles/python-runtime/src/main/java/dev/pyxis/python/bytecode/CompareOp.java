package dev.pyxis.python.bytecode;

/** The operand of {@link Opcode#COMPARE_OP}: a rich comparison and its reflection. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"),
    GT(">", "__gt__"), GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();

    private final String symbol;
    private final String method;

    CompareOp(String symbol, String method) {
        this.symbol = symbol;
        this.method = method;
    }

    public static CompareOp of(int operand) {
        return VALUES[operand];
    }

    public String symbol() {
        return symbol;
    }

    public String method() {
        return method;
    }

    /** The comparison with the operands exchanged: {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case GT -> LT;
            case GE -> LE;
            default -> this;
        };
    }
}
