package dev.pyxis.python.runtime;

import static dev.pyxis.python.bytecode.Opcode.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.pyxis.python.bytecode.CompareOp;
import org.junit.jupiter.api.Test;

/** Which pairs {@link Superinstructions#fuse} fuses, how it packs their operands, and what it leaves alone. */
class SuperinstructionsTest {
    @Test
    void fusesEachPairIntoItsFirstSlotAndKeepsTheSecond() {
        int[] code = {
            LOAD_FAST.encode(1), LOAD_FAST.encode(2), BINARY_OP.encode(0),
            STORE_FAST.encode(3), LOAD_FAST.encode(4), LOAD_CONST.encode(5), BINARY_OP.encode(0),
            LOAD_FAST.encode(6), LOAD_ATTR.encode(7), RETURN_VALUE.encode(0),
        };
        int[] fused = Superinstructions.fuse(code);
        assertEquals(LOAD_FAST_LOAD_FAST, of(fused[0]));
        assertEquals(1, Superinstructions.first(operand(fused[0])));
        assertEquals(2, Superinstructions.second(operand(fused[0])));
        assertEquals(code[1], fused[1], "a LOAD_FAST followed by BINARY_OP stays");
        assertEquals(STORE_FAST_LOAD_FAST, of(fused[3]));
        assertEquals(3, Superinstructions.first(operand(fused[3])));
        assertEquals(4, Superinstructions.second(operand(fused[3])));
        assertEquals(LOAD_FAST_LOAD_CONST, of(fused[4]), "the second of a pair starts the next pair");
        assertEquals(5, Superinstructions.second(operand(fused[4])));
        assertEquals(code[5], fused[5]);
        assertEquals(LOAD_FAST_LOAD_ATTR, of(fused[7]));
        assertEquals(7, Superinstructions.second(operand(fused[7])));
        assertEquals(code[8], fused[8]);
        assertEquals(code[9], fused[9]);
    }

    @Test
    void fusesACompareWithTheConditionalJumpAfterIt() {
        int lt = CompareOp.LT.ordinal();
        int[] code = {COMPARE_OP.encode(lt), POP_JUMP_IF_FALSE.encode(300_000), COMPARE_OP.encode(lt),
            POP_JUMP_IF_TRUE.encode(0)};
        int[] fused = Superinstructions.fuse(code);
        assertEquals(COMPARE_OP_POP_JUMP_IF_FALSE, of(fused[0]));
        assertEquals(lt, Superinstructions.comparison(operand(fused[0])));
        assertEquals(300_000, Superinstructions.jumpTarget(operand(fused[0])));
        assertArrayEquals(new int[] {code[1], code[2], code[3]}, new int[] {fused[1], fused[2], fused[3]});
    }

    @Test
    void leavesPairsWhoseOperandsDoNotFit() {
        int[] code = {LOAD_FAST.encode(4096), LOAD_FAST.encode(1), LOAD_CONST.encode(5000), COMPARE_OP.encode(0),
            POP_JUMP_IF_FALSE.encode(1 << 20)};
        assertArrayEquals(code, Superinstructions.fuse(code));
    }

    @Test
    void leavesTheUnitsOwnCodeUnchanged() {
        int[] code = {LOAD_FAST.encode(0), LOAD_FAST.encode(1)};
        int[] copy = code.clone();
        Superinstructions.fuse(code);
        assertArrayEquals(copy, code);
    }
}
