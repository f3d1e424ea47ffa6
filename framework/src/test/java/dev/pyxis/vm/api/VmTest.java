package dev.pyxis.vm.api;

import dev.pyxis.framework.internal.nogc.NoGcProvider;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.heap.api.Layout;
import dev.pyxis.heap.api.Mutator;
import dev.pyxis.heap.api.Word;
import dev.pyxis.registry.api.Component;
import dev.pyxis.registry.api.ComponentRegistry;
import dev.pyxis.registry.api.Profile;
import dev.pyxis.registry.api.ProfileException;
import dev.pyxis.registry.api.Slot;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The VM's bindings follow the registry: withdrawal keeps the old plan, arrival swaps. */
class VmTest {
    static final Layout CELL = Layout.fixed("vm.Cell", 16, 8);

    @Test
    void aWithdrawnCollectorIsKeptUntilAnotherArrivesThenSwappedAtASafepoint() {
        ComponentRegistry registry = ComponentRegistry.discover(getClass().getClassLoader());
        try (Vm vm = Vm.create(Profile.parse("gc = nogc", "t"), registry)) {
            Component first = vm.bound(Slot.COLLECTOR);
            Mutator m = vm.heap().attach();
            long cell = m.allocate(CELL);
            vm.heap().writeWord(cell, 8, Word.fromSmallInt(7));
            int root = m.roots().push(cell);

            registry.remove(first);
            assertTrue(vm.collectorOrphaned());
            m.safepoint();
            assertSame(first, vm.bound(Slot.COLLECTOR), "no replacement: the old plan stays");

            CollectorProvider second = new NoGcProvider();
            registry.add(second);
            assertFalse(vm.collectorOrphaned());
            m.safepoint();
            assertSame(second, vm.bound(Slot.COLLECTOR));
            assertEquals(1, vm.heap().stats().swaps());
            assertNotSame(cell, m.roots().get(root));
            assertEquals(7, Word.toSmallInt(vm.heap().readWord(m.roots().get(root), 8)));
        }
    }

    @Test
    void aSwapTargetWithdrawnBeforeTheSafepointIsReplacedToo() {
        ComponentRegistry registry = ComponentRegistry.discover(getClass().getClassLoader());
        CollectorProvider second = new NoGcProvider();
        CollectorProvider third = new NoGcProvider();
        registry.add(second);
        registry.add(third);
        try (Vm vm = Vm.create(Profile.parse("gc = nogc", "t"), registry)) {
            Component first = vm.bound(Slot.COLLECTOR);
            Mutator m = vm.heap().attach();
            registry.remove(first);
            Component target = registry.find(Slot.COLLECTOR, "nogc").orElseThrow();
            registry.remove(target);
            m.safepoint();
            Component now = vm.bound(Slot.COLLECTOR);
            assertTrue(now != first && now != target, "the VM ended on a withdrawn collector");
            assertTrue(registry.available(Slot.COLLECTOR).contains(now));
        }
    }

    @Test
    void optionalSlotsStayEmptyAndBadProfilesFailBeforeAnythingIsBuilt() {
        ComponentRegistry registry = ComponentRegistry.discover(getClass().getClassLoader());
        try (Vm vm = Vm.create(Profile.parse("gc = nogc", "t"), registry)) {
            assertNull(vm.bound(Slot.JIT));
            assertEquals("gil", vm.bound(Slot.CONCURRENCY).name());
        }
        assertThrows(ProfileException.class, () -> Vm.create(Profile.parse("gc = nogc\njit = x86", "t"), registry));
    }
}
