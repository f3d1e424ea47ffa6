package dev.pyxis.python.runtime;

import dev.pyxis.python.runtime.PyType.Native;

/** Creates the builtin types in dependency order: object and type first, then the rest. */
final class Bootstrap {
    private Bootstrap() {}

    static void createTypes(Space s) {
        s.objectType = s.newType("object", new PyType[0], Native.OBJECT, false);
        s.typeType = s.newType("type", new PyType[] {s.objectType}, Native.TYPE, false);
        s.storageType = s.newType("storage", new PyType[] {s.objectType}, Native.OTHER, false);
        s.materialize(s.objectType);
        s.materialize(s.typeType);
        s.builtinTypes.put("object", s.objectType);
        s.builtinTypes.put("type", s.typeType);
        s.noneType = builtin(s, "NoneType", Native.NONE);
        s.notImplementedType = builtin(s, "NotImplementedType", Native.NOT_IMPLEMENTED);
        s.ellipsisType = builtin(s, "ellipsis", Native.ELLIPSIS);
        s.intType = builtin(s, "int", Native.INT);
        s.boolType = s.newType("bool", new PyType[] {s.intType}, Native.BOOL, false);
        register(s, s.boolType);
        s.floatType = builtin(s, "float", Native.FLOAT);
        s.complexType = builtin(s, "complex", Native.COMPLEX);
        s.strType = builtin(s, "str", Native.STR);
        s.bytesType = builtin(s, "bytes", Native.BYTES);
        s.bytearrayType = builtin(s, "bytearray", Native.BYTEARRAY);
        s.tupleType = builtin(s, "tuple", Native.TUPLE);
        s.listType = builtin(s, "list", Native.LIST);
        s.dictType = builtin(s, "dict", Native.DICT);
        s.setType = builtin(s, "set", Native.SET);
        s.frozensetType = builtin(s, "frozenset", Native.FROZENSET);
        s.functionType = builtin(s, "function", Native.FUNCTION);
        s.builtinType = builtin(s, "builtin_function_or_method", Native.BUILTIN);
        s.methodType = builtin(s, "method", Native.METHOD);
        s.codeType = builtin(s, "code", Native.CODE);
        s.cellType = builtin(s, "cell", Native.CELL);
        s.moduleType = builtin(s, "module", Native.MODULE);
        s.generatorType = builtin(s, "generator", Native.GENERATOR);
        s.coroutineType = builtin(s, "coroutine", Native.COROUTINE);
        s.asyncGeneratorType = builtin(s, "async_generator", Native.ASYNC_GENERATOR);
        s.sliceType = builtin(s, "slice", Native.SLICE);
        s.rangeType = builtin(s, "range", Native.RANGE);
        s.propertyType = builtin(s, "property", Native.PROPERTY);
        s.classmethodType = builtin(s, "classmethod", Native.CLASSMETHOD);
        s.staticmethodType = builtin(s, "staticmethod", Native.STATICMETHOD);
        s.superType = builtin(s, "super", Native.SUPER);
        s.tracebackType = builtin(s, "traceback", Native.TRACEBACK);
        s.frameType = builtin(s, "frame", Native.FRAME);
        // What a subclass need not add (its class dict then shows no __dict__/__weakref__ descriptor).
        for (PyType t : new PyType[] {s.moduleType, s.functionType, s.typeType, s.classmethodType, s.staticmethodType}) {
            t.hasDict = true;
        }
        for (PyType t : new PyType[] {s.moduleType, s.functionType, s.typeType, s.setType, s.frozensetType,
                s.generatorType, s.coroutineType, s.asyncGeneratorType, s.codeType}) {
            t.hasWeakref = true;
        }
        Exceptions.createTypes(s);
    }

    private static PyType builtin(Space s, String name, Native kind) {
        PyType t = s.newType(name, new PyType[] {s.objectType}, kind, false);
        register(s, t);
        return t;
    }

    private static void register(Space s, PyType t) {
        s.builtinTypes.put(t.name, t);
        s.materialize(t);
    }
}
