package dev.pyxis.python.runtime;

/**
 * {@code str.format} and {@code str.format_map}: the replacement-field syntax
 * {@code {name[.attr|[key]]*[!conv][:spec]}} with automatic or manual numbering, nested fields in
 * the spec (two levels, as in CPython), and {@code format()} of each value through
 * {@link Formatting#formatValue}.
 */
final class StrFormat {
    private StrFormat() {}

    /** How deep fields may nest: a field in a field's spec is one level down. */
    private static final int MAX_DEPTH = 2;

    /** Per-call state: the argument slots and the numbering mode. */
    private static final class State {
        final int argsSlot;      // tuple of positional arguments, or -1 for format_map
        final int mappingSlot;   // kwargs dict or the format_map mapping
        int auto;                // next automatic index; -1 once manual numbering was used
        boolean manual;

        State(int argsSlot, int mappingSlot) {
            this.argsSlot = argsSlot;
            this.mappingSlot = mappingSlot;
        }
    }

    /**
     * Formats the str in {@code fmtSlot} with the positional tuple in {@code argsSlot} (-1 for
     * format_map) and the keyword mapping in {@code mappingSlot}.
     */
    static long format(Space s, int fmtSlot, int argsSlot, int mappingSlot) {
        String fmt = s.str(s.ts.get(fmtSlot));
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        render(s, fmt, MAX_DEPTH, new State(argsSlot, mappingSlot), out);
        return s.newStr(out.toString());
    }

