package io.jmcp.core.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ToolsReadinessTest {
    private static final Map<String, Object> CALL_GET_ROUTER_LIST = Map.of("name", "get_router_list");

    private final ToolsReadiness readiness = new ToolsReadiness();
    private final McpRequestCheck knowingTools = new McpRequestCheck(McpJsonDefaults.getMapper(),
            Set.of("get_router_list"));

    @ParameterizedTest
    @ValueSource(strings = {"initialize", "ping", "notifications/initialized"})
    void whatAClientSendsBeforeListingIsAnsweredAtOnce(String method) {
        assertThat(ToolsReadiness.waitsForTools(method)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"tools/list", "tools/call", "prompts/list", "resources/read", "logging/setLevel",
            "notifications/cancelled", "notifications/roots/list_changed", "INITIALIZE", "initialize ", ""})
    void everythingElseWaitsForTheTools(String method) {
        assertThat(ToolsReadiness.waitsForTools(method)).isTrue();
    }

    @Test
    void aClientsResponseWaitsForTheTools() {
        assertThat(ToolsReadiness.waitsForTools(null)).isTrue();
    }

    @Test
    void beforeTheToolsAreServedNoToolIsKnownToTheCheck() {
        assertThat(readiness.isServed()).isFalse();
        assertThat(readiness.requestCheck().problem("tools/call", CALL_GET_ROUTER_LIST)).isPresent();
    }

    @Test
    void aHeldMessageGoesOnOnceTheToolsAreServedAndIsCheckedKnowingThem() throws Exception {
        CompletableFuture<Optional<String>> held = CompletableFuture.supplyAsync(readiness::await);

        readiness.serve(knowingTools);

        assertThat(held.get(1, TimeUnit.MINUTES)).isEmpty();
        assertThat(readiness.isServed()).isTrue();
        assertThat(readiness.requestCheck().problem("tools/call", CALL_GET_ROUTER_LIST)).isEmpty();
    }

    @Test
    void aHeldMessageLearnsWhyTheToolsCannotBeServed() throws Exception {
        CompletableFuture<Optional<String>> held = CompletableFuture.supplyAsync(readiness::await);

        assertThat(readiness.refuse("the devices file is not valid JSON")).isTrue();

        assertThat(held.get(1, TimeUnit.MINUTES)).contains("the devices file is not valid JSON");
        assertThat(readiness.await()).contains("the devices file is not valid JSON");
        assertThat(readiness.isServed()).isFalse();
    }

    @Test
    void theFirstReasonStays() {
        readiness.refuse("the devices file is not valid JSON");

        assertThat(readiness.refuse("the server is stopping")).isFalse();
        readiness.serve(knowingTools);

        assertThat(readiness.await()).contains("the devices file is not valid JSON");
        assertThat(readiness.isServed()).isFalse();
    }

    @Test
    void servedToolsAreNotRefusedLater() {
        readiness.serve(knowingTools);

        assertThat(readiness.refuse("the server is stopping")).isFalse();

        assertThat(readiness.await()).isEmpty();
        assertThat(readiness.isServed()).isTrue();
    }

    @Test
    void aWaitingThreadThatIsInterruptedIsToldTheServerIsStopping() throws Exception {
        CompletableFuture<Optional<String>> held = new CompletableFuture<>();
        Thread waiting = new Thread(() -> held.complete(readiness.await()));
        waiting.start();

        waiting.interrupt();

        assertThat(held.get(1, TimeUnit.MINUTES)).contains("the server is stopping");
        waiting.join(TimeUnit.MINUTES.toMillis(1));
    }
}
