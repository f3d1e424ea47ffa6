package dev.pyxis.python.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OpcodeIds declares exactly the opcodes, each with its ordinal. */
class OpcodeIdsTest {
    @Test
    void everyOpcodeHasItsOrdinalAndNothingElseIsDeclared() throws IllegalAccessException {
        List<String> declared = new ArrayList<>();
        for (Field f : OpcodeIds.class.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) && f.getType() == int.class) {
                declared.add(f.getName());
                assertEquals(Opcode.valueOf(f.getName()).ordinal(), f.getInt(null), f.getName());
            }
        }
        assertEquals(Opcode.values().length, declared.size(), "opcodes without a constant, or extra constants");
    }
}
