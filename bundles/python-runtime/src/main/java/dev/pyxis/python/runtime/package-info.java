/**
 * The object space and the interpreter (private): Python objects on the owned heap, their types,
 * the bytecode interpreter and the builtins shared by the dialects. Layout and conventions are in
 * docs/python-runtime.md.
 */
package dev.pyxis.python.runtime;
