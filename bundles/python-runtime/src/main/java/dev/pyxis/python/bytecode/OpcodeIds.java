package dev.pyxis.python.bytecode;

/**
 * The numbers of the {@link Opcode}s as compile-time constants, so that the interpreter can
 * dispatch with a switch on the instruction's low byte instead of going through the enum (two
 * more dependent loads per instruction). {@code OpcodeIdsTest} keeps every constant equal to its
 * opcode's ordinal: a new opcode, or a row moved in {@link Opcode}, needs its line here.
 */
public final class OpcodeIds {
    private OpcodeIds() {}

    public static final int LOAD_FAST = 0;
    public static final int BINARY_OP = 1;
    public static final int STORE_FAST = 2;
    public static final int LOAD_CONST = 3;
    public static final int LOAD_ATTR = 4;
    public static final int POP_JUMP_IF_FALSE = 5;
    public static final int LOAD_GLOBAL = 6;
    public static final int JUMP_BACKWARD = 7;
    public static final int FOR_ITER = 8;
    public static final int BINARY_SUBSCR = 9;
    public static final int COMPARE_OP = 10;
    public static final int RETURN_VALUE = 11;
    public static final int LOAD_METHOD = 12;
    public static final int CALL_METHOD = 13;
    public static final int CALL = 14;
    public static final int STORE_ATTR = 15;
    public static final int POP_TOP = 16;
    public static final int SWAP = 17;
    public static final int COPY = 18;
    public static final int STORE_SUBSCR = 19;
    public static final int YIELD_VALUE = 20;
    public static final int POP_JUMP_IF_TRUE = 21;
    public static final int CONTAINS_OP = 22;
    public static final int UNPACK_SEQUENCE = 23;
    public static final int JUMP_FORWARD = 24;
    public static final int LOAD_DEREF = 25;
    public static final int BUILD_TUPLE = 26;
    public static final int GET_ITER = 27;
    public static final int POP_JUMP_IF_NONE = 28;
    public static final int POP_JUMP_IF_NOT_NONE = 29;
    public static final int LIST_APPEND = 30;
    public static final int CALL_KW = 31;
    public static final int JUMP_IF_TRUE_OR_POP = 32;
    public static final int UNARY_NOT = 33;
    public static final int BUILD_LIST = 34;
    public static final int UNARY_NEGATIVE = 35;
    public static final int IS_OP = 36;
    public static final int JUMP_IF_FALSE_OR_POP = 37;
    public static final int LOAD_CLOSURE = 38;
    public static final int STORE_DEREF = 39;
    public static final int PUSH_NULL = 40;
    public static final int SEND = 41;
    public static final int CALL_METHOD_KW = 42;
    public static final int NOP = 43;
    public static final int DELETE_FAST = 44;
    public static final int DELETE_DEREF = 45;
    public static final int LOAD_CLASSDEREF = 46;
    public static final int LOAD_NAME = 47;
    public static final int STORE_NAME = 48;
    public static final int DELETE_NAME = 49;
    public static final int STORE_GLOBAL = 50;
    public static final int DELETE_GLOBAL = 51;
    public static final int DELETE_ATTR = 52;
    public static final int DELETE_SUBSCR = 53;
    public static final int BUILD_SLICE = 54;
    public static final int UNARY_POSITIVE = 55;
    public static final int UNARY_INVERT = 56;
    public static final int BUILD_SET = 57;
    public static final int BUILD_MAP = 58;
    public static final int BUILD_CONST_KEY_MAP = 59;
    public static final int BUILD_STRING = 60;
    public static final int SET_ADD = 61;
    public static final int MAP_ADD = 62;
    public static final int LIST_EXTEND = 63;
    public static final int SET_UPDATE = 64;
    public static final int DICT_UPDATE = 65;
    public static final int DICT_MERGE = 66;
    public static final int LIST_TO_TUPLE = 67;
    public static final int UNPACK_EX = 68;
    public static final int FORMAT_VALUE = 69;
    public static final int GET_YIELD_FROM_ITER = 70;
    public static final int CALL_FUNCTION_EX = 71;
    public static final int MAKE_FUNCTION = 72;
    public static final int LOAD_BUILD_CLASS = 73;
    public static final int SETUP_ANNOTATIONS = 74;
    public static final int GET_AWAITABLE = 75;
    public static final int GET_AITER = 76;
    public static final int GET_ANEXT = 77;
    public static final int END_ASYNC_FOR = 78;
    public static final int ASYNC_GEN_WRAP = 79;
    public static final int RAISE_VARARGS = 80;
    public static final int RERAISE = 81;
    public static final int PUSH_EXC_INFO = 82;
    public static final int POP_EXCEPT = 83;
    public static final int CHECK_EXC_MATCH = 84;
    public static final int CHECK_EG_MATCH = 85;
    public static final int PREP_RERAISE_STAR = 86;
    public static final int LOAD_ASSERTION_ERROR = 87;
    public static final int BEFORE_WITH = 88;
    public static final int BEFORE_ASYNC_WITH = 89;
    public static final int WITH_EXCEPT_START = 90;
    public static final int IMPORT_NAME = 91;
    public static final int IMPORT_FROM = 92;
    public static final int IMPORT_STAR = 93;
    public static final int GET_LEN = 94;
    public static final int MATCH_MAPPING = 95;
    public static final int MATCH_SEQUENCE = 96;
    public static final int MATCH_KEYS = 97;
    public static final int MATCH_CLASS = 98;
    public static final int COPY_DICT_WITHOUT_KEYS = 99;
    public static final int PRINT_EXPR = 100;
}
