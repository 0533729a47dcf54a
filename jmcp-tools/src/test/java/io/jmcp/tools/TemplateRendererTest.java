package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
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
                .hasMessage("Error rendering template_content: undefined variable 'missing' at line 2");
    }

    @Test
    void namesAnUndefinedVariableAsTheIssueAsks() {
        assertThatThrownBy(() -> renderer.render("set system host-name {{ hostname }}", Map.of()))
                .hasMessage("Error rendering template_content: undefined variable 'hostname' at line 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{{ x }}", "{{ a.b }}", "{% if %}x", "{{ 'x'.getClass() }}", "{% foo %}",
        "{{ x | nofilter }}", "{% include 'a' %}", "{% for i in range(3) %}{{ i.nope.deeper }}{% endfor %}"})
    void speaksInTemplateTermsNeverJavaOnes(String template) {
        assertThatThrownBy(() -> renderer.render(template, Map.of("a", Map.of())))
                .isInstanceOf(ToolException.class)
                .message()
                .startsWith("Error rendering template_content: ")
                .doesNotContainPattern("[A-Za-z]+Exception|java\\.|com\\.hubspot|\\bclass\\b");
    }

    @Test
    void stopsARunawayLoopAtItsTimeLimit() {
        String nested = "{% for a in range(1000) %}{% for b in range(1000) %}{% for c in range(1000) %}"
                + "{{ c }}{% endfor %}{% endfor %}{% endfor %}";

        assertThatThrownBy(() -> renderer.render(nested, Map.of(), Duration.ofMillis(200), () -> false))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("Error rendering template_content: the template took longer than its time "
                        + "limit of 0 s to render");
    }

    @Test
    void stopsWhenTheCallIsCancelled() throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        RunawayRender render = RunawayRender.start(renderer, cancelled::get);

        cancelled.set(true);

        assertThat(render.outcomeWithin(Duration.ofSeconds(2))).isInstanceOf(ToolException.class)
                .hasMessage("Error rendering template_content: the template was not rendered: the call was cancelled");
    }

    @Test
    void stopsWhenItsThreadIsInterrupted() throws Exception {
        RunawayRender render = RunawayRender.start(renderer, () -> false);

        render.thread.interrupt();

        assertThat(render.outcomeWithin(Duration.ofSeconds(2))).isInstanceOf(ToolException.class)
                .hasMessageContaining("cancelled");
    }

    /** A render of a million loop iterations on its own thread, started once it has begun rendering. */
    private record RunawayRender(Thread thread, AtomicReference<Throwable> outcome) {

        static RunawayRender start(TemplateRenderer renderer, BooleanSupplier cancelled) throws InterruptedException {
            CountDownLatch rendering = new CountDownLatch(1);
            AtomicReference<Throwable> outcome = new AtomicReference<>();
            Thread thread = new Thread(() -> {
                try {
                    renderer.render("{% for a in range(1000) %}{% for b in range(1000) %}{{ a }}{% endfor %}"
                            + "{% endfor %}", Map.of(), Duration.ofHours(1), () -> {
                                rendering.countDown();
                                return cancelled.getAsBoolean();
                            });
                } catch (Throwable stopped) {
                    outcome.set(stopped);
                }
            });
            thread.start();
            assertThat(rendering.await(30, TimeUnit.SECONDS)).isTrue();
            return new RunawayRender(thread, outcome);
        }

        Throwable outcomeWithin(Duration bound) throws InterruptedException {
            thread.join(bound.toMillis());
            assertThat(thread.isAlive()).as("still rendering %s after being stopped", bound).isFalse();
            return outcome.get();
        }
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
                .hasMessage("Error rendering template_content: Syntax error in '{% if %}': Tag 'if' expects expression "
                        + "at line 1; Syntax error in '{% if %}': Missing end tag: endif for tag defined as: {% if %} "
                        + "at line 1");
    }
}
