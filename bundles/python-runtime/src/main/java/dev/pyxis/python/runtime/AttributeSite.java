package dev.pyxis.python.runtime;

import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.Memory;

/**
 * The inline cache of one attribute instruction (LOAD_ATTR, LOAD_METHOD, STORE_ATTR): how the
 * last receiver's attribute was found, valid for receivers of the same shape while their type's
 * namespace (and its bases') keeps the version it had. It holds no heap words — the collector
 * may move every object — only the shape, the type and indexes: an instance attribute's index,
 * or where in which type's namespace a method lives. {@link AttributeSites} fills it.
 *
 * <p>A site is polymorphic up to {@link #MAX_DEPTH} shapes: entries chain through
 * {@link #older}, the newest first (subclasses sharing a method's code see several shapes).
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
        STORE_NEW_SLOT,
        /** LOAD_ATTR on a module: entry {@link #index} of its dict, while the dict has layout {@link #dictLayout}. */
        MODULE_ENTRY,
        /**
         * LOAD_ATTR on the class {@link #receiver}: the value at {@link #definer}'s value
         * {@link #index}, as it is (a function, or a value that is no descriptor).
         */
        CLASS_VALUE
    }

    static final int MAX_DEPTH = 4;

    final Kind kind;
    final int shapeId;
    final PyType type;
    final int version;
    final int index;
    final PyType definer;
    final Shape next;
    /** MODULE_ENTRY: the module dict's layout stamp ({@link Dicts#layout}), which also identifies the dict. */
    final long dictLayout;
    /** CLASS_VALUE: the class read from (all classes share their metatype's shape), and its version then. */
    final PyType receiver;
    final int receiverVersion;
    /** The entry for another shape, or null; {@link #depth} counts the entries from here on. */
    final AttributeSite older;
    final int depth;
    /**
     * INSTANCE_SLOT: where the attribute is in an instance that holds it inline: its byte offset,
     * and the length (in words) the instance needs for that; other kinds: a length no object has.
     */
    final int inlineOffset;
    final long inlineLength;

    AttributeSite(Kind kind, Shape shape, int index, PyType definer, Shape next, AttributeSite older) {
        this(kind, shape, index, definer, next, 0, null, older);
    }

    AttributeSite(Kind kind, Shape shape, int index, PyType definer, Shape next, long dictLayout, PyType receiver,
            AttributeSite older) {
        this.kind = kind;
        this.dictLayout = dictLayout;
        this.receiver = receiver;
        this.receiverVersion = receiver == null ? 0 : receiver.version;
        this.shapeId = shape.id;
        this.type = shape.type;
        this.version = shape.type.version;
        this.index = index;
        this.definer = definer;
        this.next = next;
        this.older = keptBehind(older, shape);
        this.depth = this.older == null ? 1 : this.older.depth + 1;
        int word = shape.type.reservedSlots + index;
        this.inlineOffset = Layouts.INSTANCE_SLOTS + 8 * word;
        this.inlineLength = kind == Kind.INSTANCE_SLOT ? word + 1 : Long.MAX_VALUE;
    }

    /**
     * The entries a new entry for {@code shape} goes in front of: {@code head}, unless one of its
     * entries is out of date (its type changed since) or for the same shape — then none, so that
     * dead entries never fill the site.
     */
    static AttributeSite keptBehind(AttributeSite head, Shape shape) {
        for (AttributeSite c = head; c != null; c = c.older) {
            if (c.shapeId == shape.id || c.type.version != c.version) {
                return null;
            }
        }
        return head;
    }

    /**
     * Whether a miss at a site with entries {@code head} is worth an entry: the site has room for
     * another shape, or an entry is out of date (the new one then starts the site afresh). A full
     * site of live entries is megamorphic: its other shapes take the full protocol.
     */
    static boolean hasRoom(AttributeSite head) {
        if (head == null || head.depth < MAX_DEPTH) {
            return true;
        }
        for (AttributeSite c = head; c != null; c = c.older) {
            if (c.type.version != c.version) {
                return true;
            }
        }
        return false;
    }

    /**
     * LOAD_ATTR's hit on an attribute the receiver holds inline, or 0 (then {@link AttributeSites#load}
     * decides). The launcher has C1 compile it into the interpreter loop (tools/hotspot-directives.json),
     * saving a call on the most common attribute read.
     */
    long inlineValue(long receiver) {
        return matches(receiver) && Space.length(receiver) >= inlineLength ? Space.get(receiver, inlineOffset) : 0;
    }

    /** Whether {@code receiver} is an object of this site's shape and the type is unchanged. */
    boolean matches(long receiver) {
        return Py.isObject(receiver) && Header.runtimeBits(Memory.getWord(receiver)) == shapeId && type.version == version;
    }
}
