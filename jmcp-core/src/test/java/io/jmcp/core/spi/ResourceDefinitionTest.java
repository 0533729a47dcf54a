package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResourceDefinitionTest {

    private static ResourceDefinition.Builder resource(String uri) {
        return ResourceDefinition.builder(uri).name("r").description("what it holds").mimeType("text/plain");
    }

    @Test
    void takesAFixedUriAsOneResource() {
        ResourceDefinition definition = resource("junos://devices").build();

        assertThat(definition.isTemplate()).isFalse();
        assertThat(definition.variables()).isEmpty();
    }

    @Test
    void readsTheVariablesOfALevelOneTemplateInOrder() {
        ResourceDefinition definition = resource("junos://devices/{name}/logs/{file_1}").build();

        assertThat(definition.isTemplate()).isTrue();
        assertThat(definition.variables()).containsExactly("name", "file_1");
    }

    @Test
    void listsATemplateWhoseOnlyVariableIsADevicePerDevice() {
        assertThat(resource("junos://devices/{name}/config").deviceVariable("name").build().listedPerDevice()).isTrue();
    }

    @Test
    void doesNotListATemplateWithMoreVariablesThanTheDevice() {
        assertThat(resource("junos://devices/{name}/logs/{file}").deviceVariable("name").build().listedPerDevice())
                .isFalse();
    }

    @Test
    void doesNotListATemplateWithoutADeviceVariable() {
        assertThat(resource("junos://sites/{site}").build().listedPerDevice()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"junos://devices/{+name}", "junos://devices/{name*}", "junos://devices/{name:3}",
            "junos://devices{/name}", "junos://devices/{a,b}", "junos://devices/{}"})
    void refusesExpressionsBeyondLevelOne(String uri) {
        assertThatThrownBy(() -> resource(uri).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a level-1 template expression");
    }

    @Test
    void refusesAnUnbalancedBrace() {
        assertThatThrownBy(() -> resource("junos://devices/{name/config").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resource 'junos://devices/{name/config': unbalanced '{' or '}' in the URI template");
    }

    @Test
    void refusesAVariableUsedTwice() {
        assertThatThrownBy(() -> resource("junos://{name}/{name}").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resource 'junos://{name}/{name}': variable 'name' appears twice");
    }

    @Test
    void refusesADeviceVariableTheTemplateDoesNotHave() {
        assertThatThrownBy(() -> resource("junos://devices/{name}/config").deviceVariable("device").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resource 'junos://devices/{name}/config': deviceVariable 'device' is not a variable of "
                        + "the URI template");
    }

    @ParameterizedTest
    @ValueSource(strings = {"devices", "/devices", "1junos://devices"})
    void refusesAUriWithoutAScheme(String uri) {
        assertThatThrownBy(() -> resource(uri).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("resource URI must start with a scheme");
    }

    @Test
    void refusesABlankMimeType() {
        assertThatThrownBy(() -> resource("junos://devices").mimeType(" ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("resource 'junos://devices': mimeType must not be blank");
    }
}
