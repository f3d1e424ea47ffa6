package dev.pyxis.python.runtime;

import static dev.pyxis.python.runtime.Layouts.*;

/**
 * The attribute protocol: {@code object.__getattribute__} (data descriptors on the type, then the
 * instance's own attributes, then other class attributes bound through {@code __get__}), its
 * variant for type objects, modules, {@code __getattr__} fallbacks and user-defined
 * {@code __getattribute__}; and the matching set and delete.
 */
final class Attributes {
    private Attributes() {}

    /**
     * getattr(obj, name); raises AttributeError (the one a __getattr__ or __getattribute__ hook
     * raised, else CPython's "has no attribute"). The object is in a root slot.
     */
    static long get(Space s, int objSlot, String name) {
        long v = lookup(s, objSlot, name, true);
        if (v == 0) {
            throw missing(s, s.ts.get(objSlot), name);
        }
        return v;
    }

    /** getattr(obj, name), or 0 when AttributeError would be raised (other exceptions propagate). */
    static long find(Space s, int objSlot, String name) {
        return lookup(s, objSlot, name, false);
    }

    /**
     * The attribute or 0 if missing; with {@code propagate}, an AttributeError raised by the last
     * hook consulted (the one that decides) propagates instead of giving 0.
     */
    private static long lookup(Space s, int objSlot, String name, boolean propagate) {
        long obj = s.ts.get(objSlot);
        PyType t = s.typeOf(obj);
        long custom = t.heapType ? t.lookup("__getattribute__") : 0;
        if (custom != 0 && custom != s.objectGetattribute()) {
            long v = callHook(s, custom, objSlot, name, !propagate || t.lookup("__getattr__") != 0);
            if (v != 0) {
                return v;
            }
        } else {
            long v;
            try {
                v = generic(s, objSlot, name);
            } catch (PyException e) {
                // An AttributeError from a descriptor falls back to __getattr__ as a missing attribute does.
                if (!t.heapType || t.lookup("__getattr__") == 0
                        || !Exceptions.matches(s, s.ts.peekRaised(), "AttributeError")) {
                    throw e;
                }
                s.ts.takeRaised();
                v = 0;
            }
            if (v != 0) {
                return v;
            }
        }
        // Looked up only now (a miss): the hooks above may also have changed the class.
        long getattr = t.heapType ? s.typeOf(s.ts.get(objSlot)).lookup("__getattr__") : 0;
        if (getattr != 0) {
            return callHook(s, getattr, objSlot, name, !propagate);
        }
        if (t == s.moduleType) {
            long moduleGetattr = Dicts.getStr(s, Modules.dict(s.ts.get(objSlot)), "__getattr__");
            if (moduleGetattr != 0) {
                return callModuleHook(s, moduleGetattr, name, !propagate);
            }
        }
        return 0;
    }

    /** Calls {@code hook(obj, name)}, turning AttributeError into 0 when {@code swallow}. */
    private static long callHook(Space s, long hook, int objSlot, String name, boolean swallow) {
        int base = s.ts.push(hook);
        s.ts.push(s.ts.get(objSlot));
        s.ts.push(s.newStr(name));
        try {
            return Calls.call(s, base, base + 1, 2, -1);
        } catch (PyException e) {
            if (swallow && Exceptions.matches(s, s.ts.peekRaised(), "AttributeError")) {
                s.ts.takeRaised();
                return 0;
            }
            throw e;
        } finally {
            s.ts.truncate(base);
        }
    }

    /** A module-level __getattr__(name): a plain function of the name alone. */
    private static long callModuleHook(Space s, long hook, String name, boolean swallow) {
        int base = s.ts.push(hook);
        s.ts.push(s.newStr(name));
        try {
            return Calls.call(s, base, base + 1, 1, -1);
        } catch (PyException e) {
            if (swallow && Exceptions.matches(s, s.ts.peekRaised(), "AttributeError")) {
                s.ts.takeRaised();
                return 0;
            }
            throw e;
        } finally {
            s.ts.truncate(base);
        }
    }

