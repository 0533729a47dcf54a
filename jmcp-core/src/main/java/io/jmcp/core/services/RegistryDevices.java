package io.jmcp.core.services;

import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.spi.Devices;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;
import java.util.Set;

/** The {@link Devices} view of the server's device registry. */
final class RegistryDevices implements Devices {
    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, Object>> JSON_OBJECT = new TypeReference<>() {
    };

    private final DeviceRegistry registry;

    RegistryDevices(DeviceRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Set<String> names() {
        return registry.current().names();
    }

    @Override
    public Map<String, Object> publicView() {
        return JSON.convertValue(registry.current().publicView(), JSON_OBJECT);
    }
}
