package dev.pyxis.python.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * The str methods, repr and ascii against CPython 3.11's results on random and edge strings
 * (expected-str.txt.gz, written by tools/gen-unicode-tests.py).
 */
class StrAlgorithmsTest {

    @Test
    void allCasesAgreeWithCPython() throws IOException {
        int n = ExpectedCases.check("expected-str.txt.gz", op -> run(op.name(), op.args()));
        assertTrue(n > 15000, "case file too small: " + n);
    }

    private static Object run(String name, ExpectedCases.Args a) {
        return switch (name) {
            case "lower" -> CaseMapping.lower(a.str());
            case "upper" -> CaseMapping.upper(a.str());
            case "title" -> CaseMapping.title(a.str());
            case "capitalize" -> CaseMapping.capitalize(a.str());
            case "swapcase" -> CaseMapping.swapcase(a.str());
            case "casefold" -> CaseMapping.casefold(a.str());
            case "isalpha" -> StrPredicates.isAlpha(a.str());
            case "isdecimal" -> StrPredicates.isDecimal(a.str());
            case "isdigit" -> StrPredicates.isDigit(a.str());
            case "isnumeric" -> StrPredicates.isNumeric(a.str());
            case "isalnum" -> StrPredicates.isAlnum(a.str());
            case "isspace" -> StrPredicates.isSpace(a.str());
            case "islower" -> StrPredicates.isLower(a.str());
            case "isupper" -> StrPredicates.isUpper(a.str());
            case "istitle" -> StrPredicates.isTitle(a.str());
            case "isidentifier" -> StrPredicates.isIdentifier(a.str());
            case "isprintable" -> StrPredicates.isPrintable(a.str());
            case "isascii" -> StrPredicates.isAscii(a.str());
            case "len" -> CodePoints.length(a.str());
            case "repr" -> StrRepr.repr(a.str());
            case "ascii" -> StrRepr.ascii(a.str());
            case "bytesrepr" -> StrRepr.bytesRepr(a.bytes());
            case "find" -> StrAlgorithms.find(a.str(), a.str(), a.bound(0), a.bound(StrAlgorithms.NO_END));
            case "rfind" -> StrAlgorithms.rfind(a.str(), a.str(), a.bound(0), a.bound(StrAlgorithms.NO_END));
            case "index" -> StrAlgorithms.index(a.str(), a.str(), a.bound(0), a.bound(StrAlgorithms.NO_END));
            case "rindex" -> StrAlgorithms.rindex(a.str(), a.str(), a.bound(0), a.bound(StrAlgorithms.NO_END));
            case "count" -> StrAlgorithms.count(a.str(), a.str(), a.bound(0), a.bound(StrAlgorithms.NO_END));
            case "startswith" -> StrAlgorithms.startsWith(a.str(), a.str(), a.bound(0), a.bound(StrAlgorithms.NO_END));
            case "endswith" -> StrAlgorithms.endsWith(a.str(), a.str(), a.bound(0), a.bound(StrAlgorithms.NO_END));
            case "replace" -> StrAlgorithms.replace(a.str(), a.str(), a.str(), a.integer());
            case "split" -> StrAlgorithms.split(a.str(), a.str(), a.integer());
            case "rsplit" -> StrAlgorithms.rsplit(a.str(), a.str(), a.integer());
            case "splitlines" -> StrAlgorithms.splitlines(a.str(), a.bool());
            case "strip" -> StrAlgorithms.strip(a.str(), a.str());
            case "lstrip" -> StrAlgorithms.lstrip(a.str(), a.str());
            case "rstrip" -> StrAlgorithms.rstrip(a.str(), a.str());
            case "partition" -> StrAlgorithms.partition(a.str(), a.str());
            case "rpartition" -> StrAlgorithms.rpartition(a.str(), a.str());
            case "expandtabs" -> StrAlgorithms.expandtabs(a.str(), a.integer());
            case "center" -> StrAlgorithms.center(a.str(), a.integer(), a.str().codePointAt(0));
            case "ljust" -> StrAlgorithms.ljust(a.str(), a.integer(), a.str().codePointAt(0));
            case "rjust" -> StrAlgorithms.rjust(a.str(), a.integer(), a.str().codePointAt(0));
            case "zfill" -> StrAlgorithms.zfill(a.str(), a.integer());
            default -> ExpectedCases.Op.UNKNOWN;
        };
    }

    @Test
    void indicesAreCodePointsAroundSurrogatePairs() {
        String s = "\uD83D\uDE00a\uD83D\uDE00b";
        assertEquals(1, StrAlgorithms.find(s, "a", 0, StrAlgorithms.NO_END));
        assertEquals(3, StrAlgorithms.find(s, "b", 2, StrAlgorithms.NO_END));
        assertEquals(-1, StrAlgorithms.find(s, "\uDE00", 0, StrAlgorithms.NO_END));
        assertEquals(4, CodePoints.length(s));
    }

    @Test
    void emptySeparatorIsAValueError() {
        PyFailure f = assertThrows(PyFailure.class, () -> StrAlgorithms.split("a", "", -1));
        assertEquals(PyFailure.Kind.VALUE_ERROR, f.kind());
        assertEquals("empty separator", f.getMessage());
    }
}