    /** object.__getattribute__ (and type.__getattribute__ for type objects), 0 if absent. */
    static long generic(Space s, int objSlot, String name) {
        long obj = s.ts.get(objSlot);
        PyType t = s.typeOf(obj);
        if (t.isSubtypeOf(s.superType)) {
            long v = FunctionMethods.superAttribute(s, objSlot, name);
            if (v != 0) {
                return v;
            }
        }
        if (name.equals("__class__")) {
            return s.typeWord(t);
        }
        PyType asType = s.asType(obj);
        if (asType != null) {
            return typeAttribute(s, objSlot, asType, name);
        }
        long classAttr = t.lookup(name);
        if (classAttr != 0 && isDataDescriptor(s, classAttr)) {
            return bind(s, classAttr, objSlot, t);
        }
        long own = ownAttribute(s, objSlot, t, name);
        if (own != 0) {
            return own;
        }
        if (classAttr != 0) {
            return bind(s, classAttr, objSlot, t);
        }
        return 0;
    }

    /** Attributes the object itself holds: instance slots, module globals, function dicts. */
    private static long ownAttribute(Space s, int objSlot, PyType t, String name) {
        long obj = s.ts.get(objSlot);
        if (!Py.isObject(obj)) {
            return 0;
        }
        Layoutish kind = layoutOf(s, obj, t);
        return switch (kind) {
            case INSTANCE -> {
                if (name.equals("__dict__") && t.hasDict) {
                    yield Instances.dict(s, objSlot);
                }
                long v = Instances.get(s, obj, name);
                if (v == 0 && t.solidBase.nativeKind == PyType.Native.EXCEPTION) {
                    v = Exceptions.attribute(s, obj, name);
                }
                yield v;
            }
            case MODULE -> name.equals("__dict__") ? Modules.dict(obj) : Dicts.getStr(s, Modules.dict(obj), name);
            case FUNCTION -> FunctionAttributes.get(s, objSlot, name);
            case METHOD -> {
                // Other attributes of a bound method are those of its function.
                int fn = s.ts.push(Space.get(obj, F1));
                try {
                    yield find(s, fn, name);
                } finally {
                    s.ts.truncate(fn);
                }
            }
            default -> 0;
        };
    }

    private enum Layoutish { INSTANCE, MODULE, FUNCTION, METHOD, OTHER }

    private static Layoutish layoutOf(Space s, long obj, PyType t) {
        if (t.nativeKind == PyType.Native.MODULE) {
            return Layoutish.MODULE;
        }
        if (t.nativeKind == PyType.Native.FUNCTION) {
            return Layoutish.FUNCTION;
        }
        if (t == s.methodType) {
            return Layoutish.METHOD;
        }
        if (t.heapType || t.nativeKind == PyType.Native.EXCEPTION || t.nativeKind == PyType.Native.OBJECT && t != s.objectType) {
            return Layoutish.INSTANCE;
        }
        return Layoutish.OTHER;
    }

    /** Attributes of every type that type itself answers, before the type's namespace. */
    private static final java.util.Set<String> TYPE_DESCRIPTORS = java.util.Set.of("__name__", "__qualname__", "__mro__",
            "__bases__", "__base__", "__dict__", "__annotations__");

    /** type.__getattribute__: the metatype's data descriptors, the type's MRO, the metatype's rest. */
    private static long typeAttribute(Space s, int objSlot, PyType type, String name) {
        PyType meta = s.typeOf(s.ts.get(objSlot));
        switch (name) {
            // Data descriptors of type itself: they win over the class's own namespace.
            case "__name__", "__qualname__", "__mro__", "__bases__", "__base__", "__dict__", "__annotations__" -> {
                if (meta.lookup(name) == 0 || !meta.heapType) {
                    return TypeAttributes.get(s, objSlot, type, name);
                }
            }
            default -> { }
        }
        long metaAttr = meta.lookup(name);
        if (metaAttr != 0 && isDataDescriptor(s, metaAttr)) {
            return bind(s, metaAttr, objSlot, meta);
        }
        if (TYPE_DESCRIPTORS.contains(name)) {
            // type's own data descriptors: what a class defines under these names is for its
            // instances (generator.__name__ is a generator's name, not the class's).
            long special = TypeAttributes.get(s, objSlot, type, name);
            if (special != 0) {
                return special;
            }
        }
        long v = name.equals("__doc__") ? type.getOwn(name) : type.lookup(name);
        if (v != 0) {
            return bindToType(s, v, objSlot);
        }
        long special = TypeAttributes.get(s, objSlot, type, name);
        if (special != 0) {
            return special;
        }
        if (metaAttr != 0) {
            return bind(s, metaAttr, objSlot, meta);
        }
        return 0;
    }

