package io.jmcp.server.stdio;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/** The tool list and the read-only tools, end to end over stdio against the {@code --demo} devices. */
class ReadToolsTest {
    private static final List<String> SEED_TOOLS = List.of("execute_junos_command", "execute_junos_pfe_command",
            "execute_junos_command_batch", "get_junos_config", "junos_config_diff", "render_and_apply_j2_template",
            "gather_device_facts", "get_router_list", "load_and_commit_config", "add_device", "reload_devices");
    private static McpServerProcess server;

    @BeforeAll
    static void startServer() {
        server = McpServerProcess.start(StdioServerMain.class, "--demo", "2");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static McpSchema.Tool listed(String name) {
        return server.client().listTools().tools().stream().filter(tool -> tool.name().equals(name)).findFirst()
                .orElseThrow();
    }

    @Test
    void offersEveryToolOfTheSeedAndTheNewOnes() {
        assertThat(server.client().listTools().tools()).extracting(McpSchema.Tool::name)
                .containsAll(SEED_TOOLS).contains("confirm_commit", "rollback_config");
    }

    @Test
    void keepsTheSeedsArgumentNames() {
        assertThat(listed("load_and_commit_config").inputSchema())
                .extractingByKey("properties", InstanceOfAssertFactories.MAP)
                .containsKeys("router_name", "config_text", "config_format", "commit_comment");
        assertThat(listed("render_and_apply_j2_template").inputSchema())
                .extractingByKey("properties", InstanceOfAssertFactories.MAP)
                .containsKeys("template_content", "vars_content", "router_name", "router_names", "apply_config",
                        "dry_run", "commit_comment", "config_format");
        assertThat(listed("add_device").inputSchema())
                .extractingByKey("properties", InstanceOfAssertFactories.MAP)
                .containsKeys("device_name", "device_ip", "device_port", "username", "ssh_key_path");
    }

    @Test
    void marksConfigurationToolsDestructiveAndReadToolsReadOnly() {
        assertThat(listed("load_and_commit_config").annotations().destructiveHint()).isTrue();
        assertThat(listed("rollback_config").annotations().readOnlyHint()).isFalse();
        assertThat(listed("gather_device_facts").annotations().readOnlyHint()).isTrue();
        assertThat(listed("execute_junos_command_batch").annotations().readOnlyHint()).isTrue();
    }

    @Test
    void declaresOutputSchemasForDataResults() {
        List.of("gather_device_facts", "execute_junos_command_batch", "load_and_commit_config", "rollback_config",
                "render_and_apply_j2_template").forEach(name -> assertThat(listed(name).outputSchema()).isNotNull());
    }

    @Test
    void runsAPfeCommand() {
        CallToolResult result = server.call("execute_junos_pfe_command",
                Map.of("router_name", "vsim-01", "target", "fpc0", "command", "show version"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("Juniper Embedded Microkernel");
    }

    @Test
    void reportsThePfeTargetsError() {
        CallToolResult result = server.call("execute_junos_pfe_command",
                Map.of("router_name", "vsim-01", "target", "fpc7", "command", "show version"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Router 'vsim-01' returned an error: ").contains("target fpc7 is not online");
    }

    @Test
    void refusesABlockedPfeCommand() {
        CallToolResult result = server.call("execute_junos_pfe_command",
                Map.of("router_name", "vsim-01", "target", "fpc0", "command", "request system reboot"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Blocked command rejected");
    }

    @Test
    void returnsTheConfigurationAsSetCommandsByDefault() {
        CallToolResult result = server.call("get_junos_config", Map.of("router_name", "vsim-01"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).contains("set system host-name vsim-01").doesNotContain("{");
    }

    @Test
    void returnsOneSectionInTheFormatAsked() {
        CallToolResult result = server.call("get_junos_config",
                Map.of("router_name", "vsim-01", "section", "protocols bgp", "format", "text"));

        assertThat(text(result)).contains("group ibgp").doesNotContain("host-name");
    }

    @Test
    void returnsTheConfigurationAsJson() {
        CallToolResult result = server.call("get_junos_config", Map.of("router_name", "vsim-02", "format", "json"));

        assertThat(text(result).strip()).startsWith("{").contains("\"configuration\"");
    }

    @Test
    void saysSoWhenASectionIsEmpty() {
        CallToolResult result = server.call("get_junos_config",
                Map.of("router_name", "vsim-01", "section", "protocols isis"));

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).isEqualTo("The committed configuration of router 'vsim-01' has nothing at "
                + "'protocols isis'.");
    }

    @Test
    void refusesAnUnknownDatabase() {
        CallToolResult result = server.call("get_junos_config", Map.of("router_name", "vsim-01", "database", "rescue"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).contains("database");
    }

    @Test
    void comparesTheActiveConfigurationWithARollbackVersion() {
        server.call("load_and_commit_config", Map.of("router_name", "vsim-02",
                "config_text", "set system location building 3"));

        // jmcp's safe commit is two commits (commit confirmed, confirmation): what came before is rollback 2.
        CallToolResult result = server.call("junos_config_diff", Map.of("router_name", "vsim-02", "version", 2));

        assertThat(result.isError()).isFalse();
        // system location is oneliner-plus in Juniper's YANG: a single child prints on its line.
        assertThat(text(result)).contains("[edit system]").contains("+   location building 3;");
    }

    @Test
    void refusesARollbackVersionOutOfRange() {
        CallToolResult result = server.call("junos_config_diff", Map.of("router_name", "vsim-01", "version", 50));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Invalid arguments for tool 'junos_config_diff'").contains("version");
    }

    @Test
    void gathersFactsAsStructuredContentUnderPyEzNames() {
        CallToolResult result = server.call("gather_device_facts", Map.of("router_name", "vsim-01"));

        assertThat(result.isError()).isFalse();
        assertThat(result.structuredContent()).asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("hostname", "vsim-01").containsKeys("model", "version", "serialnumber",
                        "personality", "RE0", "up_time");
        assertThat(text(result)).contains("\"hostname\" : \"vsim-01\"");
    }

    @Test
    void namesAnUnknownRouterForFacts() {
        CallToolResult result = server.call("gather_device_facts", Map.of("router_name", "vsim-99"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Router 'vsim-99' not found in the device mapping");
    }
}
