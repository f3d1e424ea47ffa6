package dev.pyxis.python.runtime;

import java.util.HashMap;
import java.util.Map;

/**
 * Hidden class of an object (PyPy's map): its type, and for instances which attribute lives in
 * which slot. Shapes are immutable and shared; adding an attribute follows a transition to a
 * child shape. The shape id is kept in the object header's runtime bits, so the type of any
 * object is one header read and one array load away. Shapes live as long as the space.
 */
final class Shape {
    final int id;
    final PyType type;
    final Shape parent;
    /** Attribute name of the last slot added (null for a type's root shape). */
    final String name;
    /** Number of attribute slots this shape describes. */
    final int size;
    /**
     * Whether attributes live in a real dict held in the first attribute slot (after __dict__ was
     * taken); the named slots after it hold {@code __slots__} values.
     */
    final boolean dictBacked;
    private final Map<String, Shape> transitions = new HashMap<>(4);
    private final Map<String, Integer> indexes;

    Shape(int id, PyType type, Shape parent, String name, boolean dictBacked) {
        this.id = id;
        this.type = type;
        this.parent = parent;
        this.name = name;
        this.dictBacked = dictBacked;
        this.size = parent == null ? (dictBacked ? 1 : 0) : parent.size + 1;
        this.indexes = parent == null ? new HashMap<>(0) : new HashMap<>(parent.indexes);
        if (name != null) {
            indexes.put(name, size - 1);
        }
    }

    /** The attribute's slot index, or -1. */
    int indexOf(String attribute) {
        Integer i = indexes.get(attribute);
        return i == null ? -1 : i;
    }

    /** Attribute names in slot order (null at a dict-backed shape's index 0). */
    String[] names() {
        String[] out = new String[size];
        for (Shape s = this; s != null && s.name != null; s = s.parent) {
            out[s.size - 1] = s.name;
        }
        return out;
    }

    Shape with(String attribute, Shapes registry) {
        Shape next = transitions.get(attribute);
        if (next == null) {
            next = registry.create(type, this, attribute, dictBacked);
            transitions.put(attribute, next);
        }
        return next;
    }

    /** Registry of all shapes: ids index this table. */
    static final class Shapes {
        private Shape[] table = new Shape[256];
        private int count = 1;   // 0 is never a shape: a header without runtime bits is invalid

        synchronized Shape create(PyType type, Shape parent, String name, boolean dictBacked) {
            if (count == table.length) {
                table = java.util.Arrays.copyOf(table, count * 2);
            }
            Shape s = new Shape(count, type, parent, name, dictBacked);
            table[count++] = s;
            return s;
        }

        Shape get(int id) {
            return table[id];
        }
    }
}
