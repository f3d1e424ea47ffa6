package dev.pyxis.python3.ast;

import java.util.List;

/** The patterns of a {@code case} clause. */
public sealed interface Pattern extends Node, Located {

    /** A literal or dotted-name value pattern. */
    record MatchValue(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code None}, {@code True} or {@code False}: the value is {@link Singleton#NONE} or a Boolean. */
    record MatchSingleton(Object value, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    record MatchSequence(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Pattern {
    }

    /** {@code rest} is the name of a {@code **rest} capture, or null. */
    record MatchMapping(List<Expr> keys, List<Pattern> patterns, String rest,
                        int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    record MatchClass(Expr cls, List<Pattern> patterns, List<String> kwdAttrs, List<Pattern> kwdPatterns,
                      int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code *name} in a sequence pattern; {@code name} is null for {@code *_}. */
    record MatchStar(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements Pattern {
    }

    /** {@code pattern as name}, a capture ({@code pattern} null) or the wildcard {@code _} (both null). */
    record MatchAs(Pattern pattern, String name, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Pattern {
    }

    record MatchOr(List<Pattern> patterns, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Pattern {
    }
}