    /** A class attribute seen through the class: functions stay plain, classmethods bind to it. */
    private static long bindToType(Space s, long v, int typeSlot) {
        PyType vt = s.typeOf(v);
        if (vt == s.functionType) {
            return v;
        }
        if (vt == s.staticmethodType) {
            return Space.get(v, F1);
        }
        if (vt == s.classmethodType) {
            return classmethodGet(s, v, typeSlot);
        }
        if (vt == s.builtinType) {
            return v;
        }
        if (vt.heapType) {
            long get = vt.lookup("__get__");
            if (get != 0) {
                return Calls.invoke(s, get, v, Py.NONE, s.ts.get(typeSlot));
            }
        }
        if (vt == s.propertyType) {
            return v;
        }
        return v;
    }

    /** A classmethod seen through the class in {@code typeSlot}: bound, or the wrapped descriptor's __get__. */
    private static long classmethodGet(Space s, long cm, int typeSlot) {
        long f = Space.get(cm, F1);
        PyType ft = s.typeOf(f);
        if (ft == s.propertyType) {
            return Calls.invoke(s, s.propertyType.lookup("__get__"), f, s.ts.get(typeSlot), s.ts.get(typeSlot));
        }
        if (ft.heapType && ft.lookup("__get__") != 0) {
            return Calls.invoke(s, ft.lookup("__get__"), f, s.ts.get(typeSlot), s.ts.get(typeSlot));
        }
        if (ft == s.builtinType && Space.get(f, F1) == 0) {
            // A builtin class method bound to its class is a builtin method, as in CPython (dict.fromkeys).
            return Methods.boundBuiltin(s, Methods.builtinOf(f), typeSlot);
        }
        return Methods.bound(s, f, typeSlot);
    }

    static boolean isDataDescriptor(Space s, long v) {
        PyType vt = s.typeOf(v);
        if (vt == s.propertyType) {
            return true;
        }
        return vt.heapType && (vt.lookup("__set__") != 0 || vt.lookup("__delete__") != 0) && vt.lookup("__get__") != 0;
    }

    /**
     * Stores through class attribute {@code classAttr} (of type {@code t}, the object's type) when
     * it is a descriptor that intercepts stores; false if the store is the object's own.
     */
    private static boolean storeThroughDescriptor(Space s, PyType t, long classAttr, int objSlot, String name, int valueSlot) {
        if (classAttr == 0 || !interceptsStores(s, classAttr)) {
            return false;
        }
        PyType vt = s.typeOf(classAttr);
        if (vt == s.propertyType) {
            long fset = Space.get(classAttr, F2);
            if (fset == Py.NONE) {
                throw Errors.attributeError(s, s.typeOf(Space.get(classAttr, F1)) == s.builtinType
                        ? "attribute '" + name + "' of '" + t.name + "' objects is not writable"
                        : "property " + Properties.nameFor(s, classAttr) + "of '" + t.name + "' object has no setter");
            }
            Calls.invoke(s, fset, s.ts.get(objSlot), s.ts.get(valueSlot));
            return true;
        }
        long setter = vt.lookup("__set__");
        if (setter == 0) {
            throw Errors.attributeError(s, "__set__");
        }
        Calls.invoke(s, setter, classAttr, s.ts.get(objSlot), s.ts.get(valueSlot));
        return true;
    }

    /**
     * Whether stores and deletions of the attribute go to class attribute {@code v}: it defines
     * __set__ or __delete__ (even without __get__, which only reads need).
     */
    private static boolean interceptsStores(Space s, long v) {
        PyType vt = s.typeOf(v);
        return vt == s.propertyType || vt.heapType && (vt.lookup("__set__") != 0 || vt.lookup("__delete__") != 0);
    }

