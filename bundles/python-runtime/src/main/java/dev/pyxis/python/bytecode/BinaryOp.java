package dev.pyxis.python.bytecode;

/** The operand of {@link Opcode#BINARY_OP}: the operator, and whether it is the in-place form. */
public enum BinaryOp {
    ADD("+", "__add__", "__radd__"),
    SUBTRACT("-", "__sub__", "__rsub__"),
    MULTIPLY("*", "__mul__", "__rmul__"),
    MATRIX_MULTIPLY("@", "__matmul__", "__rmatmul__"),
    TRUE_DIVIDE("/", "__truediv__", "__rtruediv__"),
    FLOOR_DIVIDE("//", "__floordiv__", "__rfloordiv__"),
    REMAINDER("%", "__mod__", "__rmod__"),
    POWER("**", "__pow__", "__rpow__"),
    LSHIFT("<<", "__lshift__", "__rlshift__"),
    RSHIFT(">>", "__rshift__", "__rrshift__"),
    AND("&", "__and__", "__rand__"),
    OR("|", "__or__", "__ror__"),
    XOR("^", "__xor__", "__rxor__"),
    INPLACE_ADD(ADD), INPLACE_SUBTRACT(SUBTRACT), INPLACE_MULTIPLY(MULTIPLY),
    INPLACE_MATRIX_MULTIPLY(MATRIX_MULTIPLY), INPLACE_TRUE_DIVIDE(TRUE_DIVIDE),
    INPLACE_FLOOR_DIVIDE(FLOOR_DIVIDE), INPLACE_REMAINDER(REMAINDER), INPLACE_POWER(POWER),
    INPLACE_LSHIFT(LSHIFT), INPLACE_RSHIFT(RSHIFT), INPLACE_AND(AND), INPLACE_OR(OR),
    INPLACE_XOR(XOR);

    private static final BinaryOp[] VALUES = values();

    private final String symbol;
    private final String method;
    private final String reflected;
    private final BinaryOp base;

    BinaryOp(String symbol, String method, String reflected) {
        this.symbol = symbol;
        this.method = method;
        this.reflected = reflected;
        this.base = null;
    }

    BinaryOp(BinaryOp base) {
        this.symbol = base.symbol + "=";
        this.method = "__i" + base.method.substring(2);
        this.reflected = null;
        this.base = base;
    }

    public static BinaryOp of(int operand) {
        return VALUES[operand];
    }

    /** The operator as written, e.g. {@code +} or {@code +=} (used in TypeError messages). */
    public String symbol() {
        return symbol;
    }

    /** {@code __add__}, or {@code __iadd__} for the in-place form. */
    public String method() {
        return method;
    }

    /** The operator without assignment: ADD for both ADD and INPLACE_ADD. */
    public BinaryOp base() {
        return base == null ? this : base;
    }

    public boolean isInPlace() {
        return base != null;
    }

    /** {@code __radd__} for ADD and INPLACE_ADD. */
    public String reflectedMethod() {
        return base().reflected;
    }

    /** {@code __add__} for ADD and INPLACE_ADD. */
    public String binaryMethod() {
        return base().method;
    }

    public BinaryOp inPlace() {
        return base != null ? this : VALUES[ordinal() + 13];
    }
}
