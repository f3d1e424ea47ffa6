package dev.pyxis.registry.api;

import dev.pyxis.heap.api.HeapConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What a VM is assembled from: one component name per slot plus settings. The text form has
 * one {@code key = value} per line; {@code #} starts a comment.
 *
 * <pre>
 * frontend = none
 * gc = semispace
 * jit = none
 * concurrency = gil
 * ffi = none
 * heap = 256m          # heap size: bytes, or with k, m, g
 * nursery = 4m
 * large-object = 32k   # objects this large go to the large-object space
 * tlab = 32k           # allocation buffer per thread
 * checked = false      # validate every heap address
 * stress = false       # or a number N: collect at every N-th safepoint
 * </pre>
 *
 * Unknown keys, unknown component names and bad values give a {@link ProfileException} that
 * says what is accepted.
 */
public final class Profile {
    /** The setting keys besides the slot keys, with a description of each value. */
    public static final Map<String, String> SETTINGS = settings();

    private final Map<Slot, String> choices;
    private final HeapConfig heap;

    private Profile(Map<Slot, String> choices, HeapConfig heap) {
        this.choices = choices;
        this.heap = heap;
    }

    private static Map<String, String> settings() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("heap", "heap size, e.g. 256m");
        m.put("nursery", "young-generation size, e.g. 4m");
        m.put("large-object", "large-object threshold, e.g. 32k");
        m.put("tlab", "allocation buffer per thread, e.g. 32k");
        m.put("checked", "true or false");
        m.put("stress", "true, false, or a collection interval N");
        return Map.copyOf(m);
    }

    /** gc=semispace, concurrency=gil, everything optional none, default heap settings. */
    public static Profile defaults() {
        Map<Slot, String> c = new EnumMap<>(Slot.class);
        c.put(Slot.FRONTEND, Slot.NONE);
        c.put(Slot.COLLECTOR, "semispace");
        c.put(Slot.JIT, Slot.NONE);
        c.put(Slot.CONCURRENCY, "gil");
        c.put(Slot.FFI, Slot.NONE);
        return new Profile(c, HeapConfig.defaults());
    }

    public static Profile load(Path file) {
        try {
            return defaults().apply(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ProfileException("cannot read profile " + file + ": " + e.getMessage());
        }
    }

    /** The defaults overridden by {@code text}; {@code source} names it in error messages. */
    public static Profile parse(String text, String source) {
        return defaults().apply(text, source);
    }

    /** This profile overridden by the lines of {@code text}. */
    public Profile apply(String text, String source) {
        Profile p = this;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int hash = line.indexOf('#');
            if (hash >= 0) {
                line = line.substring(0, hash);
            }
            line = line.strip();
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new ProfileException(source + ":" + (i + 1) + ": expected 'key = value', got '" + line + "'");
            }
            try {
                p = p.with(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
            } catch (ProfileException e) {
                throw new ProfileException(source + ":" + (i + 1) + ": " + e.getMessage());
            }
        }
        return p;
    }

    /** This profile with one key set: a slot key or a setting. */
    public Profile with(String key, String value) {
        String k = key.toLowerCase(Locale.ROOT);
        Slot slot = Slot.byKey(k);
        if (slot != null) {
            if (value.isEmpty()) {
                throw new ProfileException("'" + k + "' needs a component name");
            }
            Map<Slot, String> c = new EnumMap<>(choices);
            c.put(slot, value.toLowerCase(Locale.ROOT));
            return new Profile(c, heap);
        }
        try {
            HeapConfig h = switch (k) {
                case "heap" -> heap.withHeapSize(HeapConfig.parseSize(value));
                case "nursery" -> heap.withNurserySize(HeapConfig.parseSize(value));
                case "large-object" -> heap.withLargeObjectThreshold(HeapConfig.parseSize(value));
                case "tlab" -> heap.withTlabSize(HeapConfig.parseSize(value));
                case "checked" -> heap.withChecked(parseBoolean(k, value));
                case "stress" -> parseStress(value);
                default -> throw new ProfileException("unknown key '" + key + "'; slots: "
                        + String.join(", ", slotKeys()) + "; settings: " + String.join(", ", SETTINGS.keySet().stream().sorted().toList()));
            };
            return new Profile(choices, h);
        } catch (IllegalArgumentException e) {
            throw new ProfileException(k + ": " + e.getMessage());
        }
    }

    private HeapConfig parseStress(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        if (v.equals("true") || v.equals("false")) {
            return heap.withStress(v.equals("true"), 1);
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) {
                return heap.withStress(true, n);
            }
        } catch (NumberFormatException ignored) {
            // falls through to the error
        }
        throw new ProfileException("stress: '" + value + "' is not true, false or a positive interval");
    }

    private static boolean parseBoolean(String key, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ProfileException(key + ": '" + value + "' is not true or false");
        };
    }

    private static java.util.List<String> slotKeys() {
        return java.util.Arrays.stream(Slot.values()).map(Slot::key).toList();
    }

    /** The component name chosen for {@code slot} ({@link Slot#NONE} for an empty optional slot). */
    public String choice(Slot slot) {
        return choices.get(slot);
    }

    public HeapConfig heapConfig() {
        return heap;
    }

    /**
     * Checks every choice against {@code registry}: required slots name an available component,
     * optional ones an available component or {@code none}.
     */
    public void validate(ComponentRegistry registry) {
        for (Slot s : Slot.values()) {
            String name = choices.get(s);
            if (name.equals(Slot.NONE)) {
                if (!s.optional()) {
                    throw new ProfileException(s.key() + " cannot be none; available: " + registry.names(s));
                }
            } else {
                registry.require(s, name, s.serviceType());
            }
        }
    }

    /** The profile in its text form. */
    public String toText() {
        StringBuilder b = new StringBuilder();
        for (Slot s : Slot.values()) {
            b.append(s.key()).append(" = ").append(choices.get(s)).append('\n');
        }
        b.append("heap = ").append(heap.heapSize()).append('\n');
        b.append("nursery = ").append(heap.nurserySize()).append('\n');
        b.append("large-object = ").append(heap.largeObjectThreshold()).append('\n');
        b.append("tlab = ").append(heap.tlabSize()).append('\n');
        b.append("checked = ").append(heap.checked()).append('\n');
        b.append("stress = ").append(heap.stress() ? String.valueOf(heap.stressInterval()) : "false").append('\n');
        return b.toString();
    }
}
