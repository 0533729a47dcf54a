package io.jmcp.tools;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ToolCallTest {

    @Test
    void writesTheToolWithItsArgumentsInOrder() {
        assertThat(ToolCall.of("junos_config_diff").with("router_name", "r1").with("version", 1)).hasToString(
                "junos_config_diff(router_name=\"r1\", version=1)");
    }

    @Test
    void writesBooleansBare() {
        assertThat(ToolCall.of("load_and_commit_config").with("dry_run", true)).hasToString(
                "load_and_commit_config(dry_run=true)");
    }

    @Test
    void escapesQuotesTheUserTyped() {
        assertThat(ToolCall.command("r1", "show \"x\"")).hasToString(
                "execute_junos_command(router_name=\"r1\", command=\"show \\\"x\\\"\")");
    }
}
