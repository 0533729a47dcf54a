package io.jmcp.core.mcp;

import io.jmcp.core.app.DemoDevices;
import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.ResourceContent;
import io.jmcp.core.spi.ResourceHandler;
import io.jmcp.core.spi.Scope;
import io.jmcp.core.spi.ToolException;
import io.jmcp.netconf.OutputFormat;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceResult;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** One resource read through the adapter: where it runs, what the client gets, what is audited. */
class ResourceAdapterTest {
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String CONFIG = "junos://devices/{name}/config";
    @TempDir
    Path directory;
    private AdapterServices adapter;

    @AfterEach
    void stop() throws IOException {
        if (adapter != null) {
            adapter.close();
        }
    }

    private ResourceAdapter resource(ResourceHandler handler, Caller caller) {
        if (adapter == null) {
            adapter = AdapterServices.start(directory, AdapterServices.router("r1", closedPort()),
                    AdapterServices.router("core/1", closedPort()));
        }
        return new ResourceAdapter(handler, adapter.pipeline(caller));
    }

    private ReadResourceResult read(ResourceAdapter resource, String uri) {
        return resource.readWithoutSession(McpTransportContext.EMPTY, new ReadResourceRequest(uri)).block(WAIT);
    }

    private McpError failure(ResourceAdapter resource, String uri) {
        return catchThrowableOfType(McpError.class, () -> read(resource, uri));
    }

    private static TextResourceContents content(ReadResourceResult result) {
        return (TextResourceContents) result.contents().get(0);
    }

    private static ResourceContent text(String text) {
        return new ResourceContent(text, "text/plain");
    }

    @Test
    void answersWithTheTextAndMimeTypeForTheUriAsked() {
        ResourceAdapter resource = resource(ScriptedResource.at("junos://hello", (context, variables) ->
                new ResourceContent("{}", "application/json")), Caller.local());

        TextResourceContents content = content(read(resource, "junos://hello"));

        assertThat(content.uri()).isEqualTo("junos://hello");
        assertThat(content.text()).isEqualTo("{}");
        assertThat(content.mimeType()).isEqualTo("application/json");
    }

    @Test
    void readsOnAToolWorkerNeverOnTheCallersThread() {
        ResourceAdapter resource = resource(ScriptedResource.at("junos://thread", (context, variables) ->
                text(Thread.currentThread().getName())), Caller.local());

        assertThat(content(read(resource, "junos://thread")).text()).startsWith("jmcp-tool-");
    }

    @Test
    void handsEveryReadTheSameDeviceAndGuardrailViewsWhichFollowTheInventory() {
        List<Object> views = new CopyOnWriteArrayList<>();
        ResourceAdapter resource = resource(ScriptedResource.at("junos://views", (context, variables) -> {
            views.add(context.devices());
            views.add(context.guardrails());
            return text(String.join(",", new TreeSet<>(context.devices().names())));
        }), Caller.local());

        assertThat(content(read(resource, "junos://views")).text()).isEqualTo("core/1,r1");
        adapter.devices().add(DemoDevices.inventory(List.of(AdapterServices.router("edge", closedPort())))
                .device("edge").orElseThrow(), false);
        assertThat(content(read(resource, "junos://views")).text()).isEqualTo("core/1,edge,r1");

        assertThat(views).hasSize(4);
        assertThat(views.get(2)).isSameAs(views.get(0));
        assertThat(views.get(3)).isSameAs(views.get(1));
    }

    @Test
    void givesTheHandlerThePercentDecodedVariables() {
        ResourceAdapter resource = resource(ScriptedResource.perDevice(CONFIG, (context, variables) ->
                text(variables.toString())), Caller.local());

        assertThat(content(read(resource, "junos://devices/core%2F1/config")).text()).isEqualTo("{name=core/1}");
    }

    @Test
    void answersAnUnknownDeviceWithResourceNotFoundBeforeTheHandlerRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        ResourceAdapter resource = resource(ScriptedResource.perDevice(CONFIG, (context, variables) -> {
            ran.set(true);
            return text("");
        }), Caller.local());

        McpError failure = failure(resource, "junos://devices/nosuch/config");

