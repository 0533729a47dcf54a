package io.jmcp.server.stdio;

import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.SimulatedDevice;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** render_and_apply_j2_template end to end over stdio against simulated devices. */
class RenderAndApplyJ2TemplateTest {
    private static final String SET_TEMPLATE = """
            {% for building in buildings %}
            set system location building {{ building }}
            {% endfor %}
            """;
    @TempDir
    static Path directory;
    private static SimulatedNetwork network;

    @BeforeAll
    static void start() {
        network = SimulatedNetwork.in(directory).devices("tpl-1", "tpl-2", "tpl-3", "tpl-4", "quiet-1").start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    private static CallToolResult render(String template, String vars, Map<String, Object> more) {
        Map<String, Object> arguments = new HashMap<>(Map.of("template_content", template, "vars_content", vars));
        arguments.putAll(more);
        return network.call("render_and_apply_j2_template", arguments);
    }

    @Test
    void rendersWithoutContactingAnyRouterUnlessAskedToApply() {
        CallToolResult result = render(SET_TEMPLATE, "buildings: [5, 6]", Map.of("router_name", "quiet-1"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("✅ Template rendered successfully!")
                .contains("set system location building 5\nset system location building 6");
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("config_format", "set").containsEntry("applied", false);
        assertThat(network.device("quiet-1").loginCount()).isZero();
    }

    @Test
    void detectsCurlyBraceText() {
        CallToolResult result = render("system {\n  location {\n    building {{ b }};\n  }\n}\n", "b: 9", Map.of());

        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("config_format", "text");
    }

    @Test
    @SuppressWarnings("unchecked")
    void appliesTheRenderedConfigurationToEveryRouterWithItsComment() {
        CallToolResult result = render(SET_TEMPLATE, "buildings: [30]",
                Map.of("router_names", List.of("tpl-1", "tpl-2"), "apply_config", true));

        assertThat(result.isError()).isFalse();
        for (String router : List.of("tpl-1", "tpl-2")) {
            SimulatedDevice device = network.device(router);
            assertThat(device.committedConfiguration().toSet()).contains("set system location building 30");
            assertThat(device.rollbackHistory().get(0).comment()).isEqualTo("Configuration applied via Jinja2 template");
        }
        List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) result
                .structuredContent()).get("results");
        assertThat(results).extracting(entry -> entry.get("status")).containsExactly("committed", "committed");
        assertThat(text(result)).contains("✅ **tpl-1**").contains("✅ **tpl-2**");
    }

    @Test
    void dryRunChecksAndShowsEachDiffWithoutCommitting() {
        Configuration before = network.device("tpl-1").committedConfiguration();

        CallToolResult result = render(SET_TEMPLATE, "buildings: [31]",
                Map.of("router_name", "tpl-1", "apply_config", true, "dry_run", true));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("🔍 DRY RUN - Configuration preview complete!").contains("building 31");
        assertThat(network.device("tpl-1").committedConfiguration()).isEqualTo(before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void reportsEachRoutersOutcomeWhenOneFails() {
        network.device("tpl-3").faults().failCommitCheck("template rejected here");
        try {
            CallToolResult result = render(SET_TEMPLATE, "buildings: [32]",
                    Map.of("router_names", List.of("tpl-3", "tpl-4"), "apply_config", true));

            assertThat(result.isError()).isTrue();
            List<Map<String, Object>> results = (List<Map<String, Object>>) ((Map<String, Object>) result
                    .structuredContent()).get("results");
            assertThat(results).extracting(entry -> entry.get("status")).containsExactly("failed", "committed");
            assertThat(results.get(0).get("message").toString()).contains("template rejected here");
            assertThat(text(result)).contains("❌ **tpl-3**").contains("✅ **tpl-4**");
            assertThat(network.device("tpl-3").committedConfiguration().toSet()).doesNotContain("building 32");
        } finally {
            network.device("tpl-3").faults().clear();
        }
    }

    @Test
    void refusesABlockedRenderedLineBeforeContactingAnyRouter() {
        CallToolResult result = render("set system root-authentication encrypted-password \"{{ hash }}\"",
                "hash: $6$abc", Map.of("router_name", "quiet-1", "apply_config", true));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Blocked configuration rejected");
        assertThat(network.device("quiet-1").loginCount()).isZero();
    }

    @Test
    void reportsAnUndefinedVariableWithItsLine() {
        CallToolResult result = render("set system host-name {{ hostname }}\nset system location building {{ nope }}",
                "hostname: r1", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("Error rendering template_content: undefined variable 'nope' at line 2");
    }

    @Test
    void reportsInvalidYamlWithItsLine() {
        CallToolResult result = render(SET_TEMPLATE, "buildings:\n  - 1\n bad: [", Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("vars_content is not valid YAML").contains("line 3");
    }

    @Test
    void refusesYamlThatNamesAJavaType() {
        CallToolResult result = render(SET_TEMPLATE,
                "buildings: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://127.0.0.1/\"]]]]",
                Map.of());

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("vars_content is not valid YAML");
    }

    @Test
    void requiresARouterToApplyTo() {
        CallToolResult result = render(SET_TEMPLATE, "buildings: [1]", Map.of("apply_config", true));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("router_name or router_names must be provided when apply_config=true");
    }

    @Test
    void appliesNothingWhenARouterIsUnknown() {
        CallToolResult result = render(SET_TEMPLATE, "buildings: [33]",
                Map.of("router_names", List.of("quiet-1", "ghost-1"), "apply_config", true));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("'ghost-1'").contains("nothing was done");
        assertThat(network.device("quiet-1").loginCount()).isZero();
    }
}
