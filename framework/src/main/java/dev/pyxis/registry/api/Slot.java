package dev.pyxis.registry.api;

import dev.pyxis.concurrency.spi.ConcurrencyProvider;
import dev.pyxis.ffi.spi.FfiProvider;
import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.jit.spi.JitBackend;

import java.util.Locale;

/** The places a VM binds exactly one component to. */
public enum Slot {
    FRONTEND("frontend", Frontend.class, "no front end: programs cannot run yet"),
    COLLECTOR("gc", CollectorProvider.class, null),
    JIT("jit", JitBackend.class, "no JIT: the interpreter runs everything"),
    CONCURRENCY("concurrency", ConcurrencyProvider.class, null),
    FFI("ffi", FfiProvider.class, "no foreign function interface");

    /** The name a profile gives for "nothing bound" in an optional slot. */
    public static final String NONE = "none";

    private final String key;
    private final Class<? extends Component> serviceType;
    private final String noneDescription;

    /** {@code noneDescription} is null for a slot that must be filled. */
    Slot(String key, Class<? extends Component> serviceType, String noneDescription) {
        this.key = key;
        this.serviceType = serviceType;
        this.noneDescription = noneDescription;
    }

    /** The key in profiles and listings. */
    public String key() {
        return key;
    }

    public Class<? extends Component> serviceType() {
        return serviceType;
    }

    /** Whether the slot may stay empty ({@value #NONE}). */
    public boolean optional() {
        return noneDescription != null;
    }

    /** What an empty optional slot means, for listings; null for a required slot. */
    public String noneDescription() {
        return noneDescription;
    }

    /** The slot a component fills, by the service interface it implements. */
    public static Slot of(Component component) {
        for (Slot s : values()) {
            if (s.serviceType.isInstance(component)) {
                return s;
            }
        }
        throw new IllegalArgumentException(component.getClass().getName() + " implements no slot's service type");
    }

    public static Slot byKey(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        for (Slot s : values()) {
            if (s.key.equals(k)) {
                return s;
            }
        }
        return null;
    }
}
