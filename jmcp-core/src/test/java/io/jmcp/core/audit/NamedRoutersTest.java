package io.jmcp.core.audit;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NamedRoutersTest {

    @Test
    void namesTheRouterOfASingleRouterCall() {
        assertThat(NamedRouters.in(Map.of("router_name", "core-1", "command", "show version")))
                .containsExactly("core-1");
    }

    @Test
    void namesEveryRouterOfABatchAfterTheSingleOne() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("router_names", List.of("edge-1", "edge-2"));
        arguments.put("router_name", "core-1");

        assertThat(NamedRouters.in(arguments)).containsExactly("core-1", "edge-1", "edge-2");
    }

    @Test
    void readsNoOtherArgumentSinceThoseMayHoldSecrets() {
        assertThat(NamedRouters.in(Map.of("password", "s3cret", "config_text", "set system host-name r1")))
                .isEmpty();
    }

    @Test
    void skipsValuesThatAreNotText() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("router_name", 42);
        arguments.put("router_names", java.util.Arrays.asList("edge-1", null, Map.of("x", 1)));

        assertThat(NamedRouters.in(arguments)).containsExactly("edge-1");
    }

    @Test
    void noArgumentsNameNoRouter() {
        assertThat(NamedRouters.in(null)).isEmpty();
    }

    @Test
    void cutsARunawayName() {
        String name = "r".repeat(NamedRouters.MAX_NAME_CHARS + 50);

        assertThat(NamedRouters.in(Map.of("router_name", name)).get(0))
                .startsWith("r".repeat(NamedRouters.MAX_NAME_CHARS)).endsWith("... (50 more characters)");
    }
}
