package dev.pyxis.framework.internal;

import dev.pyxis.gc.policy.AddressStack;
import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.gc.spi.Scanning;
import dev.pyxis.heap.api.Header;
import dev.pyxis.heap.api.HeapCorruptionException;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.LayoutTable;
import dev.pyxis.heap.api.Memory;
import dev.pyxis.heap.api.OutOfHeapException;
import dev.pyxis.heap.api.Word;

/**
 * The general collector handover: copies everything reachable from the roots into a new plan's
 * spaces, then updates the roots. The roots are not touched until every object has been copied,
 * so a new plan that runs out of memory leaves the old heap exactly as it was.
 */
public final class Evacuation {
    private final CollectorBinding binding;
    private final CollectorPlan target;
    private final AddressStack gray = new AddressStack();
    /** Pairs (old address, original header) of every forwarded object, to undo an abandoned swap. */
    private final AddressStack forwarded = new AddressStack();

    private Evacuation(CollectorBinding binding, CollectorPlan target) {
        this.binding = binding;
        this.target = target;
    }

    /** Moves the live heap into {@code target}. The world is stopped; buffers are retired. */
    public static void run(CollectorBinding binding, CollectorPlan target) {
        new Evacuation(binding, target).evacuate();
    }

    private void evacuate() {
        try {
            binding.scanRoots((slots, from, to) -> {
                for (int i = from; i < to; i++) {
                    long w = slots[i];
                    if (Word.isReference(w)) {
                        binding.checkSlot(w, 0);
                        copy(w);
                    }
                }
            });
            while (!gray.isEmpty()) {
                long object = gray.pop();
                Scanning.forEachReferenceSlot(object, LayoutTable.ofHeader(Memory.getWord(object)), slot -> {
                    long w = Memory.getWord(slot);
                    if (Word.isReference(w)) {
                        binding.checkSlot(w, slot);
                        Memory.putWord(slot, copy(w));
                    }
                });
            }
        } catch (RuntimeException e) {
            undo();
            throw e;
        }
        binding.scanRoots((slots, from, to) -> {
            for (int i = from; i < to; i++) {
                long w = slots[i];
                if (Word.isReference(w)) {
                    slots[i] = Header.forwardingAddress(Memory.getWord(w));
                }
            }
        });
        binding.processWeakReferences(address -> {
            long h = Memory.getWord(address);
            return Header.isForwarded(h) ? Header.forwardingAddress(h) : Word.NULL;
        });
    }

    private long copy(long old) {
        long h = Memory.getWord(old);
        if (Header.isForwarded(h)) {
            return Header.forwardingAddress(h);
        }
        long size = LayoutTable.ofHeader(h).sizeOf(old);
        long copy = target.allocateForEvacuation(size);
        if (copy == 0) {
            throw new OutOfHeapException(size, "the new collector plan cannot hold the live heap");
        }
        Memory.copy(old, copy, size);
        Memory.putWord(copy, h & ~Header.GC_BITS);
        forwarded.push(old);
        forwarded.push(h);
        Memory.putWord(old, Header.forwardTo(copy));
        gray.push(copy);
        return copy;
    }

    private void undo() {
        for (int i = 0; i < forwarded.size(); i += 2) {
            Memory.putWord(forwarded.get(i), forwarded.get(i + 1));
        }
    }

    /**
     * Walks everything reachable from the roots, checking that each reference is an object of
     * {@code plan} with a valid header and that its size fits in the plan's memory. Returns the
     * number of reachable objects.
     */
    public static long verify(CollectorBinding binding, CollectorPlan plan) {
        LongSet seen = new LongSet();
        AddressStack todo = new AddressStack();
        binding.scanRoots((slots, from, to) -> {
            for (int i = from; i < to; i++) {
                long w = slots[i];
                checkWord(plan, w, -1);
                if (Word.isReference(w) && seen.add(w)) {
                    todo.push(w);
                }
            }
        });
        while (!todo.isEmpty()) {
            long object = todo.pop();
            long h = Memory.getWord(object);
            Layout layout = LayoutTable.byId(Header.layoutId(h));
            if (Header.isForwarded(h) || layout == null || LayoutTable.isFiller(layout.id())) {
                throw new HeapCorruptionException(String.format("object 0x%x has a bad header 0x%016x", object, h));
            }
            if (!plan.contains(object, layout.sizeOf(object))) {
                throw new HeapCorruptionException(String.format("object 0x%x (%s) extends outside the heap", object, layout));
            }
            Scanning.forEachReferenceSlot(object, layout, slot -> {
                long w = Memory.getWord(slot);
                checkWord(plan, w, slot);
                if (Word.isReference(w) && seen.add(w)) {
                    todo.push(w);
                }
            });
        }
        return seen.size();
    }

    private static void checkWord(CollectorPlan plan, long w, long slot) {
        if (Word.isNonReferenceValue(w)) {
            return;
        }
        if (!Word.isReference(w) || !plan.contains(w, 8)) {
            throw new HeapCorruptionException(String.format("slot 0x%x holds 0x%016x, which is no object of the %s heap",
                    slot, w, plan.name()));
        }
    }
}