    private static void render(Space s, String fmt, int depth, State st, StringBuilder out) {
        int n = fmt.length();
        int i = 0;
        while (i < n) {
            char c = fmt.charAt(i);
            if (c == '}') {
                if (i + 1 < n && fmt.charAt(i + 1) == '}') {
                    out.append('}');
                    i += 2;
                    continue;
                }
                throw Errors.valueError(s, "Single '}' encountered in format string");
            }
            if (c != '{') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < n && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
                continue;
            }
            if (i + 1 >= n) {
                throw Errors.valueError(s, "Single '{' encountered in format string");
            }
            if (depth <= 0) {
                throw Errors.valueError(s, "Max string recursion exceeded");
            }
            i = field(s, fmt, i + 1, depth, st, out);
        }
    }

    /** Formats the field whose text starts at {@code start} (after '{'); returns the index after its '}'. */
    private static int field(Space s, String fmt, int start, int depth, State st, StringBuilder out) {
        int n = fmt.length();
        // The field name runs to '!', ':' or '}' outside brackets.
        int i = start;
        boolean bracket = false;
        while (i < n) {
            char c = fmt.charAt(i);
            if (bracket) {
                bracket = c != ']';
            } else if (c == '[') {
                bracket = true;
            } else if (c == '!' || c == ':' || c == '}') {
                break;
            }
            i++;
        }
        if (i >= n) {
            throw Errors.valueError(s, "expected '}' before end of string");
        }
        String name = fmt.substring(start, i);
        int conversion = 0;
        if (fmt.charAt(i) == '!') {
            if (i + 1 >= n) {
                throw Errors.valueError(s, "end of string while looking for conversion specifier");
            }
            char conv = fmt.charAt(i + 1);
            if (i + 2 >= n) {
                throw Errors.valueError(s, "unmatched '{' in format spec");
            }
            char after = fmt.charAt(i + 2);
            if (after != ':' && after != '}') {
                throw Errors.valueError(s, "expected ':' after conversion specifier");
            }
            conversion = switch (conv) {
                case 's' -> 1;
                case 'r' -> 2;
                case 'a' -> 3;
                default -> throw Errors.valueError(s, "Unknown conversion specifier " + conv);
            };
            i += 2;
        }
        String spec = "";
        if (fmt.charAt(i) == ':') {
            int specStart = i + 1;
            int level = 0;
            i = specStart;
            while (true) {
                if (i >= n) {
                    throw Errors.valueError(s, "unmatched '{' in format spec");
                }
                char c = fmt.charAt(i);
                if (c == '{') {
                    level++;
                } else if (c == '}') {
                    if (level == 0) {
                        break;
                    }
                    level--;
                }
                i++;
            }
            spec = fmt.substring(specStart, i);
        }
        // fmt[i] is the closing '}'.
        ThreadState ts = s.ts;
        int value = ts.push(lookup(s, name, st));
        try {
            if (spec.indexOf('{') >= 0 || spec.indexOf('}') >= 0) {
                StringBuilder sb = new StringBuilder();
                render(s, spec, depth - 1, st, sb);
                spec = sb.toString();
            }
            int specSlot = ts.push(s.newStr(spec));
            out.append(s.str(Formatting.formatValue(s, value, conversion, specSlot)));
        } finally {
            ts.truncate(value);
        }
        return i + 1;
    }

    /** The value a field name designates: the argument, then its attributes and items. */
    private static long lookup(Space s, String name, State st) {
        ThreadState ts = s.ts;
        int n = name.length();
        int i = 0;
        while (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
            i++;
        }
        String first = name.substring(0, i);
        int obj = ts.push(0);
        try {
            ts.set(obj, argument(s, first, st));
            while (i < n) {
                char c = name.charAt(i);
                if (c == '.') {
                    int j = i + 1;
                    while (j < n && name.charAt(j) != '.' && name.charAt(j) != '[') {
                        j++;
                    }
                    if (j == i + 1) {
                        throw Errors.valueError(s, "Empty attribute in format string");
                    }
                    ts.set(obj, Attributes.get(s, obj, name.substring(i + 1, j)));
                    i = j;
                } else if (c == '[') {
                    int j = name.indexOf(']', i + 1);
                    if (j < 0) {
                        throw Errors.valueError(s, "Missing ']' in format string");
                    }
                    if (j == i + 1) {
                        throw Errors.valueError(s, "Empty attribute in format string");
                    }
                    String key = name.substring(i + 1, j);
                    long index = decimal(s, key);
                    int k = ts.push(index >= 0 ? Py.smallInt(index) : s.newStr(key));
                    ts.set(obj, Ops.getItem(s, obj, k));
                    ts.truncate(k);
                    i = j + 1;
                    if (i < n && name.charAt(i) != '.' && name.charAt(i) != '[') {
                        throw Errors.valueError(s, "Only '.' or '[' may follow ']' in format field specifier");
                    }
                }
            }
            return ts.get(obj);
        } finally {
            ts.truncate(obj);
        }
    }

    /** The argument named by the first part of a field name (empty: the next automatic index). */
    private static long argument(Space s, String first, State st) {
        ThreadState ts = s.ts;
        long index;
        if (first.isEmpty()) {
            if (st.manual) {
                throw Errors.valueError(s, "cannot switch from manual field specification to automatic field numbering");
            }
            index = st.auto++;
            if (st.argsSlot < 0) {
                throw Errors.valueError(s, "Format string contains positional fields");
            }
        } else {
            index = decimal(s, first);
            if (index < 0) {
                int k = ts.push(s.newStr(first));
                try {
                    long m = ts.get(st.mappingSlot);
                    if (s.typeOf(m) == s.dictType) {
                        long v = Dicts.get(s, m, ts.get(k));
                        if (v == 0) {
                            throw Errors.keyError(s, ts.get(k));
                        }
                        return v;
                    }
                    return Ops.getItem(s, st.mappingSlot, k);
                } finally {
                    ts.truncate(k);
                }
            }
            if (st.auto > 0) {
                throw Errors.valueError(s, "cannot switch from automatic field numbering to manual field specification");
            }
            st.manual = true;
            if (st.argsSlot < 0) {
                throw Errors.valueError(s, "Format string contains positional fields");
            }
        }
        long args = ts.get(st.argsSlot);
        if (index >= Space.length(args)) {
            throw Errors.indexError(s, "Replacement index " + index + " out of range for positional args tuple");
        }
        return Space.item(args, index);
    }

    /** The value of an all-digits string, or -1 when it has another character or is empty. */
    private static long decimal(Space s, String text) {
        if (text.isEmpty()) {
            return -1;
        }
        long v = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            if (v > (Long.MAX_VALUE - 9) / 10) {
                throw Errors.valueError(s, "Too many decimal digits in format string");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
