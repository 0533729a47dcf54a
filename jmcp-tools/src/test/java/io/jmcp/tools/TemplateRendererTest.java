package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplateRendererTest {
    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void trimsBlockLinesAsTheSeedsJinja2Did() {
        String template = """
                {% for unit in units %}
                    {% if unit.enabled %}
                set interfaces ge-0/0/0 unit {{ unit.id }}
                    {% endif %}
                {% endfor %}
                """;

        assertThat(renderer.render(template, Map.of("units", List.of(Map.of("id", 1, "enabled", true),
                Map.of("id", 2, "enabled", false), Map.of("id", 3, "enabled", true)))))
                .isEqualTo("set interfaces ge-0/0/0 unit 1\nset interfaces ge-0/0/0 unit 3\n");
    }

    @Test
    void leavesValuesUnescaped() {
        assertThat(renderer.render("set system login message \"{{ m }}\"", Map.of("m", "<a & b>")))
                .isEqualTo("set system login message \"<a & b>\"");
    }

    @Test
    void refusesAnUndefinedVariableNamingItsLine() {
        assertThatThrownBy(() -> renderer.render("set a\nset b {{ missing }}", Map.of()))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("Error rendering template_content: line 2: ")
                .hasMessageContaining("missing");
    }

    @Test
    void letsOptionalVariablesBeTestedOrDefaulted() {
        assertThat(renderer.render("{% if x is defined %}x{% endif %}{{ y | default('dflt') }}", Map.of()))
                .isEqualTo("dflt");
    }

    @Test
    void refusesToIncludeFiles() {
        assertThatThrownBy(() -> renderer.render("{% include '/etc/passwd' %}", Map.of()))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("templates cannot include or import other files");
    }

    @Test
    void refusesToCallJavaMethods() {
        assertThatThrownBy(() -> renderer.render("{{ 'x'.getClass() }}", Map.of()))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("getClass");
    }

    @Test
    void stopsARunawayTemplate() {
        String tenKilobytes = "x".repeat(10 * 1024);

        assertThatThrownBy(() -> renderer.render("{% for i in range(1000) %}{{ block }}{% endfor %}",
                Map.of("block", tenKilobytes)))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("over limit");
    }

    @Test
    void reportsASyntaxError() {
        assertThatThrownBy(() -> renderer.render("{% if %}x", Map.of()))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("line 1: ");
    }
}
