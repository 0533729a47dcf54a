package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolDefinitionTest {

    @Test
    void treatsAToolThatDeclaresNoAnnotationsAsDestructive() {
        ToolDefinition definition = ToolDefinition.builder("t").description("d").inputSchema("{}").build();

        assertThat(definition.annotations().readOnly()).isFalse();
        assertThat(definition.annotations().destructive()).isTrue();
    }

    @Test
    void rejectsANameWithSpaces() {
        assertThatThrownBy(() -> ToolDefinition.builder("my tool").description("d").inputSchema("{}").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'my tool'");
    }

    @Test
    void rejectsAMissingDescriptionNamingTheTool() {
        assertThatThrownBy(() -> ToolDefinition.builder("t").inputSchema("{}").build())
                .hasMessage("tool 't': description must not be blank");
    }

    @Test
    void hasNoOutputSchemaUnlessGiven() {
        assertThat(ToolDefinition.builder("t").description("d").inputSchema("{}").build().outputSchemaJson()).isEmpty();
    }

    @Test
    void readOnlyToolsReachDevicesUnlessLocalOnly() {
        assertThat(ToolAnnotations.readOnlyTool().openWorld()).isTrue();
        assertThat(ToolAnnotations.readOnlyTool().localOnly().openWorld()).isFalse();
    }
}
