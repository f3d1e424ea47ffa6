package dev.pyxis.python.runtime;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The interpreter loop's size budget. The launcher has C1 alone compile {@code Interpreter.interpret}
 * (tools/hotspot-directives.json); C1's profiling tier gave up on the loop at about 5 KB of
 * bytecode ("CodeBuffer overflow"), and a loop entered once then never left the JVM's own
 * interpreter: nbody ran 35 times slower. Instructions that are not hot go to
 * {@link RareInstructions}.
 */
class InterpreterSizeTest {
    private static final int BUDGET = 3500;

    @Test
    void runStaysWithinItsBytecodeBudget() throws IOException {
        ClassModel model;
        try (InputStream in = Interpreter.class.getResourceAsStream("Interpreter.class")) {
            model = ClassFile.of().parse(in.readAllBytes());
        }
        MethodModel run = model.methods().stream().filter(m -> m.methodName().equalsString("interpret")).findFirst().orElseThrow();
        int size = run.findAttribute(java.lang.classfile.Attributes.code()).map(CodeAttribute::codeLength).orElseThrow();
        assertTrue(size > 1000, "found the loop (" + size + " bytes)");
        assertTrue(size <= BUDGET, "Interpreter.interpret has " + size + " bytes of bytecode, over its budget of " + BUDGET
                + ": move instructions that are not hot to RareInstructions");
    }
}