        assertThat(ran).isFalse();
        assertThat(failure.getJsonRpcError().code()).isEqualTo(ErrorCodes.RESOURCE_NOT_FOUND);
        assertThat(failure.getJsonRpcError().data()).isEqualTo(Map.of("uri", "junos://devices/nosuch/config"));
        assertThat(failure.getMessage()).isEqualTo("Resource not found: junos://devices/nosuch/config. Router 'nosuch' "
                + "not found in the device mapping; known routers: core/1, r1. resources/list shows the resources "
                + "of every known router.");
    }

    @Test
    void reportsADeviceThatIsDownWithTheCause() {
        ResourceAdapter resource = resource(ScriptedResource.perDevice(CONFIG, (context, variables) ->
                text(context.onDevice(variables.get("name"), Purpose.READ, WAIT,
                        device -> device.command("show version", OutputFormat.TEXT)))), Caller.local());

        McpError failure = failure(resource, "junos://devices/r1/config");

        assertThat(failure.getJsonRpcError().code()).isEqualTo(ErrorCodes.INTERNAL_ERROR);
        assertThat(failure.getMessage()).startsWith("Connection error to router 'r1': ");
    }

    @Test
    void keepsTheMessageOfAToolException() {
        ResourceAdapter resource = resource(ScriptedResource.at("junos://picky", (context, variables) -> {
            throw new ToolException("nothing to show yet");
        }), Caller.local());

        assertThat(failure(resource, "junos://picky").getMessage()).isEqualTo("nothing to show yet");
    }

    @Test
    void hidesTheDetailsOfAnUnexpectedFailure() {
        ResourceAdapter resource = resource(ScriptedResource.at("junos://buggy", (context, variables) -> {
            throw new IllegalStateException("secret=hunter2 at line 3");
        }), Caller.local());

        McpError failure = failure(resource, "junos://buggy");

        assertThat(failure.getMessage()).isEqualTo("Internal error in resource 'junos://buggy'; the server log has the details");
        assertThat(failure.getJsonRpcError().data().toString()).doesNotContain("hunter2");
    }

    @Test
    void refusesACallerWithoutAnyScope() {
        ResourceAdapter resource = resource(ScriptedResource.at("junos://hello", (context, variables) -> text("hi")),
                new Caller("nobody", Set.of()));

        McpError failure = failure(resource, "junos://hello");

        assertThat(failure.getMessage()).isEqualTo("Caller 'nobody' may not read resources: it has neither the read "
                + "nor the config scope");
        assertThat(adapter.auditRecords().get(0).get("outcome").asString()).isEqualTo("denied");
    }

    @Test
    void letsAReadScopedCallerRead() {
        ResourceAdapter resource = resource(ScriptedResource.at("junos://hello", (context, variables) -> text("hi")),
                new Caller("reader", Set.of(Scope.READ)));

        assertThat(content(read(resource, "junos://hello")).text()).isEqualTo("hi");
    }

    @Test
    void refusesAVariableThatIsNotValidlyPercentEncoded() {
        ResourceAdapter resource = resource(ScriptedResource.perDevice(CONFIG, (context, variables) -> text("")),
                Caller.local());

        McpError failure = failure(resource, "junos://devices/r%zz/config");

        assertThat(failure.getJsonRpcError().code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(failure.getMessage()).startsWith("Invalid resource URI 'junos://devices/r%zz/config': the value "
                + "'r%zz' of 'name' is not validly percent-encoded");
    }

    @Test
    void auditsEachReadWithCallerUriDeviceOutcomeAndDuration() {
        ResourceAdapter resource = resource(ScriptedResource.perDevice(CONFIG, (context, variables) ->
                text("system { host-name r1; }")), new Caller("token-7", Set.of(Scope.READ)));

        read(resource, "junos://devices/r1/config");

        JsonNode record = adapter.auditRecords().get(0);
        assertThat(record.get("caller").asString()).isEqualTo("token-7");
        assertThat(record.get("tool").asString()).isEqualTo("resources/read junos://devices/r1/config");
        assertThat(record.get("devices").get(0).asString()).isEqualTo("r1");
        assertThat(record.get("outcome").asString()).isEqualTo("ok");
        assertThat(record.has("duration_ms")).isTrue();
        assertThat(record.toString()).doesNotContain("host-name");
    }

    @Test
    void auditsAnUnknownDeviceAsAnErrorNamingIt() {
        ResourceAdapter resource = resource(ScriptedResource.perDevice(CONFIG, (context, variables) -> text("")),
                Caller.local());

        failure(resource, "junos://devices/nosuch/config");

        JsonNode record = adapter.auditRecords().get(0);
        assertThat(record.get("outcome").asString()).isEqualTo("error");
        assertThat(record.get("devices").get(0).asString()).isEqualTo("nosuch");
    }

    @Test
    void refusesAReadWhenEveryWorkerAndTheQueueAreTaken() throws InterruptedException {
        adapter = AdapterServices.start(directory, 1, 1);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ResourceAdapter resource = resource(ScriptedResource.at("junos://slow", (context, variables) -> {
            started.countDown();
            await(release);
            return text("done");
        }), Caller.local());
        readInBackground(resource);
        assertThat(started.await(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();
        readInBackground(resource);

        McpError failure = failure(resource, "junos://slow");

        release.countDown();
        assertThat(failure.getMessage()).isEqualTo("jmcp is busy: all 1 workers and their queue are in use; read the "
                + "resource again shortly");
    }

    private void readInBackground(ResourceAdapter resource) {
        resource.readWithoutSession(McpTransportContext.EMPTY, new ReadResourceRequest("junos://slow")).subscribe();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
