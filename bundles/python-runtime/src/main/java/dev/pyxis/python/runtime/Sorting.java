package dev.pyxis.python.runtime;

import dev.pyxis.python.bytecode.CompareOp;

/**
 * list.sort and sorted(): a stable merge sort whose keys and items stay on the root stack (the
 * comparisons run Python code, which may move objects). Only {@code <} is used, as in CPython;
 * an exception in a comparison leaves the list as it was.
 */
final class Sorting {
    private Sorting() {}

    static void sort(Space s, int listSlot, int keySlot, boolean reverse) {
        ThreadState ts = s.ts;
        long list = s.unwrap(ts.get(listSlot));
        int n = (int) Lists.size(list);
        int items = ts.top();
        for (int i = 0; i < n; i++) {
            ts.push(Lists.get(s.unwrap(ts.get(listSlot)), i));
        }
        int keys = ts.top();
        boolean hasKey = keySlot >= 0 && ts.get(keySlot) != Py.NONE;
        for (int i = 0; i < n; i++) {
            ts.push(hasKey ? Calls.invoke(s, ts.get(keySlot), ts.get(items + i)) : ts.get(items + i));
        }
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (reverse) {
            // Reverse, sort stably, reverse again: equal elements keep their original order.
            reverse(order);
        }
        int[] tmp = new int[n];
        mergeSort(s, keys, order, tmp, 0, n);
        if (reverse) {
            reverse(order);
        }
        long l = s.unwrap(ts.get(listSlot));
        if (Lists.size(l) != n) {
            ts.truncate(items);
            throw Errors.valueError(s, "list modified during sort");
        }
        for (int i = 0; i < n; i++) {
            Lists.set(s, s.unwrap(ts.get(listSlot)), i, ts.get(items + order[i]));
        }
        ts.truncate(items);
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private static boolean less(Space s, int keys, int a, int b) {
        long x = s.ts.get(keys + a), y = s.ts.get(keys + b);
        if (Py.isSmallInt(x) && Py.isSmallInt(y)) {
            return x < y;
        }
        int r = s.ts.push(Ops.compare(s, CompareOp.LT, keys + a, keys + b));
        try {
            return Ops.truth(s, r);
        } finally {
            s.ts.truncate(r);
        }
    }

    private static void mergeSort(Space s, int keys, int[] a, int[] tmp, int lo, int hi) {
        if (hi - lo < 2) {
            return;
        }
        if (hi - lo <= 16) {
            for (int i = lo + 1; i < hi; i++) {
                int v = a[i];
                int j = i - 1;
                while (j >= lo && less(s, keys, v, a[j])) {
                    a[j + 1] = a[j];
                    j--;
                }
                a[j + 1] = v;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(s, keys, a, tmp, lo, mid);
        mergeSort(s, keys, a, tmp, mid, hi);
        if (!less(s, keys, a[mid], a[mid - 1])) {
            return;
        }
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) {
            if (less(s, keys, tmp[j], tmp[i])) {
                a[k++] = tmp[j++];
            } else {
                a[k++] = tmp[i++];
            }
        }
        while (i < mid) {
            a[k++] = tmp[i++];
        }
        while (j < hi) {
            a[k++] = tmp[j++];
        }
    }
}
