/**
 * Algorithms of the Python semantics that need no heap: number parsing and formatting, the
 * math library, Unicode properties and string algorithms. They work on Java values (double,
 * BigInteger, int[] code points, String); the object space wraps them.
 */
package dev.pyxis.python.support;
