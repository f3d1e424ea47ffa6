package dev.pyxis.python.runtime;

import dev.pyxis.python.api.CompileFailure;
import dev.pyxis.python.api.SourceCompiler;
import dev.pyxis.python.bytecode.CodeUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The import system: sys.modules, builtin modules written in Java, and .py modules and packages
 * found on sys.path; absolute and relative imports, from-imports and star imports.
 */
final class Imports {
    /** Builtin modules created on first import: name to factory returning the module object. */
    static final Map<String, Function<Space, Long>> BUILTIN_MODULES = new HashMap<>();

    private Imports() {}

    static void registerModule(Space s, String name, long module) {
        int m = s.ts.push(module);
        int d = s.ts.push(Sys.get(s, "modules"));
        int k = s.ts.push(s.newStr(name));
        Dicts.put(s, d, k, m);
        s.ts.truncate(m);
    }

    static long loaded(Space s, String name) {
        long modules = Sys.get(s, "modules");
        return modules == 0 ? 0 : Dicts.getStr(s, modules, name);
    }

    /** IMPORT_NAME: __import__(name, globals, None, fromlist, level). */
    static long importName(Space s, String name, int globalsSlot, int fromlistSlot, int levelSlot) {
        int level = (int) s.bigValue(s.ts.get(levelSlot)).longValue();
        String absolute = resolve(s, name, globalsSlot, level);
        long module = importModule(s, absolute);
        long fromlist = s.ts.get(fromlistSlot);
        boolean hasFromlist = fromlist != Py.NONE && !(s.typeOf(fromlist) == s.tupleType && Space.length(fromlist) == 0);
        if (hasFromlist) {
            int m = s.ts.push(module);
            try {
                importFromlist(s, m, absolute, fromlistSlot);
                return s.ts.get(m);
            } finally {
                s.ts.truncate(m);
            }
        }
        if (!name.contains(".")) {
            return module;
        }
        return loaded(s, absolute.substring(0, absolute.length() - name.length()) + first(name));
    }

    private static String first(String dotted) {
        int dot = dotted.indexOf('.');
        return dot < 0 ? dotted : dotted.substring(0, dot);
    }

