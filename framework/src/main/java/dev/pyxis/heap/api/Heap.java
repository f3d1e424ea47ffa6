package dev.pyxis.heap.api;

import dev.pyxis.framework.internal.CollectionEvent;
import dev.pyxis.framework.internal.Evacuation;
import dev.pyxis.framework.internal.PauseRecorder;
import dev.pyxis.framework.internal.SwapEvent;
import dev.pyxis.gc.spi.CollectionReason;
import dev.pyxis.gc.spi.CollectorBinding;
import dev.pyxis.gc.spi.CollectorPlan;
import dev.pyxis.gc.spi.CollectorProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The owned heap: objects in off-heap spaces managed by one {@link CollectorPlan} at a time,
 * precise roots, and the safepoints at which the plan may collect or be swapped.
 *
 * <p>Threading: the heap is used by mutator threads that hold the VM's execution right (the
 * GIL), so one thread at a time. Only {@link #requestCollection} and {@link #requestSwap} may
 * be called from any thread; they take effect at the next safepoint of a mutator.
 *
 * <p>Field access goes through {@link #readWord}/{@link #writeWord} and friends, which validate
 * addresses in checked mode and run the write barrier where a plan asks for one.
 */
public final class Heap implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Heap.class);

    private final HeapConfig config;
    private final boolean checked;
    private final GlobalRoots globals = new GlobalRoots();
    private final HandleTable handles = new HandleTable();
    private final List<Mutator> mutators = new CopyOnWriteArrayList<>();
    private final List<RootProvider> rootProviders = new CopyOnWriteArrayList<>();
    private final List<java.util.function.Consumer<Liveness>> weakProcessors = new CopyOnWriteArrayList<>();
    private final Binding binding = new Binding();
    private final PauseRecorder pauses = new PauseRecorder();

    private CollectorProvider provider;
    private CollectorPlan plan;
    private final AtomicReference<CollectorProvider> pendingSwap = new AtomicReference<>();
    private volatile boolean pendingCollection;
    private boolean collecting;
    private boolean closed;
    private long allocatedByDetached;
    private long liveAfterLastCollection;
    private long swaps;

    private Heap(HeapConfig config, CollectorProvider provider) {
        this.config = config;
        this.checked = config.checked();
        this.provider = provider;
        this.plan = provider.create(binding);
        LOG.debug("heap created: plan={} size={} checked={} stress={}", plan.name(), config.heapSize(), checked, config.stress());
    }

    /** Creates a heap whose first plan comes from {@code provider}. */
    public static Heap create(HeapConfig config, CollectorProvider provider) {
        return new Heap(config, provider);
    }

    public HeapConfig config() {
        return config;
    }

    /** Attaches the calling thread as a mutator. */
    public Mutator attach() {
        ensureOpen();
        Mutator m = new Mutator(this, Thread.currentThread());
        mutators.add(m);
        return m;
    }

    void detach(Mutator m) {
        if (mutators.remove(m)) {
            if (!closed) {
                plan.retireBuffer(m);
            }
            allocatedByDetached += m.allocatedBytes();
        }
    }

    public GlobalRoots globals() {
        return globals;
    }

    public HandleTable handles() {
        return handles;
    }

    public void addRootProvider(RootProvider provider) {
        rootProviders.add(provider);
    }

    public void removeRootProvider(RootProvider provider) {
        rootProviders.remove(provider);
    }

    /**
     * Registers a processor of weak references (identity tables, weak dicts): after each
     * collection and swap, before memory is reused, it learns which objects survived and where
     * they are now. It must not allocate or touch object contents, except the raw (non-reference)
     * payload of surviving objects at their new addresses, which it may write.
     */
    public void addWeakProcessor(java.util.function.Consumer<Liveness> processor) {
        weakProcessors.add(processor);
    }

    // ---------------------------------------------------------------- object access

    public long header(long object) {
        if (checked) {
            checkObject(object);
        }
        return Memory.getWord(object);
    }

    public Layout layoutOf(long object) {
        return LayoutTable.ofHeader(header(object));
    }

    public long sizeOf(long object) {
        return layoutOf(object).sizeOf(object);
    }

    /** The element count of an object with a variable part. */
    public long length(long object) {
        Layout l = layoutOf(object);
        if (l.isFixed()) {
            throw new IllegalArgumentException(l + " has no length");
        }
        return Memory.getWord(object + l.lengthOffset());
    }

    public long readWord(long object, long offset) {
        if (checked) {
            checkAccess(object, offset, 8);
        }
        return Memory.getWord(object + offset);
    }

    /** Stores a value word, with the plan's write barrier if the object asks for one. */
    public void writeWord(long object, long offset, long value) {
        if (checked) {
            checkAccess(object, offset, 8);
            checkValue(value);
        }
        Memory.putWord(object + offset, value);
        if ((Memory.getWord(object) & Header.NEEDS_BARRIER) != 0) {
            plan.writeBarrierSlow(object, offset, value);
        }
    }

    /** Stores a raw (non-value) word, such as a length or a float's bits. No barrier. */
    public void writeRawWord(long object, long offset, long bits) {
        if (checked) {
            checkAccess(object, offset, 8);
        }
        Memory.putWord(object + offset, bits);
    }

    public int readInt(long object, long offset) {
        if (checked) {
            checkAccess(object, offset, 4);
        }
        return Memory.getInt(object + offset);
    }

    public void writeInt(long object, long offset, int value) {
        if (checked) {
            checkAccess(object, offset, 4);
        }
        Memory.putInt(object + offset, value);
    }

    public byte readByte(long object, long offset) {
        if (checked) {
            checkAccess(object, offset, 1);
        }
        return Memory.getByte(object + offset);
    }

    public void writeByte(long object, long offset, byte value) {
        if (checked) {
            checkAccess(object, offset, 1);
        }
        Memory.putByte(object + offset, value);
    }

    private void checkObject(long object) {
        if (!Word.isReference(object) || !plan.contains(object, 8)) {
            throw new HeapCorruptionException(String.format("0x%x is not an object of the %s heap", object, plan.name()));
        }
        long h = Memory.getWord(object);
        if (Header.isForwarded(h) || LayoutTable.byId(Header.layoutId(h)) == null || LayoutTable.isFiller(Header.layoutId(h))) {
            throw new HeapCorruptionException(String.format("object 0x%x has a bad header 0x%016x", object, h));
        }
    }

    private void checkAccess(long object, long offset, long bytes) {
        checkObject(object);
        long size = LayoutTable.ofHeader(Memory.getWord(object)).sizeOf(object);
        if (offset < 8 || offset + bytes > size) {
            throw new HeapCorruptionException(String.format("access at offset %d (%d bytes) outside object 0x%x of %d bytes",
                    offset, bytes, object, size));
        }
        if (!plan.contains(object, size)) {
            throw new HeapCorruptionException(String.format("object 0x%x of %d bytes extends outside the heap", object, size));
        }
    }

    private void checkValue(long word) {
        if (Word.isReference(word)) {
            checkObject(word);
        } else if (!Word.isNonReferenceValue(word)) {
            throw new HeapCorruptionException(String.format("0x%016x is not a value word", word));
        }
    }

    // ---------------------------------------------------------------- allocation and safepoints

    /** The allocation protocol for every plan: ask, collect once if refused, ask again. */
    long allocateSlow(Mutator m, long size) {
        ensureOpen();
        long address = allocateFromPlan(m, size);
        if (address == 0) {
            collect(CollectionReason.ALLOCATION);
            address = allocateFromPlan(m, size);
            if (address == 0) {
                throw new OutOfHeapException(size, "heap exhausted: " + size + " bytes requested, "
                        + plan.used() + " of " + plan.capacity() + " bytes in use after collection (" + plan.name() + ")");
            }
        }
        m.countDirect(size);
        return address;
    }

    private long allocateFromPlan(Mutator m, long size) {
        return size >= config.largeObjectThreshold() ? plan.allocateLarge(m, size) : plan.allocate(m, size);
    }

    void safepointSlow(Mutator m) {
        // Clear the poll before reading the requests: a request made meanwhile sets it again.
        if (!config.stress()) {
            m.pollRequested = false;
        }
        CollectorProvider swapTo = pendingSwap.getAndSet(null);
        if (swapTo != null) {
            try {
                swap(swapTo);
            } catch (OutOfHeapException e) {
                // Requested by another thread: the program goes on with the old plan.
                LOG.warn("swap to {} abandoned: {}", swapTo.name(), e.getMessage());
            }
        }
        if (pendingCollection) {
            pendingCollection = false;
            collect(CollectionReason.REQUESTED);
        }
        if (config.stress() && m.stressTick()) {
            collect(CollectionReason.STRESS);
        }
    }

    /**
     * Safepoints until the next stress collection: the configured interval times the square of
     * the live heap in units of 256 KiB (at least 1).
     */
    int stressInterval() {
        long units = Math.max(1, Math.min(1 << 15, plan.used() >> 18));
        return (int) Math.min(Integer.MAX_VALUE, config.stressInterval() * units * units);
    }

    /** Asks for a collection at the next safepoint of any mutator. Any thread. */
    public void requestCollection() {
        pendingCollection = true;
        pollAll();
    }

    /** Asks for a swap to {@code provider}'s plan at the next safepoint. Any thread. */
    public void requestSwap(CollectorProvider provider) {
        pendingSwap.set(provider);
        pollAll();
    }

    private void pollAll() {
        for (Mutator m : mutators) {
            m.pollRequested = true;
        }
    }

    // ---------------------------------------------------------------- collection

    /** Runs a full collection now. The caller is a mutator at a safepoint. */
    public void collect(CollectionReason reason) {
        ensureOpen();
        if (collecting) {
            throw new IllegalStateException("collection requested during a collection");
        }
        collecting = true;
        CollectionEvent event = new CollectionEvent();
        long usedBefore = plan.used();
        long start = System.nanoTime();
        event.begin();
        try {
            retireBuffers(plan);
            plan.collect(reason);
        } finally {
            collecting = false;
        }
        event.end();
        long pause = System.nanoTime() - start;
        long usedAfter = plan.used();
        liveAfterLastCollection = usedAfter;
        pauses.record(pause);
        if (event.shouldCommit()) {
            event.plan = plan.name();
            event.reason = reason.name();
            event.usedBefore = usedBefore;
            event.usedAfter = usedAfter;
            event.capacity = plan.capacity();
            event.commit();
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("{} collection ({}): {} -> {} bytes of {}, {} us", plan.name(), reason, usedBefore, usedAfter,
                    plan.capacity(), pause / 1000);
        }
    }

    private void retireBuffers(CollectorPlan p) {
        for (Mutator m : mutators) {
            p.retireBuffer(m);
        }
    }

    /**
     * Swaps the collector now: the new plan adopts the heap by an evacuating copy of everything
     * reachable into its own spaces; then the old plan's memory is freed. If the new plan cannot
     * hold the live objects, the swap is abandoned, the old plan stays, and
     * {@link OutOfHeapException} is thrown. The caller is a mutator at a safepoint.
     */
    public void swap(CollectorProvider newProvider) {
        ensureOpen();
        if (collecting) {
            throw new IllegalStateException("swap requested during a collection");
        }
        collecting = true;
        SwapEvent event = new SwapEvent();
        event.begin();
        long start = System.nanoTime();
        CollectorPlan old = plan;
        CollectorPlan fresh = null;
        try {
            retireBuffers(old);
            fresh = newProvider.create(binding);
            Evacuation.run(binding, fresh);
            plan = fresh;
            provider = newProvider;
            old.release();
            swaps++;
        } catch (RuntimeException | Error e) {
            if (fresh != null && plan != fresh) {
                fresh.release();
            }
            throw e;
        } finally {
            collecting = false;
        }
        event.end();
        long pause = System.nanoTime() - start;
        pauses.record(pause);
        liveAfterLastCollection = plan.used();
        if (event.shouldCommit()) {
            event.from = old.name();
            event.to = plan.name();
            event.liveBytes = plan.used();
            event.commit();
        }
        LOG.info("collector swapped: {} -> {} ({} live bytes, {} us)", old.name(), plan.name(), plan.used(), pause / 1000);
    }

    /** The provider of the plan in use. */
    public CollectorProvider collector() {
        return provider;
    }

    /** The plan in use; for tools and tests. */
    public CollectorPlan plan() {
        return plan;
    }

    public HeapStats stats() {
        long allocated = allocatedByDetached;
        for (Mutator m : mutators) {
            allocated += m.allocatedBytes();
        }
        return new HeapStats(plan.name(), plan.capacity(), plan.used(), liveAfterLastCollection, allocated,
                pauses.count() - swaps, pauses.total(), pauses.percentile(50), pauses.percentile(99), pauses.max(),
                swaps, handles.size());
    }

    /** The recent pause times in nanoseconds (collections and swaps), oldest first. */
    public long[] recentPauses() {
        return pauses.recent();
    }

    /**
     * Checks that every root and every reference reachable from the roots is the address of an
     * object with a valid header inside the plan's spaces, and returns the number of reachable
     * objects. A debugging aid, used by tests after collections.
     */
    public long verify() {
        return Evacuation.verify(binding, plan);
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            plan.release();
            LOG.debug("heap closed");
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("heap is closed");
        }
    }

    /** The heap as plans see it. */
    private final class Binding implements CollectorBinding {
        @Override
        public HeapConfig config() {
            return config;
        }

        @Override
        public void scanRoots(RootVisitor visitor) {
            for (Mutator m : mutators) {
                m.roots().scan(visitor);
            }
            globals.scan(visitor);
            for (RootProvider p : rootProviders) {
                p.scanRoots(visitor);
            }
        }

        @Override
        public void processWeakReferences(Liveness liveness) {
            handles.sweep(liveness);
            for (java.util.function.Consumer<Liveness> p : weakProcessors) {
                p.accept(liveness);
            }
        }

        @Override
        public void checkSlot(long word, long slotAddress) {
            if (!checked || Word.isNonReferenceValue(word)) {
                return;
            }
            if (!Word.isReference(word) || !plan.contains(word, 8)) {
                throw new HeapCorruptionException(String.format("slot 0x%x holds 0x%016x, which is no object of the %s heap",
                        slotAddress, word, plan.name()));
            }
            long h = Memory.getWord(word);
            int layout = Header.layoutId(h);
            if (!Header.isForwarded(h) && (LayoutTable.byId(layout) == null || LayoutTable.isFiller(layout))) {
                throw new HeapCorruptionException(String.format("slot 0x%x points to 0x%x whose header 0x%016x is no object's",
                        slotAddress, word, h));
            }
        }

        @Override
        public Iterable<Mutator> mutators() {
            return mutators;
        }
    }
}
