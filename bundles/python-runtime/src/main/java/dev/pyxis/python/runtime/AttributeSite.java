package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Memory;

/**
 * The inline cache of one attribute instruction (LOAD_ATTR, LOAD_METHOD, STORE_ATTR): how the
 * last receiver's attribute was found, valid for receivers of the same shape while their type's
 * namespace (and its bases') keeps the version it had. It holds no heap words — the collector
 * may move every object — only the shape, the type and indexes: an instance attribute's index,
 * or where in which type's namespace a method lives. {@link AttributeSites} fills it.
 */
final class AttributeSite {
    /** What the cache remembers for its shape. */
    enum Kind {
        /** LOAD_ATTR: the instance's own attribute at {@link #index}. */
        INSTANCE_SLOT,
        /** LOAD_METHOD: the plain function or builtin method at {@link #definer}'s value {@link #index}. */
        METHOD,
        /** STORE_ATTR: overwrite the instance's attribute at {@link #index}. */
        STORE_SLOT,
        /** STORE_ATTR: add the attribute: the instance moves to {@link #next}, the value goes to {@link #index}. */
        STORE_NEW_SLOT
    }

    final Kind kind;
    final int shapeId;
    final PyType type;
    final int version;
    final int index;
    final PyType definer;
    final Shape next;

    AttributeSite(Kind kind, Shape shape, int index, PyType definer, Shape next) {
        this.kind = kind;
        this.shapeId = shape.id;
        this.type = shape.type;
        this.version = shape.type.version;
        this.index = index;
        this.definer = definer;
        this.next = next;
    }

    /** Whether {@code receiver} is an object of this site's shape and the type is unchanged. */
    boolean matches(long receiver) {
        return Py.isObject(receiver) && Header.runtimeBits(Memory.getWord(receiver)) == shapeId && type.version == version;
    }
}
