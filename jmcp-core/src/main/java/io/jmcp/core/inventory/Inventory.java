package io.jmcp.core.inventory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An immutable, fully validated set of devices in the seed's devices.json format. The JSON it
 * was read from is kept, so that persisting an addition leaves every other entry as it was.
 */
public final class Inventory {
    private final Path source;
    private final ObjectNode document;
    private final Map<String, DeviceEntry> devices;

    private Inventory(Path source, ObjectNode document, List<DeviceEntry> devices) {
        this.source = source;
        this.document = document;
        Map<String, DeviceEntry> byName = new LinkedHashMap<>();
        devices.forEach(device -> byName.put(device.name(), device));
        this.devices = Collections.unmodifiableMap(byName);
    }

    /** Loads a devices file, reading {@code *_env} secrets from the process environment. */
    public static Inventory load(Path file) {
        return load(file, Environment.system());
    }

    /**
     * Loads and validates a devices file: every problem of every device at once.
     *
     * @throws InventoryException listing each problem with its device and field
     */
    public static Inventory load(Path file, Environment environment) {
        Path source = file.toAbsolutePath().normalize();
        ObjectNode document = InventoryJson.read(source);
        return validated(source, document, source.getParent(), environment);
    }

    /** An inventory of devices built in code (e.g. simulated ones), validated like a file, with no file behind it. */
    public static Inventory of(List<DeviceEntry> devices) {
        ObjectNode document = InventoryJson.MAPPER.createObjectNode();
        List<String> problems = new ArrayList<>();
        for (DeviceEntry device : devices) {
            if (document.has(device.name())) {
                problems.add(DeviceNames.label(device.name()) + ": appears more than once");
            }
            document.set(device.name(), device.toJson());
        }
        if (!problems.isEmpty()) {
            throw new InventoryException("Invalid inventory", problems);
        }
        return validated(null, document, Path.of("").toAbsolutePath(), Environment.system());
    }

    public static Inventory empty() {
        return of(List.of());
    }

    private static Inventory validated(Path source, ObjectNode document, Path baseDirectory,
            Environment environment) {
        List<String> problems = new ArrayList<>();
        List<DeviceEntry> devices = new DeviceParser(baseDirectory, environment).parseAll(document, problems);
        if (!problems.isEmpty()) {
            throw new InventoryException(source == null ? "Invalid inventory" : InventoryJson.context(source),
                    problems);
        }
        return new Inventory(source, document, devices);
    }

    /** The devices file this inventory was loaded from; empty when built in code. */
    public Optional<Path> source() {
        return Optional.ofNullable(source);
    }

    public Optional<DeviceEntry> device(String name) {
        return Optional.ofNullable(devices.get(name));
    }

    /** The devices in file order. */
    public List<DeviceEntry> devices() {
        return List.copyOf(devices.values());
    }

    /** The device names in file order. */
    public Set<String> names() {
        return devices.keySet();
    }

    public boolean contains(String name) {
        return devices.containsKey(name);
    }

    public int size() {
        return devices.size();
    }

    /**
     * The inventory as get_router_list shows it: devices.json with passwords, their environment
     * variable and file names, key paths, ssh_config and known_hosts removed; {@code auth} keeps
     * only its type; the user's extra keys are kept.
     */
    public ObjectNode publicView() {
        ObjectNode view = InventoryJson.MAPPER.createObjectNode();
        for (Map.Entry<String, JsonNode> device : document.properties()) {
            ObjectNode shown = (ObjectNode) device.getValue().deepCopy();
            shown.remove(DeviceFields.PRIVATE);
            JsonNode auth = shown.get(DeviceFields.AUTH);
            if (auth instanceof ObjectNode authObject) {
                authObject.retain(DeviceFields.AUTH_TYPE);
            }
            view.set(device.getKey(), shown);
        }
        return view;
    }

    /** This inventory plus {@code device}, which the caller has validated and checked to be new. */
    Inventory with(DeviceEntry device) {
        ObjectNode grown = document.deepCopy();
        grown.set(device.name(), device.toJson());
        List<DeviceEntry> all = new ArrayList<>(devices.values());
        all.add(device);
        return new Inventory(source, grown, all);
    }

    @Override
    public String toString() {
        return "Inventory[" + (source == null ? "built in code" : source) + ", devices=" + names() + "]";
    }
}