    /** The value of class attribute {@code v} seen through the instance in {@code objSlot}. */
    static long bind(Space s, long v, int objSlot, PyType type) {
        PyType vt = s.typeOf(v);
        if (vt == s.functionType) {
            return Methods.boundWord(s, v, objSlot);
        }
        if (vt == s.builtinType) {
            Builtin b = Builtin.byId((int) Py.smallValue(Space.get(v, F2)));
            if (b.owner != null && Space.get(v, F1) == 0) {
                return Methods.boundBuiltin(s, b, objSlot);
            }
            return v;
        }
        if (vt == s.staticmethodType) {
            return Space.get(v, F1);
        }
        if (vt == s.classmethodType) {
            int t = s.ts.push(s.typeWord(s.typeOf(s.ts.get(objSlot))));
            try {
                return classmethodGet(s, v, t);
            } finally {
                s.ts.truncate(t);
            }
        }
        if (vt == s.propertyType) {
            long fget = Space.get(v, F1);
            if (fget == Py.NONE) {
                throw Errors.attributeError(s, "property " + Properties.nameFor(s, v) + "of '" + type.name
                        + "' object has no getter");
            }
            return Calls.invoke(s, fget, s.ts.get(objSlot));
        }
        if (vt.heapType) {
            long get = vt.lookup("__get__");
            if (get != 0) {
                return Calls.invoke(s, get, v, s.ts.get(objSlot), s.typeWord(type));
            }
            return v;
        }
        return MemberDescriptors.isDescriptorType(vt) ? MemberDescriptors.unsetValue(vt) : v;
    }