    /** The absolute module name of a (possibly relative) import. */
    static String resolve(Space s, String name, int globalsSlot, int level) {
        if (level == 0) {
            if (name.isEmpty()) {
                throw Errors.valueError(s, "Empty module name");
            }
            return name;
        }
        long globals = s.ts.get(globalsSlot);
        long pkg = globals == 0 ? 0 : Dicts.getStr(s, globals, "__package__");
        String pkgName;
        if (pkg != 0 && pkg != Py.NONE) {
            pkgName = s.str(pkg);
        } else {
            long modName = globals == 0 ? 0 : Dicts.getStr(s, globals, "__name__");
            if (modName == 0) {
                throw Errors.raise(s, "KeyError", "'__name__' not in globals");
            }
            pkgName = s.str(modName);
            if (Dicts.getStr(s, s.ts.get(globalsSlot), "__path__") == 0) {
                int dot = pkgName.lastIndexOf('.');
                pkgName = dot < 0 ? "" : pkgName.substring(0, dot);
            }
        }
        if (pkgName.isEmpty()) {
            throw Errors.raise(s, "ImportError", "attempted relative import with no known parent package");
        }
        String base = pkgName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw Errors.raise(s, "ImportError", "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** Imports a module by absolute dotted name (parents first), returning the module itself. */
    static long importModule(Space s, String name) {
        long m = loaded(s, name);
        if (m != 0) {
            if (m == Py.NONE) {
                throw moduleNotFound(s, name, "import of " + name + " halted; None in sys.modules");
            }
            return m;
        }
        int dot = name.lastIndexOf('.');
        long searchPath;
        int parentSlot = -1;
        if (dot >= 0) {
            long parent = importModule(s, name.substring(0, dot));
            parentSlot = s.ts.push(parent);
            long m2 = loaded(s, name);
            if (m2 != 0) {
                s.ts.truncate(parentSlot);
                return m2;
            }
            long path = Attributes.find(s, parentSlot, "__path__");
            if (path == 0) {
                s.ts.truncate(parentSlot);
                throw moduleNotFound(s, name, "No module named '" + name + "'; '" + name.substring(0, dot) + "' is not a package");
            }
            searchPath = path;
        } else {
            Function<Space, Long> builtin = BUILTIN_MODULES.get(name);
            if (builtin != null) {
                int mod = s.ts.push(builtin.apply(s));
                try {
                    registerModule(s, name, s.ts.get(mod));
                    return s.ts.get(mod);
                } finally {
                    s.ts.truncate(mod);
                }
            }
            searchPath = Sys.get(s, "path");
        }
        try {
            int pathSlot = s.ts.push(searchPath);
            String simple = dot >= 0 ? name.substring(dot + 1) : name;
            for (String dir : Iteration.strings(s, s.ts.get(pathSlot), null)) {
                Path base = Path.of(dir.isEmpty() ? "." : dir);
                Path pkgInit = base.resolve(simple).resolve("__init__.py");
                if (Files.isRegularFile(pkgInit)) {
                    return load(s, name, pkgInit, base.resolve(simple), parentSlot, simple);
                }
                Path file = base.resolve(simple + ".py");
                if (Files.isRegularFile(file)) {
                    return load(s, name, file, null, parentSlot, simple);
                }
            }
            throw moduleNotFound(s, name, "No module named '" + name + "'");
        } finally {
            if (parentSlot >= 0) {
                s.ts.truncate(parentSlot);
            }
        }
    }

    private static PyException moduleNotFound(Space s, String name, String message) {
        PyException e = Errors.raise(s, "ModuleNotFoundError", message);
        int ex = s.ts.push(s.ts.peekRaised());
        int v = s.ts.push(s.newStr(name));
        Instances.set(s, ex, "name", v);
        s.ts.truncate(ex);
        return e;
    }

    /** Executes a source module: registered in sys.modules before running (circular imports see it). */
    private static long load(Space s, String name, Path file, Path packageDir, int parentSlot, String simple) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw Errors.raise(s, "ImportError", "cannot read " + file + ": " + e.getMessage());
        }
        ThreadState ts = s.ts;
        int m = ts.push(Modules.create(s, name));
        int d = ts.push(Modules.dict(ts.get(m)));
        Dicts.putStr(s, d, "__file__", s.newStr(file.toString()));
        String pkg = packageDir != null ? name : (name.contains(".") ? name.substring(0, name.lastIndexOf('.')) : "");
        Dicts.putStr(s, d, "__package__", s.newStr(pkg));
        Dicts.putStr(s, d, "__builtins__", s.builtinsModuleOrDict());
        if (packageDir != null) {
            int p = ts.push(s.newStr(packageDir.toString()));
            Dicts.putStr(s, d, "__path__", Lists.fromRoots(s, p, 1));
            ts.truncate(p);
        }
        registerModule(s, name, ts.get(m));
        s.initializingModules.add(name);
        try {
            CodeUnit unit = compile(s, source, file.toString());
            Interpreter.runModule(s, unit, d);
        } catch (PyException e) {
            int k = ts.push(s.newStr(name));
            Dicts.remove(s, Sys.get(s, "modules"), ts.get(k));
            ts.truncate(k);
            throw e;
        } finally {
            s.initializingModules.remove(name);
        }
        long result = loaded(s, name);
        if (parentSlot >= 0) {
            int r = ts.push(result);
            Attributes.set(s, parentSlot, simple, r);
            result = ts.get(r);
        }
        ts.truncate(m);
        return result;
    }

    /** Compiles module source, turning a CompileFailure into a raised SyntaxError. */
    static CodeUnit compile(Space s, byte[] source, String filename) {
        try {
            return s.compiler.compile(source, null, filename, SourceCompiler.Mode.EXEC, 0, s.warnings);
        } catch (CompileFailure f) {
            throw SyntaxErrors.raise(s, f);
        }
    }

