package dev.pyxis.python.bytecode;

/**
 * The numbers of the {@link Opcode}s as compile-time constants, so that the interpreter can
 * dispatch with a switch on the instruction's low byte instead of going through the enum (two
 * more dependent loads per instruction). {@code OpcodeIdsTest} keeps every constant equal to its
 * opcode's ordinal: a new opcode, or a row moved in {@link Opcode}, needs its line here.
 */
public final class OpcodeIds {
    private OpcodeIds() {}

    public static final int BINARY_OP = 0;
    public static final int LOAD_FAST = 1;
    public static final int LOAD_CONST = 2;
    public static final int STORE_FAST_LOAD_FAST = 3;
    public static final int LOAD_FAST_LOAD_FAST = 4;
    public static final int LOAD_FAST_LOAD_ATTR = 5;
    public static final int STORE_FAST = 6;
    public static final int JUMP_BACKWARD = 7;
    public static final int LOAD_GLOBAL = 8;
    public static final int LOAD_FAST_LOAD_CONST = 9;
    public static final int BINARY_SUBSCR = 10;
    public static final int FOR_ITER = 11;
    public static final int COMPARE_OP_POP_JUMP_IF_FALSE = 12;
    public static final int RETURN_VALUE = 13;
    public static final int LOAD_METHOD = 14;
    public static final int CALL_METHOD = 15;
    public static final int CALL = 16;
    public static final int STORE_ATTR = 17;
    public static final int POP_TOP = 18;
    public static final int SWAP = 19;
    public static final int COPY = 20;
    public static final int LOAD_ATTR = 21;
    public static final int STORE_SUBSCR = 22;
    public static final int POP_JUMP_IF_FALSE = 23;
    public static final int YIELD_VALUE = 24;
    public static final int POP_JUMP_IF_TRUE = 25;
    public static final int JUMP_FORWARD = 26;
    public static final int UNPACK_SEQUENCE = 27;
    public static final int CONTAINS_OP = 28;
    public static final int LOAD_DEREF = 29;
    public static final int BUILD_TUPLE = 30;
    public static final int GET_ITER = 31;
    public static final int POP_JUMP_IF_NONE = 32;
    public static final int POP_JUMP_IF_NOT_NONE = 33;
    public static final int LIST_APPEND = 34;
    public static final int JUMP_IF_TRUE_OR_POP = 35;
    public static final int COMPARE_OP = 36;
    public static final int JUMP_IF_FALSE_OR_POP = 37;
    public static final int SEND = 38;
    public static final int NOP = 39;
    public static final int PUSH_NULL = 40;
    public static final int LOAD_CLOSURE = 41;
    public static final int STORE_DEREF = 42;
    public static final int DELETE_FAST = 43;
    public static final int DELETE_DEREF = 44;
    public static final int LOAD_CLASSDEREF = 45;
    public static final int LOAD_NAME = 46;
    public static final int STORE_NAME = 47;
    public static final int DELETE_NAME = 48;
    public static final int STORE_GLOBAL = 49;
    public static final int DELETE_GLOBAL = 50;
    public static final int DELETE_ATTR = 51;
    public static final int DELETE_SUBSCR = 52;
    public static final int BUILD_SLICE = 53;
    public static final int UNARY_NOT = 54;
    public static final int UNARY_NEGATIVE = 55;
    public static final int IS_OP = 56;
    public static final int UNARY_POSITIVE = 57;
    public static final int UNARY_INVERT = 58;
    public static final int BUILD_LIST = 59;
    public static final int BUILD_SET = 60;
    public static final int BUILD_MAP = 61;
    public static final int BUILD_CONST_KEY_MAP = 62;
    public static final int BUILD_STRING = 63;
    public static final int SET_ADD = 64;
    public static final int MAP_ADD = 65;
    public static final int LIST_EXTEND = 66;
    public static final int SET_UPDATE = 67;
    public static final int DICT_UPDATE = 68;
    public static final int DICT_MERGE = 69;
    public static final int LIST_TO_TUPLE = 70;
    public static final int UNPACK_EX = 71;
    public static final int FORMAT_VALUE = 72;
    public static final int GET_YIELD_FROM_ITER = 73;
    public static final int CALL_KW = 74;
    public static final int CALL_METHOD_KW = 75;
    public static final int CALL_FUNCTION_EX = 76;
    public static final int MAKE_FUNCTION = 77;
    public static final int LOAD_BUILD_CLASS = 78;
    public static final int SETUP_ANNOTATIONS = 79;
    public static final int GET_AWAITABLE = 80;
    public static final int GET_AITER = 81;
    public static final int GET_ANEXT = 82;
    public static final int END_ASYNC_FOR = 83;
    public static final int ASYNC_GEN_WRAP = 84;
    public static final int RAISE_VARARGS = 85;
    public static final int RERAISE = 86;
    public static final int PUSH_EXC_INFO = 87;
    public static final int POP_EXCEPT = 88;
    public static final int CHECK_EXC_MATCH = 89;
    public static final int CHECK_EG_MATCH = 90;
    public static final int PREP_RERAISE_STAR = 91;
    public static final int LOAD_ASSERTION_ERROR = 92;
    public static final int BEFORE_WITH = 93;
    public static final int BEFORE_ASYNC_WITH = 94;
    public static final int WITH_EXCEPT_START = 95;
    public static final int IMPORT_NAME = 96;
    public static final int IMPORT_FROM = 97;
    public static final int IMPORT_STAR = 98;
    public static final int GET_LEN = 99;
    public static final int MATCH_MAPPING = 100;
    public static final int MATCH_SEQUENCE = 101;
    public static final int MATCH_KEYS = 102;
    public static final int MATCH_CLASS = 103;
    public static final int COPY_DICT_WITHOUT_KEYS = 104;
    public static final int PRINT_EXPR = 105;
}
