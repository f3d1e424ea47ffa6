package dev.pyxis.registry.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The components available per slot. Discovery feeds it, and this is the one wiring code path
 * for both: in OSGi mode a Declarative Services component adds and removes services as bundles
 * start and stop; in plain mode {@link #discover(ClassLoader)} adds what {@link ServiceLoader}
 * finds. Thread-safe.
 */
public final class ComponentRegistry {
    private final Map<Slot, List<Component>> components = new EnumMap<>(Slot.class);
    private final List<RegistryListener> listeners = new CopyOnWriteArrayList<>();

    public ComponentRegistry() {
        for (Slot s : Slot.values()) {
            components.put(s, new CopyOnWriteArrayList<>());
        }
    }

    /** A registry holding every component {@link ServiceLoader} finds through {@code loader}. */
    public static ComponentRegistry discover(ClassLoader loader) {
        ComponentRegistry r = new ComponentRegistry();
        for (Slot s : Slot.values()) {
            for (Component c : ServiceLoader.load(s.serviceType(), loader)) {
                r.add(c);
            }
        }
        return r;
    }

    /** Makes {@code component} available; listeners hear of it. */
    public void add(Component component) {
        Slot slot = Slot.of(component);
        components.get(slot).add(component);
        for (RegistryListener l : listeners) {
            l.added(slot, component);
        }
    }

    /** Withdraws {@code component}; listeners hear of it. */
    public void remove(Component component) {
        Slot slot = Slot.of(component);
        if (components.get(slot).remove(component)) {
            for (RegistryListener l : listeners) {
                l.removed(slot, component);
            }
        }
    }

    /** The components of {@code slot}, by name. */
    public List<Component> available(Slot slot) {
        List<Component> list = new ArrayList<>(components.get(slot));
        list.sort(Comparator.comparing(Component::name));
        return list;
    }

    /** The component of {@code slot} named {@code name}. */
    public Optional<Component> find(Slot slot, String name) {
        for (Component c : components.get(slot)) {
            if (c.name().equals(name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** Like {@link #find}, typed, or a {@link ProfileException} that lists what is available. */
    public <T extends Component> T require(Slot slot, String name, Class<T> type) {
        return find(slot, name).map(type::cast).orElseThrow(() -> new ProfileException(
                "unknown " + slot.key() + " '" + name + "'; available: " + names(slot)));
    }

    /** Names of the components of {@code slot}, comma-separated, or "(none)". */
    public String names(Slot slot) {
        List<String> names = new ArrayList<>();
        for (Component c : available(slot)) {
            names.add(c.name());
        }
        if (slot.optional()) {
            names.add(Slot.NONE);
        }
        return names.isEmpty() ? "(none)" : String.join(", ", names);
    }

    public void addListener(RegistryListener listener) {
        listeners.add(listener);
    }

    public void removeListener(RegistryListener listener) {
        listeners.remove(listener);
    }
}
