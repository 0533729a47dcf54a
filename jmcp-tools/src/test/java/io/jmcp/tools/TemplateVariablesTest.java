package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateVariablesTest {

    @Test
    void readsAMappingOfNamesToValues() {
        Map<String, Object> variables = TemplateVariables.parse("""
                hostname: r1
                asn: 64512
                interfaces:
                  - name: ge-0/0/0
                    enabled: true
                """);

        assertThat(variables).containsEntry("hostname", "r1").containsEntry("asn", 64512);
        assertThat(variables.get("interfaces")).isEqualTo(List.of(Map.of("name", "ge-0/0/0", "enabled", true)));
    }

    @Test
    void namesTheLineAndColumnOfASyntaxError() {
        assertThatThrownBy(() -> TemplateVariables.parse("a: 1\nb: [1, 2\nc: 3"))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("vars_content is not valid YAML: ")
                .hasMessageContaining("line 3");
    }

    @Test
    void refusesJavaTypeTags() {
        assertThatThrownBy(() -> TemplateVariables.parse("x: !!java.io.File [\"/etc/passwd\"]"))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("vars_content is not valid YAML")
                .hasMessageContaining("java.io.File");
    }

    @Test
    void refusesDuplicateKeys() {
        assertThatThrownBy(() -> TemplateVariables.parse("asn: 1\nasn: 2"))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("duplicate key asn");
    }

    @Test
    void refusesAListAtTheTop() {
        assertThatThrownBy(() -> TemplateVariables.parse("- a\n- b"))
                .isInstanceOf(ToolException.class)
                .hasMessage("vars_content must be a YAML mapping of variable names to values (e.g. 'hostname: r1'), "
                        + "got a list");
    }

    @Test
    void refusesAnEmptyDocument() {
        assertThatThrownBy(() -> TemplateVariables.parse("# nothing\n"))
                .isInstanceOf(ToolException.class)
                .hasMessageEndingWith("got an empty document");
    }

    @Test
    void refusesNamesThatAreNotStrings() {
        assertThatThrownBy(() -> TemplateVariables.parse("1: one"))
                .isInstanceOf(ToolException.class)
                .hasMessage("vars_content: variable names must be strings, got 1");
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"a: [1, 2", "a: b: c", "!!java.lang.Runtime x", "a: 1\na: 2",
        "a: *x", "\t a: 1", "a: \"\\q\"", "a: !!int x", "a: !!float y", "a: !!binary zz",
        "a: {b: !!binary zz}"})
    void speaksInYamlTermsNeverJavaOnes(String yaml) {
        assertThatThrownBy(() -> TemplateVariables.parse(yaml))
                .isInstanceOf(io.jmcp.core.spi.ToolException.class)
                .message()
                .startsWith("vars_content")
                .doesNotContainPattern("[A-Za-z]+Exception|\\bjava\\.lang\\.[A-Z][a-z]+Exception|org\\.yaml|\\[B@");
    }

    @Test
    void readsAliasesThatMakeACycle() {
        assertThat(TemplateVariables.parse("a: &x [[*x]]")).containsKey("a");
    }
}
