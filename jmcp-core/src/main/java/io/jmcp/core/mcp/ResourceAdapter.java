package io.jmcp.core.mcp;

import io.jmcp.core.audit.AuditOutcome;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceDefinition;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.ResourceNotFoundException;
import io.jmcp.core.spi.UnknownDeviceException;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.server.McpAsyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The resources of one {@link ResourceHandler} in the {@link InvokePipeline}: for a template naming
 * a device, the device looked up before the handler runs. Each read is audited as
 * {@code resources/read <uri>} and every failure is an MCP error carrying the URI: resource-not-found
 * for an unknown device, the device's failure with its cause otherwise.
 */
final class ResourceAdapter {
    private static final Logger log = LoggerFactory.getLogger(ResourceAdapter.class);

    private final ResourceHandler handler;
    private final ResourceDefinition definition;
    private final UriVariables variables;
    private final InvokePipeline pipeline;

    ResourceAdapter(ResourceHandler handler, InvokePipeline pipeline) {
        this.handler = handler;
        this.definition = handler.definition();
        this.variables = new UriVariables(definition);
        this.pipeline = pipeline;
    }

    ResourceDefinition definition() {
        return definition;
    }

    /** The URI of this template's resource for {@code device}; see {@link ResourceDefinition#listedPerDevice()}. */
    String uriOf(String device) {
        return variables.expand(device);
    }

    /** Reads for a client of a stateful server, whose session also carries the client's log. */
    Mono<ReadResourceResult> read(McpAsyncServerExchange exchange, ReadResourceRequest request) {
        return pipeline.onWorker(new Read(request.uri()), exchange.transportContext(),
                new SessionChannel(exchange, pipeline.services().jsonMapper(), null));
    }

    /** Reads for a client of a server without sessions (stateless HTTP), which gets the content alone. */
    Mono<ReadResourceResult> readWithoutSession(McpTransportContext transportContext, ReadResourceRequest request) {
        return pipeline.onWorker(new Read(request.uri()), transportContext, SessionlessChannel.INSTANCE);
    }

    /** One read of {@code uri}, which the SDK matched against this handler's URI or template. */
    private final class Read implements Invocation<ReadResourceResult> {
        private final String uri;

        Read(String uri) {
            this.uri = uri;
        }

        @Override
        public String subject() {
            return "resource '" + uri + "'";
        }

        @Override
        public Optional<String> auditedAs() {
            return Optional.of("resources/read " + uri);
        }

        @Override
        public Optional<String> refusal(Caller caller) {
            return caller.mayRead() ? Optional.empty() : Optional.of("Caller '" + caller.id()
                    + "' may not read resources: it has neither the read nor the config scope");
        }

        @Override
        public ReadResourceResult run(McpToolContext context) {
            Map<String, String> values;
            try {
                values = variables.extract(uri);
            } catch (IllegalArgumentException malformed) {
                throw new CallFailure(CallFailure.Kind.INVALID, CallOutcome.failed(AuditOutcome.ERROR,
                        "Invalid resource URI '" + uri + "': " + malformed.getMessage()));
            }
            definition.deviceVariableIfAny().map(values::get).ifPresent(device -> requireKnown(device, context));
            ResourceContent content = handler.read(context, values);
            if (content == null) {
                throw new IllegalStateException("resource handler " + handler.getClass().getName()
                        + " returned no content");
            }
            ResourceContent fitted = pipeline.services().environment().outputs().fitRead(context.caller(), uri, content);
            return new ReadResourceResult(List.of(new TextResourceContents(uri, fitted.mimeType(), fitted.text())));
        }

        @Override
        public Optional<CallFailure> classify(Throwable failure) {
            if (failure instanceof UnknownDeviceException unknown) {
                log.debug("Resource {} not found: {}", uri, unknown.getMessage());
                return Optional.of(new CallFailure(CallFailure.Kind.NOT_FOUND, CallOutcome.failed(AuditOutcome.ERROR,
                        "Resource not found: " + uri + ". " + unknown.getMessage()
                                + ". resources/list shows the resources of every known router.")));
            }
            if (failure instanceof ResourceNotFoundException notFound) {
                return Optional.of(new CallFailure(CallFailure.Kind.NOT_FOUND,
                        CallOutcome.failed(AuditOutcome.ERROR, notFound.getMessage())));
            }
            return Optional.empty();
        }

        @Override
        public ReadResourceResult failed(CallFailure failure) {
            throw failure.toMcpError(Map.of("uri", uri));
        }

        @Override
        public String busyMessage(boolean shuttingDown, int workerThreads) {
            return shuttingDown ? "jmcp is shutting down; the resource was not read"
                    : "jmcp is busy: all " + workerThreads + " workers and their queue are in use; "
                            + "read the resource again shortly";
        }
    }

    private static void requireKnown(String device, McpToolContext context) {
        context.audit().device(device);
        Set<String> known = context.devices().names();
        if (!known.contains(device)) {
            throw new UnknownDeviceException(device, known);
        }
    }
}
