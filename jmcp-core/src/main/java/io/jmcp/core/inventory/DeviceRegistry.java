package io.jmcp.core.inventory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The server's current inventory. Readers get an immutable snapshot without locking; reloads
 * and additions are serialised, validated completely before anything is swapped, and reported
 * to listeners in the order they happened.
 */
public final class DeviceRegistry {
    private static final Logger log = LoggerFactory.getLogger(DeviceRegistry.class);

    private final Environment environment;
    private final List<InventoryListener> listeners = new CopyOnWriteArrayList<>();
    private volatile Inventory current;

    public DeviceRegistry(Inventory initial) {
        this(initial, Environment.system());
    }

    /** @param environment where {@code *_env} secrets of reloaded and added devices are checked */
    public DeviceRegistry(Inventory initial, Environment environment) {
        this.current = Objects.requireNonNull(initial, "initial");
        this.environment = Objects.requireNonNull(environment, "environment");
    }

    /** The inventory in force now; an immutable snapshot. */
    public Inventory current() {
        return current;
    }

    public void addListener(InventoryListener listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    public void removeListener(InventoryListener listener) {
        listeners.remove(listener);
    }

    /**
     * Replaces the inventory with the devices of {@code file}, which becomes the file additions
     * are persisted to. Nothing changes when the file has any problem.
     *
     * @return which devices were added, changed and removed
     * @throws InventoryException with every problem of the file; the current inventory stays
     */
    public synchronized InventoryChange reload(Path file) {
        Inventory next = Inventory.load(file, environment);
        InventoryChange change = InventoryChange.between(current, next);
        swap(next, change);
        log.info("Reloaded {} devices from {}: added {}, changed {}, removed {}", next.size(),
                next.source().orElseThrow(), change.added(), change.changed(), change.removed());
        return change;
    }

    /**
     * Adds a device, validated exactly as devices.json entries are. An existing name is never
     * overwritten. With {@code persist}, the device is also appended to the devices file, which
     * is rewritten atomically with its permissions, other entries, their extra keys and their
     * order unchanged; if that fails, nothing is added.
     *
     * @throws InventoryException when the device is invalid, its name is taken (in memory or in
     *                            the file), or the file cannot be rewritten
     */
    public synchronized void add(DeviceEntry device, boolean persist) {
        Inventory before = current;
        if (before.contains(device.name())) {
            throw InventoryException.of(DeviceNames.label(device.name())
                    + " already exists; it was left unchanged");
        }
        Path baseDirectory = before.source().map(Path::getParent).orElse(Path.of("").toAbsolutePath());
        DeviceEntry validated = DeviceEntry.fromJson(device.name(), device.toJson(), baseDirectory, environment);
        if (persist) {
            appendToFile(before, validated);
        }
        Inventory next = before.with(validated);
        swap(next, InventoryChange.between(before, next));
        log.info("Added {}{}", validated, persist ? " to " + next.source().orElseThrow() : "");
    }

    // The file is re-read rather than rewritten from memory, so edits made to it since the last
    // reload are kept too.
    private void appendToFile(Inventory inventory, DeviceEntry device) {
        Path file = inventory.source().orElseThrow(() -> InventoryException.of("cannot persist "
                + DeviceNames.label(device.name()) + ": the inventory was not loaded from a devices file"));
        ObjectNode onDisk = InventoryJson.read(file);
        if (onDisk.has(device.name())) {
            throw InventoryException.of(DeviceNames.label(device.name()) + " already exists in " + file
                    + " (added there since the last reload); it was left unchanged");
        }
        onDisk.set(device.name(), device.toJson());
        try {
            AtomicFiles.replace(file, InventoryJson.write(onDisk));
        } catch (IOException e) {
            throw InventoryException.of("cannot persist " + DeviceNames.label(device.name()) + " to " + file
                    + ": " + e.getMessage());
        }
    }

    private void swap(Inventory next, InventoryChange change) {
        current = next;
        for (InventoryListener listener : listeners) {
            try {
                listener.inventoryChanged(next, change);
            } catch (RuntimeException e) {
                log.warn("Inventory listener {} failed on {}", listener, change, e);
            }
        }
    }
}
