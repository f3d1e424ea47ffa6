package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/** property objects: fget (F1), fset (F2), fdel (F3), doc (F4). */
final class Properties {
    private Properties() {}

    /** "'name' " for messages, from the getter's __name__ as CPython 3.11 words them, or "". */
    static String nameFor(Space s, long property) {
        long fget = Space.get(property, F1);
        if (fget != Py.NONE && s.typeOf(fget) == s.functionType) {
            return "'" + s.str(Space.get(fget, FN_NAME)) + "' ";
        }
        return "";
    }
}
