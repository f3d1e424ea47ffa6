package dev.pyxis.registry.api;

import dev.pyxis.concurrency.spi.ConcurrencyProvider;
import dev.pyxis.ffi.spi.FfiProvider;
import dev.pyxis.frontend.spi.Frontend;
import dev.pyxis.gc.spi.CollectorProvider;
import dev.pyxis.jit.spi.JitBackend;

import java.util.Locale;

/** The places a VM binds exactly one component to. */
public enum Slot {
    FRONTEND("frontend", Frontend.class, true),
    COLLECTOR("gc", CollectorProvider.class, false),
    JIT("jit", JitBackend.class, true),
    CONCURRENCY("concurrency", ConcurrencyProvider.class, false),
    FFI("ffi", FfiProvider.class, true);

    /** The name a profile gives for "nothing bound" in an optional slot. */
    public static final String NONE = "none";

    private final String key;
    private final Class<? extends Component> serviceType;
    private final boolean optional;

    Slot(String key, Class<? extends Component> serviceType, boolean optional) {
        this.key = key;
        this.serviceType = serviceType;
        this.optional = optional;
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
        return optional;
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
