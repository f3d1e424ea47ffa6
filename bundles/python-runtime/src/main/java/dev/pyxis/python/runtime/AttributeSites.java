package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CodeUnit;

/**
 * The attribute instructions with their inline caches ({@link AttributeSite}, one per
 * instruction in {@link Frame#sites}): a hit reads or writes the instance slot, or takes the
 * method from the type's namespace, without any lookup by name; a miss takes the full protocol
 * ({@link Attributes}, {@link Names#methodOnType}) and, where the result depends only on the
 * receiver's shape and its type's namespace, remembers it for the next time.
 *
 * <p>Only plain instances (of classes whose representation is object's) are cached for
 * attribute reads and writes, and only where no data descriptor, {@code __getattribute__} or
 * {@code __setattr__} of the class is involved; a class attribute under the name prevents caching
 * when it is, or could become behind the type's back, a data descriptor (property, a builtin
 * descriptor with {@code __set__} or {@code __delete__}, any instance of a class). A
 * {@code __slots__} member does not: its value is an attribute of the instance's shape.
 */
final class AttributeSites {
    private AttributeSites() {}

    /**
     * LOAD_ATTR of name {@code nameIndex} of {@code code} on the receiver {@code obj}, which is
     * also in root slot {@code objSlot} (the word serves the cache hit, the slot the full protocol).
     */
    static long load(Space s, AttributeSite[] sites, int at, long obj, int objSlot, CodeUnit code, int nameIndex) {
        AttributeSite head = sites[at];
        for (AttributeSite c = head; c != null; c = c.older) {
            if (c.matches(obj)) {
                long v = c.kind == AttributeSite.Kind.INSTANCE_SLOT ? Instances.getIndex(obj, c.type, c.index)
                        : c.kind == AttributeSite.Kind.MODULE_ENTRY ? moduleEntry(obj, c)
                        : classValue(s, obj, c);
                if (v != 0) {
                    return v;
                }
                break;
            }
        }
        String name = code.names()[nameIndex];
        if (AttributeSite.hasRoom(head)) {
            AttributeSite fresh;
            if (Py.isObject(obj) && s.typeOf(obj) == s.moduleType) {
                fresh = forModule(s, objSlot, name, head);
            } else if (Py.isObject(obj) && s.typeOf(obj) == s.typeType) {
                fresh = forClass(s, obj, name, head);
            } else {
                fresh = forLoad(s, obj, name, head);
            }
            if (fresh != null) {
                sites[at] = fresh;
            }
        }
        return Attributes.get(s, objSlot, name);
    }

    /**
     * LOAD_METHOD: the unbound method for the receiver {@code obj} (also in {@code objSlot}), or 0
     * (then LOAD_ATTR's result is used).
     */
    static long method(Space s, AttributeSite[] sites, int at, long obj, int objSlot, CodeUnit code, int nameIndex) {
        AttributeSite head = sites[at];
        for (AttributeSite c = head; c != null; c = c.older) {
            if (c.matches(obj)) {
                return c.definer.values[c.index];
            }
        }
        String name = code.names()[nameIndex];
        long m = Names.methodOnType(s, objSlot, name);
        if (m != 0 && AttributeSite.hasRoom(head)) {
            AttributeSite fresh = forMethod(s, s.ts.get(objSlot), name, head);
            if (fresh != null) {
                sites[at] = fresh;
            }
        }
        return m;
    }

    /**
     * STORE_ATTR: {@code obj.name = value}, both words also in root slots (the words serve the
     * cache hit, the slots the full protocol).
     */
    static void store(Space s, AttributeSite[] sites, int at, long obj, int objSlot, long value, int valueSlot,
            CodeUnit code, int nameIndex) {
        AttributeSite head = sites[at];
        for (AttributeSite c = head; c != null; c = c.older) {
            if (c.matches(obj)) {
                if (c.kind == AttributeSite.Kind.STORE_SLOT) {
                    Instances.setIndex(s, obj, c.type, c.index, value);
                    return;
                }
                if (Instances.hasInlineSlot(obj, c.type, c.index)) {
                    s.setShape(obj, c.next);
                    Instances.setIndex(s, obj, c.type, c.index, value);
                    return;
                }
                break;
            }
        }
        String name = code.names()[nameIndex];
        if (AttributeSite.hasRoom(head)) {
            AttributeSite fresh = forStore(s, obj, name, head);
            if (fresh != null) {
                sites[at] = fresh;
            }
        }
        Attributes.set(s, objSlot, name, valueSlot);
    }

    /** The module attribute a MODULE_ENTRY site remembers, or 0 when the module's dict has changed layout (or is another dict). */
    private static long moduleEntry(long module, AttributeSite c) {
        long dict = Modules.dict(module);
        return Dicts.layout(dict) == c.dictLayout ? Dicts.valueAt(dict, c.index) : 0;
    }

    /** The class attribute a CLASS_VALUE site remembers, or 0 when the receiver is another class or its namespace changed. */
    private static long classValue(Space s, long cls, AttributeSite c) {
        return s.asType(cls) == c.receiver && c.receiver.version == c.receiverVersion ? c.definer.values[c.index] : 0;
    }

    // ---------------------------------------------------------------- filling

