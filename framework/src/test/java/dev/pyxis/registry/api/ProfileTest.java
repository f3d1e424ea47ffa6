package dev.pyxis.registry.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProfileTest {
    private final ComponentRegistry registry = ComponentRegistry.discover(getClass().getClassLoader());

    @Test
    void parsesSlotsAndSettingsWithComments() {
        Profile p = Profile.parse("""
                # a research profile
                gc = nogc
                heap = 64m      # small
                nursery = 1m
                checked = true
                stress = 10
                """, "test.profile");
        assertEquals("nogc", p.choice(Slot.COLLECTOR));
        assertEquals("gil", p.choice(Slot.CONCURRENCY));
        assertEquals(Slot.NONE, p.choice(Slot.JIT));
        assertEquals(64L << 20, p.heapConfig().heapSize());
        assertEquals(1L << 20, p.heapConfig().nurserySize());
        assertTrue(p.heapConfig().checked());
        assertTrue(p.heapConfig().stress());
        assertEquals(10, p.heapConfig().stressInterval());
        p.validate(registry);
        assertEquals(p.toText(), Profile.parse(p.toText(), "round trip").toText());
    }

    @Test
    void anUnknownComponentListsWhatIsAvailable() {
        Profile p = Profile.parse("gc = g1", "x");
        ProfileException e = assertThrows(ProfileException.class, () -> p.validate(registry));
        assertEquals("unknown gc 'g1'; available: nogc", e.getMessage());
        ProfileException jit = assertThrows(ProfileException.class, () -> Profile.parse("gc = nogc\njit = x86", "x").validate(registry));
        assertEquals("unknown jit 'x86'; available: none", jit.getMessage());
        ProfileException none = assertThrows(ProfileException.class, () -> Profile.parse("gc = none", "x").validate(registry));
        assertTrue(none.getMessage().startsWith("gc cannot be none"), none.getMessage());
    }

    @Test
    void badLinesNameTheSourceLineAndTheAcceptedForm() {
        ProfileException size = assertThrows(ProfileException.class, () -> Profile.parse("gc = nogc\nheap = lots\n", "my.profile"));
        assertTrue(size.getMessage().startsWith("my.profile:2: heap: 'lots' is not a size"), size.getMessage());
        ProfileException key = assertThrows(ProfileException.class, () -> Profile.parse("colour = blue", "p"));
        assertTrue(key.getMessage().contains("unknown key 'colour'") && key.getMessage().contains("gc") && key.getMessage().contains("heap"),
                key.getMessage());
        ProfileException shape = assertThrows(ProfileException.class, () -> Profile.parse("gc semispace", "p"));
        assertTrue(shape.getMessage().contains("expected 'key = value'"), shape.getMessage());
        ProfileException stress = assertThrows(ProfileException.class, () -> Profile.parse("stress = 0", "p"));
        assertTrue(stress.getMessage().contains("positive interval"), stress.getMessage());
        ProfileException tiny = assertThrows(ProfileException.class, () -> Profile.parse("heap = 1k", "p"));
        assertTrue(tiny.getMessage().contains("below the minimum"), tiny.getMessage());
    }
}
