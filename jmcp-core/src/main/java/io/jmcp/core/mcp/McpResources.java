package io.jmcp.core.mcp;

import io.jmcp.core.inventory.DeviceRegistry;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.inventory.InventoryChange;
import io.jmcp.core.inventory.InventoryListener;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.modelcontextprotocol.server.McpAsyncServer;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncResourceSpecification;
import io.modelcontextprotocol.server.McpServerFeatures.AsyncResourceTemplateSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.scheduler.Scheduler;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The resources of jmcp as MCP SDK specifications: fixed resources, templates, and for each
 * template listed per device one resource per device of the inventory. Those are kept in step with
 * the inventory on every started server through the SDK's add/remove, so clients get
 * {@code notifications/resources/list_changed} when add_device or reload_devices changes the devices.
 */
final class McpResources implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(McpResources.class);
    /** How long one list change may take to reach the clients before the next is made. */
    private static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(10);

    private final List<ResourceInvoker> fixed = new ArrayList<>();
    private final List<ResourceInvoker> templates = new ArrayList<>();
    private final List<ResourceInvoker> perDevice = new ArrayList<>();
    private final Set<String> fixedUris = new HashSet<>();
    private final DeviceRegistry devices;
    private final List<McpAsyncServer> servers = new CopyOnWriteArrayList<>();
    private final InventoryListener listener = this::inventoryChanged;

    /**
     * @throws IllegalArgumentException when two handlers share a URI or template
     */
    McpResources(List<ResourceHandler> handlers, ToolInvoker.Services services, Scheduler workers) {
        Set<String> uris = new HashSet<>();
        for (ResourceHandler handler : handlers) {
            ResourceInvoker invoker = new ResourceInvoker(handler, services, workers);
            ResourceDefinition definition = invoker.definition();
            if (!uris.add(definition.uri())) {
                throw new IllegalArgumentException("two resources have the URI '" + definition.uri() + "'; the second "
                        + "is " + handler.getClass().getName());
            }
            if (definition.isTemplate()) {
                templates.add(invoker);
            } else {
                fixed.add(invoker);
                fixedUris.add(definition.uri());
            }
            if (definition.listedPerDevice()) {
                perDevice.add(invoker);
            }
        }
        this.devices = services.environment().devices();
        if (!perDevice.isEmpty()) {
            devices.addListener(listener);
        }
    }

    boolean isEmpty() {
        return fixed.isEmpty() && templates.isEmpty();
    }

    /** The fixed resources and, for the inventory as it is now, the per-device ones. */
    List<AsyncResourceSpecification> resourceSpecifications() {
        List<AsyncResourceSpecification> specifications = new ArrayList<>();
        fixed.forEach(invoker -> specifications.add(new AsyncResourceSpecification(fixedResource(invoker.definition()),
                invoker::read)));
        if (!perDevice.isEmpty()) {
            specifications.addAll(perDeviceSpecifications(devices.current()).values());
        }
        return specifications;
    }

    List<AsyncResourceTemplateSpecification> templateSpecifications() {
        return templates.stream().map(invoker -> new AsyncResourceTemplateSpecification(template(invoker.definition()),
                invoker::read)).toList();
    }

    /**
     * Keeps {@code server}'s per-device resources in step with the inventory from now on. The server
     * was built with {@link #resourceSpecifications()}; a change made meanwhile is caught up here.
     */
    void attach(McpAsyncServer server) {
        servers.add(server);
        if (!perDevice.isEmpty()) {
            synchronise(server);
        }
    }

    @Override
    public void close() {
        if (!perDevice.isEmpty()) {
            devices.removeListener(listener);
        }
    }

    private void inventoryChanged(Inventory current, InventoryChange change) {
        if (!change.added().isEmpty() || !change.removed().isEmpty()) {
            servers.forEach(this::synchronise);
        }
    }

    /**
     * Makes {@code server}'s per-device resources those of the inventory now. Each run reads the
     * inventory afresh, so runs racing with inventory changes still end in the latest state.
     */
    private synchronized void synchronise(McpAsyncServer server) {
        Map<String, AsyncResourceSpecification> wanted = perDeviceSpecifications(devices.current());
        Set<String> listed = new HashSet<>();
        server.listResources().map(McpSchema.Resource::uri).toIterable().forEach(listed::add);
        for (String uri : listed) {
            if (!fixedUris.contains(uri) && !wanted.containsKey(uri)) {
                apply("remove " + uri, () -> server.removeResource(uri).block(NOTIFY_TIMEOUT));
            }
        }
        wanted.forEach((uri, specification) -> {
            if (!listed.contains(uri)) {
                apply("add " + uri, () -> server.addResource(specification).block(NOTIFY_TIMEOUT));
            }
        });
    }

    /** The SDK changes its list first and then notifies; a client that cannot be told misses only the news. */
    private static void apply(String change, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException unsent) {
            log.debug("Resource list change '{}': clients were not notified: {}", change, unsent.getMessage());
        }
    }

    private Map<String, AsyncResourceSpecification> perDeviceSpecifications(Inventory inventory) {
        Map<String, AsyncResourceSpecification> specifications = new LinkedHashMap<>();
        for (String device : inventory.names()) {
            for (ResourceInvoker invoker : perDevice) {
                String uri = invoker.uriOf(device);
                specifications.put(uri, new AsyncResourceSpecification(deviceResource(invoker.definition(), uri, device),
                        invoker::read));
            }
        }
        return specifications;
    }

    private static McpSchema.Resource fixedResource(ResourceDefinition definition) {
        return McpSchema.Resource.builder(definition.uri(), definition.name())
                .title(definition.title())
                .description(definition.description())
                .mimeType(definition.mimeType())
                .build();
    }

    private static McpSchema.Resource deviceResource(ResourceDefinition definition, String uri, String device) {
        String title = definition.title() != null ? definition.title() : definition.name();
        return McpSchema.Resource.builder(uri, device + "/" + definition.name())
                .title(device + ": " + title)
                .description(definition.description())
                .mimeType(definition.mimeType())
                .build();
    }

    private static McpSchema.ResourceTemplate template(ResourceDefinition definition) {
        return McpSchema.ResourceTemplate.builder(definition.uri(), definition.name())
                .title(definition.title())
                .description(definition.description())
                .mimeType(definition.mimeType())
                .build();
    }
}