    /** Imports the fromlist's submodules of a package (any object in sys.modules: found by attribute). */
    private static void importFromlist(Space s, int moduleSlot, String name, int fromlistSlot) {
        if (Attributes.find(s, moduleSlot, "__path__") == 0) {
            return;
        }
        for (String item : Iteration.strings(s, s.ts.get(fromlistSlot), "Item in from list must be str, not %s")) {
            if (item.equals("*")) {
                continue;
            }
            if (Attributes.find(s, moduleSlot, item) == 0) {
                try {
                    importModule(s, name + "." + item);
                } catch (PyException e) {
                    if (Exceptions.matches(s, s.ts.peekRaised(), "ModuleNotFoundError")) {
                        s.ts.takeRaised();
                        continue;
                    }
                    throw e;
                }
            }
        }
    }

    /** IMPORT_FROM: module.name, falling back to the submodule in sys.modules. */
    static long importFrom(Space s, int moduleSlot, String name) {
        long v = Attributes.find(s, moduleSlot, name);
        if (v != 0) {
            return v;
        }
        long module = s.ts.get(moduleSlot);
        String modName = Py.isObject(module) && s.typeOf(module) == s.moduleType ? Modules.name(s, module) : null;
        if (modName != null) {
            long sub = loaded(s, modName + "." + name);
            if (sub != 0) {
                return sub;
            }
            long file = Dicts.getStr(s, Modules.dict(s.ts.get(moduleSlot)), "__file__");
            String path = file != 0 && s.isStr(file) ? s.str(file) : null;
            String where = path != null ? " (" + path + ")" : " (unknown location)";
            String from = s.initializingModules.contains(modName)
                    ? "partially initialized module '" + modName + "' (most likely due to a circular import)"
                    : "'" + modName + "'";
            throw importError(s, "cannot import name '" + name + "' from " + from + where, modName, path);
        }
        throw importError(s, "cannot import name '" + name + "'", null, null);
    }

    /** The module's __name__ for messages, as CPython words them ("?" when it has none). */
    private static String moduleName(Space s, int moduleSlot) {
        long name = Attributes.find(s, moduleSlot, "__name__");
        return name != 0 && s.isStr(name) ? s.str(name) : "?";
    }

    /** An ImportError with its name and path attributes (None when unknown). */
    private static PyException importError(Space s, String message, String module, String path) {
        PyException e = Errors.raise(s, "ImportError", message);
        int ex = s.ts.push(s.ts.peekRaised());
        int v = s.ts.push(module == null ? Py.NONE : s.newStr(module));
        Instances.set(s, ex, "name", v);
        s.ts.set(v, path == null ? Py.NONE : s.newStr(path));
        Instances.set(s, ex, "path", v);
        s.ts.truncate(ex);
        return e;
    }

    /** IMPORT_STAR: binds __all__ (or the public names) in the locals mapping. */
    static void importStar(Space s, int moduleSlot, int namesSlot) {
        ThreadState ts = s.ts;
        java.util.List<String> names;
        if (Attributes.find(s, moduleSlot, "__all__") != 0) {
            String message = "Item in " + moduleName(s, moduleSlot) + ".__all__ must be str, not %s";
            names = Iteration.strings(s, Attributes.find(s, moduleSlot, "__all__"), message);
        } else {
            names = new java.util.ArrayList<>();
            long d = Attributes.find(s, moduleSlot, "__dict__");
            if (d == 0 || s.typeOf(d).nativeKind != PyType.Native.DICT) {
                throw Errors.raise(s, "ImportError", "from-import-* object has no __dict__ and no __all__");
            }
            for (long e = 0; e < Dicts.entryCount(d); e++) {
                long k = Dicts.keyAt(d, e);
                if (k != 0 && s.isStr(k) && !s.str(k).startsWith("_")) {
                    names.add(s.str(k));
                }
            }
        }
        for (String n : names) {
            int v = ts.push(Attributes.get(s, moduleSlot, n));
            Names.storeMapping(s, namesSlot, s.intern(n), v);
            ts.truncate(v);
        }
    }
}
