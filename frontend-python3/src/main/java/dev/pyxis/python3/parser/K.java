package dev.pyxis.python3.parser;

/** Token kind codes used by the parser: the tokenizer's types, each operator and each hard keyword. */
final class K {
    private K() {
    }

    static final int ENDMARKER = 0, NAME = 1, NUMBER = 2, STRING = 3, NEWLINE = 4, INDENT = 5, DEDENT = 6;
    // operators
    static final int LPAR = 10, RPAR = 11, LSQB = 12, RSQB = 13, LBRACE = 14, RBRACE = 15, COLON = 16, COMMA = 17,
            SEMI = 18, PLUS = 19, MINUS = 20, STAR = 21, SLASH = 22, VBAR = 23, AMPER = 24, LESS = 25, GREATER = 26,
            EQUAL = 27, DOT = 28, PERCENT = 29, EQEQUAL = 30, NOTEQUAL = 31, LESSEQUAL = 32, GREATEREQUAL = 33,
            TILDE = 34, CIRCUMFLEX = 35, LEFTSHIFT = 36, RIGHTSHIFT = 37, DOUBLESTAR = 38, PLUSEQUAL = 39,
            MINEQUAL = 40, STAREQUAL = 41, SLASHEQUAL = 42, PERCENTEQUAL = 43, AMPEREQUAL = 44, VBAREQUAL = 45,
            CIRCUMFLEXEQUAL = 46, LEFTSHIFTEQUAL = 47, RIGHTSHIFTEQUAL = 48, DOUBLESTAREQUAL = 49,
            DOUBLESLASH = 50, DOUBLESLASHEQUAL = 51, AT = 52, ATEQUAL = 53, RARROW = 54, ELLIPSIS = 55,
            COLONEQUAL = 56, NOTEQ_DIAMOND = 57, BANG = 58, OTHER_OP = 59;
    // keywords
    static final int FALSE = 70, NONE = 71, TRUE = 72, AND = 73, AS = 74, ASSERT = 75, ASYNC = 76, AWAIT = 77,
            BREAK = 78, CLASS = 79, CONTINUE = 80, DEF = 81, DEL = 82, ELIF = 83, ELSE = 84, EXCEPT = 85,
            FINALLY = 86, FOR = 87, FROM = 88, GLOBAL = 89, IF = 90, IMPORT = 91, IN = 92, IS = 93, LAMBDA = 94,
            NONLOCAL = 95, NOT = 96, OR = 97, PASS = 98, RAISE = 99, RETURN = 100, TRY = 101, WHILE = 102,
            WITH = 103, YIELD = 104;

    static boolean isKeyword(int k) {
        return k >= FALSE;
    }

    static int keyword(String s) {
        return switch (s) {
            case "False" -> FALSE;
            case "None" -> NONE;
            case "True" -> TRUE;
            case "and" -> AND;
            case "as" -> AS;
            case "assert" -> ASSERT;
            case "async" -> ASYNC;
            case "await" -> AWAIT;
            case "break" -> BREAK;
            case "class" -> CLASS;
            case "continue" -> CONTINUE;
            case "def" -> DEF;
            case "del" -> DEL;
            case "elif" -> ELIF;
            case "else" -> ELSE;
            case "except" -> EXCEPT;
            case "finally" -> FINALLY;
            case "for" -> FOR;
            case "from" -> FROM;
            case "global" -> GLOBAL;
            case "if" -> IF;
            case "import" -> IMPORT;
            case "in" -> IN;
            case "is" -> IS;
            case "lambda" -> LAMBDA;
            case "nonlocal" -> NONLOCAL;
            case "not" -> NOT;
            case "or" -> OR;
            case "pass" -> PASS;
            case "raise" -> RAISE;
            case "return" -> RETURN;
            case "try" -> TRY;
            case "while" -> WHILE;
            case "with" -> WITH;
            case "yield" -> YIELD;
            default -> NAME;
        };
    }

    static int operator(String s) {
        return switch (s) {
            case "(" -> LPAR;
            case ")" -> RPAR;
            case "[" -> LSQB;
            case "]" -> RSQB;
            case "{" -> LBRACE;
            case "}" -> RBRACE;
            case ":" -> COLON;
            case "," -> COMMA;
            case ";" -> SEMI;
            case "+" -> PLUS;
            case "-" -> MINUS;
            case "*" -> STAR;
            case "/" -> SLASH;
            case "|" -> VBAR;
            case "&" -> AMPER;
            case "<" -> LESS;
            case ">" -> GREATER;
            case "=" -> EQUAL;
            case "." -> DOT;
            case "%" -> PERCENT;
            case "==" -> EQEQUAL;
            case "!=" -> NOTEQUAL;
            case "<=" -> LESSEQUAL;
            case ">=" -> GREATEREQUAL;
            case "~" -> TILDE;
            case "^" -> CIRCUMFLEX;
            case "<<" -> LEFTSHIFT;
            case ">>" -> RIGHTSHIFT;
            case "**" -> DOUBLESTAR;
            case "+=" -> PLUSEQUAL;
            case "-=" -> MINEQUAL;
            case "*=" -> STAREQUAL;
            case "/=" -> SLASHEQUAL;
            case "%=" -> PERCENTEQUAL;
            case "&=" -> AMPEREQUAL;
            case "|=" -> VBAREQUAL;
            case "^=" -> CIRCUMFLEXEQUAL;
            case "<<=" -> LEFTSHIFTEQUAL;
            case ">>=" -> RIGHTSHIFTEQUAL;
            case "**=" -> DOUBLESTAREQUAL;
            case "//" -> DOUBLESLASH;
            case "//=" -> DOUBLESLASHEQUAL;
            case "@" -> AT;
            case "@=" -> ATEQUAL;
            case "->" -> RARROW;
            case "..." -> ELLIPSIS;
            case ":=" -> COLONEQUAL;
            case "<>" -> NOTEQ_DIAMOND;
            case "!" -> BANG;
            default -> OTHER_OP;
        };
    }
}
