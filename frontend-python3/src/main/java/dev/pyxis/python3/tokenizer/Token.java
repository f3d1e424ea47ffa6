package dev.pyxis.python3.tokenizer;

/**
 * One token. Lines are 1-based, columns 0-based and counted in code points; the end is exclusive.
 */
public record Token(TokenType type, String text, int startLine, int startCol, int endLine, int endCol) {
}
