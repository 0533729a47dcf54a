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
import io.modelcontextprotocol.server.McpStatelessAsyncServer;
import io.modelcontextprotocol.server.McpStatelessServerFeatures;
import io.modelcontextprotocol.spec.McpSchema;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The resources of jmcp as MCP SDK specifications, for servers with sessions and without: fixed
 * resources, templates, and for each template listed per device one resource per device of the
 * inventory. Those are kept in step with the inventory on every started server through the SDK's
 * add/remove, so clients with a session get {@code notifications/resources/list_changed} when
 * add_device or reload_devices changes the devices (clients without one see it in resources/list).
 */
final class McpResources implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(McpResources.class);
    /** How long one list change may take to reach the clients before the next is made. */
    private static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(10);

    private final List<ResourceAdapter> fixed = new ArrayList<>();
    private final List<ResourceAdapter> templates = new ArrayList<>();
    private final List<ResourceAdapter> perDevice = new ArrayList<>();
    private final Set<String> fixedUris = new HashSet<>();
    private final DeviceRegistry devices;
    private final List<ResourceList> servers = new CopyOnWriteArrayList<>();
    private final InventoryListener listener = this::inventoryChanged;

    /**
     * @throws IllegalArgumentException when two handlers share a URI or template
     */
    McpResources(List<ResourceHandler> handlers, InvokePipeline pipeline) {
        Set<String> uris = new HashSet<>();
        for (ResourceHandler handler : handlers) {
            ResourceAdapter adapter = new ResourceAdapter(handler, pipeline);
            ResourceDefinition definition = adapter.definition();
            if (!uris.add(definition.uri())) {
                throw new IllegalArgumentException("two resources have the URI '" + definition.uri() + "'; the second "
                        + "is " + handler.getClass().getName());
            }
            if (definition.isTemplate()) {
                templates.add(adapter);
            } else {
                fixed.add(adapter);
                fixedUris.add(definition.uri());
            }
            if (definition.listedPerDevice()) {
                perDevice.add(adapter);
            }
        }
        this.devices = pipeline.services().environment().devices();
        if (!perDevice.isEmpty()) {
            devices.addListener(listener);
        }
    }

    boolean isEmpty() {
        return fixed.isEmpty() && templates.isEmpty();
    }

    /** The fixed resources and, for the inventory as it is now, the per-device ones. */
    List<AsyncResourceSpecification> resourceSpecifications() {
        return resources().stream().map(McpResources::withSession).toList();
    }

    List<AsyncResourceTemplateSpecification> templateSpecifications() {
        return templates.stream().map(adapter -> new AsyncResourceTemplateSpecification(template(adapter.definition()),
                adapter::read)).toList();
    }

    /** {@link #resourceSpecifications()} for a server without sessions (stateless HTTP). */
    List<McpStatelessServerFeatures.AsyncResourceSpecification> sessionlessResourceSpecifications() {
        return resources().stream().map(McpResources::withoutSession).toList();
    }

    /** {@link #templateSpecifications()} for a server without sessions (stateless HTTP). */
    List<McpStatelessServerFeatures.AsyncResourceTemplateSpecification> sessionlessTemplateSpecifications() {
        return templates.stream().map(adapter -> new McpStatelessServerFeatures.AsyncResourceTemplateSpecification(
                template(adapter.definition()), adapter::readWithoutSession)).toList();
    }

    /**
     * Keeps {@code server}'s per-device resources in step with the inventory from now on. The server
     * was built with {@link #resourceSpecifications()}; a change made meanwhile is caught up here.
     */
    void attach(McpAsyncServer server) {
        attach(ResourceList.of(server));
    }

    /** {@link #attach(McpAsyncServer)} for a server built with {@link #sessionlessResourceSpecifications()}. */
    void attach(McpStatelessAsyncServer server) {
        attach(ResourceList.of(server));
    }

    private void attach(ResourceList server) {
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
    private synchronized void synchronise(ResourceList server) {
        Map<String, ServedResource> wanted = perDeviceResources(devices.current());
        Set<String> listed = server.uris();
        for (String uri : listed) {
            if (!fixedUris.contains(uri) && !wanted.containsKey(uri)) {
                apply("remove " + uri, () -> server.remove(uri));
            }
        }
        wanted.forEach((uri, resource) -> {
            if (!listed.contains(uri)) {
                apply("add " + uri, () -> server.add(resource));
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

    private List<ServedResource> resources() {
        List<ServedResource> resources = new ArrayList<>();
        fixed.forEach(adapter -> resources.add(new ServedResource(fixedResource(adapter.definition()), adapter)));
        if (!perDevice.isEmpty()) {
            resources.addAll(perDeviceResources(devices.current()).values());
        }
        return resources;
    }

    private Map<String, ServedResource> perDeviceResources(Inventory inventory) {
        Map<String, ServedResource> resources = new LinkedHashMap<>();
        for (String device : inventory.names()) {
            for (ResourceAdapter adapter : perDevice) {
                String uri = adapter.uriOf(device);
                resources.put(uri, new ServedResource(deviceResource(adapter.definition(), uri, device), adapter));
            }
        }
        return resources;
    }

    private static AsyncResourceSpecification withSession(ServedResource resource) {
        return new AsyncResourceSpecification(resource.resource(), resource.adapter()::read);
    }

    private static McpStatelessServerFeatures.AsyncResourceSpecification withoutSession(ServedResource resource) {
        return new McpStatelessServerFeatures.AsyncResourceSpecification(resource.resource(),
                resource.adapter()::readWithoutSession);
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

    /** A resource as listed, and the adapter that reads it. */
    private record ServedResource(McpSchema.Resource resource, ResourceAdapter adapter) {
    }

    /**
     * The resource list of one started server, with sessions or without, as {@link #synchronise} changes it.
     * The SDK's two server classes share these operations but no type, so each lends its own.
     */
    private record ResourceList(Supplier<Flux<McpSchema.Resource>> listed,
            Function<ServedResource, Mono<Void>> adding, Function<String, Mono<Void>> removing) {

        static ResourceList of(McpAsyncServer server) {
            return new ResourceList(server::listResources, resource -> server.addResource(withSession(resource)),
                    server::removeResource);
        }

        static ResourceList of(McpStatelessAsyncServer server) {
            return new ResourceList(server::listResources, resource -> server.addResource(withoutSession(resource)),
                    server::removeResource);
        }

        Set<String> uris() {
            Set<String> uris = new HashSet<>();
            listed.get().map(McpSchema.Resource::uri).toIterable().forEach(uris::add);
            return uris;
        }

        void add(ServedResource resource) {
            adding.apply(resource).block(NOTIFY_TIMEOUT);
        }

        void remove(String uri) {
            removing.apply(uri).block(NOTIFY_TIMEOUT);
        }
    }
}