    /** The shape of a plain instance whose attributes the default protocol finds by name, or null. */
    private static Shape plainShape(Space s, long obj, String name) {
        if (!Py.isObject(obj) || name.equals("__dict__") || name.equals("__class__")) {
            return null;
        }
        Shape shape = s.shapeOf(obj);
        PyType t = shape.type;
        if (!t.heapType || t.solidBase != s.objectType || shape.dictBacked) {
            return null;
        }
        return shape;
    }

    /** Whether the class attribute (0 if none) can never act as a data descriptor for {@code t}'s instances. */
    private static boolean neverDataDescriptor(Space s, long classAttr) {
        if (classAttr == 0) {
            return true;
        }
        // A builtin type's namespace never changes: without __set__ or __delete__ it stays non-data.
        // A __slots__ member's value is the instance's own attribute, which the protocol reads first.
        PyType vt = s.typeOf(classAttr);
        return MemberDescriptors.isDescriptorType(vt)
                || !vt.heapType && vt != s.propertyType && vt.lookup("__set__") == 0 && vt.lookup("__delete__") == 0;
    }

    private static AttributeSite forLoad(Space s, long obj, String name, AttributeSite older) {
        Shape shape = plainShape(s, obj, name);
        if (shape == null) {
            return null;
        }
        PyType t = shape.type;
        long getattribute = t.lookup("__getattribute__");
        int index = shape.indexOf(name);
        if (index < 0 || getattribute != 0 && getattribute != s.objectGetattribute() || !neverDataDescriptor(s, t.lookup(name))) {
            return null;
        }
        return new AttributeSite(AttributeSite.Kind.INSTANCE_SLOT, shape, index, null, null, older);
    }

    /**
     * A plain module's own attribute: found in its dict, and not shadowed by anything of the
     * module type (its data descriptors such as {@code __dict__}, or a {@code __getattr__} hook,
     * which only a missing name reaches).
     */
    private static AttributeSite forModule(Space s, int moduleSlot, String name, AttributeSite older) {
        if (s.moduleType.lookup(name) != 0) {
            return null;
        }
        long key = s.intern(name);
        int entry = Dicts.entryOf(s, Modules.dict(s.ts.get(moduleSlot)), key);
        if (entry < 0) {
            return null;
        }
        long module = s.ts.get(moduleSlot);
        return new AttributeSite(AttributeSite.Kind.MODULE_ENTRY, s.shapeOf(module), entry, null, null,
                Dicts.layout(Modules.dict(module)), null, older);
    }

    /**
     * An attribute read from a class whose metaclass is type: cached when no data descriptor of
     * type's own takes the name first, and the value reads through the class as itself: a
     * function, a builtin, or a value of a builtin type that is no descriptor (not staticmethod,
     * classmethod, property or anything with __get__). Special names are left to the full
     * protocol (type answers several itself), but for {@code __init__} ({@code Base.__init__(self)}).
     */
    private static AttributeSite forClass(Space s, long cls, String name, AttributeSite older) {
        PyType t = s.asType(cls);
        boolean special = name.startsWith("__") && name.endsWith("__") && !name.equals("__init__");
        long metaAttr = s.typeType.lookup(name);
        if (t == null || special || metaAttr != 0 && Attributes.isDataDescriptor(s, metaAttr)) {
            return null;
        }
        PyType definer = t.definer(name);
        if (definer == null) {
            return null;
        }
        int index = definer.valueIndex(name);
        PyType vt = s.typeOf(definer.values[index]);
        // staticmethod and classmethod are bound by the protocol itself (they have no __get__ here).
        boolean plain = vt == s.functionType || vt == s.builtinType || !vt.heapType && vt != s.propertyType
                && vt != s.staticmethodType && vt != s.classmethodType && vt.lookup("__get__") == 0;
        if (!plain) {
            return null;
        }
        return new AttributeSite(AttributeSite.Kind.CLASS_VALUE, s.shapeOf(cls), index, definer, null, 0, t, older);
    }

    /** Called after {@link Names#methodOnType} found a method for {@code obj}: its conditions hold. */
    private static AttributeSite forMethod(Space s, long obj, String name, AttributeSite older) {
        if (!Py.isObject(obj)) {
            return null;
        }
        Shape shape = s.shapeOf(obj);
        if (shape.dictBacked || shape.indexOf(name) >= 0) {
            return null;
        }
        PyType definer = shape.type.definer(name);
        if (definer == null) {
            return null;
        }
        return new AttributeSite(AttributeSite.Kind.METHOD, shape, definer.valueIndex(name), definer, null, older);
    }

    private static AttributeSite forStore(Space s, long obj, String name, AttributeSite older) {
        Shape shape = plainShape(s, obj, name);
        if (shape == null) {
            return null;
        }
        PyType t = shape.type;
        long setattr = t.lookup("__setattr__");
        if (setattr != 0 && setattr != s.objectSetattr() || !neverDataDescriptor(s, t.lookup(name))) {
            return null;
        }
        int index = shape.indexOf(name);
        if (index >= 0) {
            return new AttributeSite(AttributeSite.Kind.STORE_SLOT, shape, index, null, null, older);
        }
        // A new attribute goes into the shape when instances have a __dict__ or the name is
        // one of the class's __slots__ (whose member descriptor the protocol then bypasses).
        if (!t.hasDict && (t.slotNames == null || !t.slotNames.contains(name))) {
            return null;
        }
        Shape next = shape.with(name, s.shapes);
        return new AttributeSite(AttributeSite.Kind.STORE_NEW_SLOT, shape, next.size - 1, null, next, older);
    }
}
