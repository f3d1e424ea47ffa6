package dev.pyxis.python3.tokenizer;

/** Token kinds, named as in CPython's {@code token} module. */
public enum TokenType {
    ENDMARKER, NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, OP, COMMENT, NL
}
