package dev.pyxis.python3.frontend;

import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;
import dev.pyxis.python3.compiler.CompileMode;
import dev.pyxis.python3.compiler.Python3Compiler;
import dev.pyxis.python3.tokenizer.PySyntaxError;

/**
 * The runtime's view of {@link Python3Compiler}: modes and warnings mapped one to one, and every
 * {@link PySyntaxError} turned into a {@link CompileFailure} with the same fields. Stateless.
 */
public final class Python3SourceCompiler implements SourceCompiler {
    /** The one instance; it holds no state. */
    public static final Python3SourceCompiler INSTANCE = new Python3SourceCompiler();

    private Python3SourceCompiler() {
    }

    @Override
    public CodeUnit compile(byte[] source, String text, String filename, Mode mode, int flags, WarningSink warnings) {
        CompileMode m = switch (mode) {
            case EXEC -> CompileMode.EXEC;
            case EVAL -> CompileMode.EVAL;
            case SINGLE -> CompileMode.SINGLE;
        };
        try {
            return text != null
                    ? Python3Compiler.compile(text, filename, m, flags, warnings::warn)
                    : Python3Compiler.compile(source, filename, m, flags, warnings::warn);
        } catch (PySyntaxError e) {
            throw failure(e);
        }
    }

    @Override
    public boolean isIncomplete(String text) {
        return InteractiveInput.isIncomplete(text);
    }

    /**
     * The same error in the runtime's terms. CPython's None end positions become 0, and so does
     * the offset of errors that have no column (bad encodings report -1).
     */
    static CompileFailure failure(PySyntaxError e) {
        return new CompileFailure(e.typeName(), e.msg(), e.filename(), e.lineno(), Math.max(e.offset(), 0),
                e.endLineno() == null ? 0 : e.endLineno(), e.endOffset() == null ? 0 : Math.max(e.endOffset(), 0),
                e.text());
    }

    @Override
    public int[] caretAnchors(String segment) {
        return dev.pyxis.python3.traceback.CaretAnchors.of(segment);
    }
}
