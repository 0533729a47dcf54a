package io.jmcp.core.inventory;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a reload or an addition changed, by device name. Sessions to {@link #affected()} devices
 * were opened with settings that no longer hold and must be closed.
 */
public record InventoryChange(Set<String> added, Set<String> changed, Set<String> removed) {

    public InventoryChange {
        added = ordered(added);
        changed = ordered(changed);
        removed = ordered(removed);
    }

    public static InventoryChange between(Inventory before, Inventory after) {
        Set<String> added = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        for (DeviceEntry device : after.devices()) {
            before.device(device.name()).ifPresentOrElse(
                    old -> {
                        if (!old.equals(device)) {
                            changed.add(device.name());
                        }
                    },
                    () -> added.add(device.name()));
        }
        Set<String> removed = new LinkedHashSet<>(before.names());
        removed.removeAll(after.names());
        return new InventoryChange(added, changed, removed);
    }

    /** Changed and removed devices: those whose open sessions are stale. */
    public Set<String> affected() {
        Set<String> affected = new LinkedHashSet<>(changed);
        affected.addAll(removed);
        return Collections.unmodifiableSet(affected);
    }

    public boolean isEmpty() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
    }

    private static Set<String> ordered(Set<String> names) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }
}