    /** obj.__class__ = C: allowed between classes with the same instance layout. */
    private static void setClass(Space s, int objSlot, int valueSlot) {
        long obj = s.ts.get(objSlot);
        PyType now = s.typeOf(obj);
        PyType to = s.asType(s.ts.get(valueSlot));
        if (to == null) {
            throw Errors.typeError(s, "__class__ must be set to a class, not '" + s.typeOf(s.ts.get(valueSlot)).name + "' object");
        }
        if (!now.heapType || !to.heapType) {
            throw Errors.typeError(s, "__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (now.solidBase != to.solidBase || now.reservedSlots != to.reservedSlots || now.layout() != to.layout()
                || now.hasDict != to.hasDict || !java.util.Objects.equals(now.slotNames, to.slotNames)) {
            throw Errors.typeError(s, "__class__ assignment: '" + to.name + "' object layout differs from '" + now.name + "'");
        }
        Shape shape = s.shapeOf(obj);
        s.setShape(obj, Instances.forType(s, shape, to));
    }

    /** {@code fn(obj, name[, value])}, rooting everything before the name is allocated. */
    private static void callWithName(Space s, long fn, int objSlot, String name, int valueSlot) {
        int base = s.ts.push(fn);
        s.ts.push(s.ts.get(objSlot));
        s.ts.push(s.newStr(name));
        if (valueSlot >= 0) {
            s.ts.push(s.ts.get(valueSlot));
        }
        try {
            Calls.call(s, base, base + 1, valueSlot >= 0 ? 3 : 2, -1);
        } finally {
            s.ts.truncate(base);
        }
    }

    static PyException missing(Space s, long obj, String name) {
        PyType asType = s.asType(obj);
        String message;
        if (asType != null) {
            message = "type object '" + asType.name + "' has no attribute '" + name + "'";
        } else if (s.typeOf(obj).nativeKind == PyType.Native.MODULE) {
            String module = Modules.name(s, obj);
            message = s.initializingModules.contains(module)
                    ? "partially initialized module '" + module + "' has no attribute '" + name
                            + "' (most likely due to a circular import)"
                    : "module '" + module + "' has no attribute '" + name + "'";
        } else {
            message = "'" + s.typeOf(obj).name + "' object has no attribute '" + name + "'";
        }
        return Errors.attributeErrorFor(s, obj, message, name);
    }

    // ---------------------------------------------------------------- set and delete

    /** setattr(obj, name, value) with both operands in root slots. */
    static void set(Space s, int objSlot, String name, int valueSlot) {
        long obj = s.ts.get(objSlot);
        PyType t = s.typeOf(obj);
        if (t.heapType) {
            long custom = t.lookup("__setattr__");
            if (custom != 0 && custom != s.objectSetattr()) {
                callWithName(s, custom, objSlot, name, valueSlot);
                return;
            }
        }
        PyType asType = s.asType(obj);
        if (name.equals("__class__") && asType == null) {
            setClass(s, objSlot, valueSlot);
            return;
        }
        if (asType != null) {
            if (!asType.heapType) {
                throw Errors.typeError(s, "cannot set '" + name + "' attribute of immutable type '" + asType.name + "'");
            }
            if (t.heapType && storeThroughDescriptor(s, t, t.lookup(name), objSlot, name, valueSlot)) {
                return;
            }
            if (!TypeAttributes.set(s, asType, name, s.ts.get(valueSlot))) {
                asType.put(name, s.ts.get(valueSlot));
            }
            return;
        }
        long classAttr = t.lookup(name);
        if (storeThroughDescriptor(s, t, classAttr, objSlot, name, valueSlot)) {
            return;
        }
        switch (layoutOf(s, obj, t)) {

            case INSTANCE -> {
                if (t.solidBase.nativeKind == PyType.Native.EXCEPTION && Exceptions.setAttribute(s, objSlot, name, valueSlot)) {
                    return;
                }
                if (!t.hasDict && (t.slotNames == null || !t.slotNames.contains(name))) {
                    throw noAttributeToSet(s, t, name, classAttr);
                }
                if (name.equals("__dict__") && t.hasDict) {
                    Instances.replaceDict(s, objSlot, valueSlot);
                    return;
                }
                Instances.set(s, objSlot, name, valueSlot);
            }
            case MODULE -> {
                int d = s.ts.push(Modules.dict(obj));
                int k = s.ts.push(s.newStr(name));
                Dicts.put(s, d, k, valueSlot);
                s.ts.truncate(d);
            }
            case FUNCTION -> FunctionAttributes.set(s, objSlot, name, valueSlot);
            default -> throw noAttributeToSet(s, t, name, classAttr);
        }
    }

    private static PyException noAttributeToSet(Space s, PyType t, String name, long classAttr) {
        if (classAttr != 0) {
            return Errors.attributeError(s, "'" + t.name + "' object attribute '" + name + "' is read-only");
        }
        return Errors.attributeError(s, "'" + t.name + "' object has no attribute '" + name + "'");
    }

    static void delete(Space s, int objSlot, String name) {
        long obj = s.ts.get(objSlot);
        PyType t = s.typeOf(obj);
        if (t.heapType) {
            long custom = t.lookup("__delattr__");
            if (custom != 0 && custom != s.objectDelattr()) {
                callWithName(s, custom, objSlot, name, -1);
                return;
            }
        }
        PyType asType = s.asType(obj);
        if (asType != null) {
            if (!asType.heapType) {
                // CPython's wording for deletion too.
                throw Errors.typeError(s, "cannot set '" + name + "' attribute of immutable type '" + asType.name + "'");
            }
            if (name.equals("__bases__")) {
                throw Errors.typeError(s, "cannot delete '__bases__' attribute of immutable type '" + asType.name + "'");
            }
            if (!asType.remove(name)) {
                throw Errors.attributeError(s, "type object '" + asType.name + "' has no attribute '" + name + "'");
            }
            return;
        }
        long classAttr = t.lookup(name);
        if (classAttr != 0 && interceptsStores(s, classAttr)) {
            PyType vt = s.typeOf(classAttr);
            if (vt == s.propertyType) {
                long fdel = Space.get(classAttr, F3);
                if (fdel == Py.NONE) {
                    throw Errors.attributeError(s, s.typeOf(Space.get(classAttr, F1)) == s.builtinType
                            ? "attribute '" + name + "' of '" + t.name + "' objects is not writable"
                            : "property " + Properties.nameFor(s, classAttr) + "of '" + t.name + "' object has no deleter");
                }
                Calls.invoke(s, fdel, s.ts.get(objSlot));
                return;
            }
            long deleter = vt.lookup("__delete__");
            if (deleter == 0) {
                throw Errors.attributeError(s, "__delete__");
            }
            Calls.invoke(s, deleter, classAttr, s.ts.get(objSlot));
            return;
        }
        boolean removed = switch (layoutOf(s, obj, t)) {
            case INSTANCE -> {
                if (name.equals("__dict__") && t.hasDict) {
                    // The instance starts over with an empty dict, as in CPython.
                    int fresh = s.ts.push(Dicts.create(s));
                    Instances.replaceDict(s, objSlot, fresh);
                    s.ts.truncate(fresh);
                    yield true;
                }
                yield Instances.delete(s, objSlot, name);
            }
            case MODULE -> {
                int k = s.ts.push(s.newStr(name));
                boolean r = Dicts.remove(s, Modules.dict(s.ts.get(objSlot)), s.ts.get(k)) != 0;
                s.ts.truncate(k);
                yield r;
            }
            case FUNCTION -> FunctionAttributes.delete(s, objSlot, name);
            default -> false;
        };
        if (!removed) {
            // An empty __slots__ member says only its name (CPython 3.11's member descriptor).
            throw Errors.attributeError(s, t.slotNames != null && t.slotNames.contains(name) ? name
                    : "'" + t.name + "' object has no attribute '" + name + "'");
        }
    }
}
