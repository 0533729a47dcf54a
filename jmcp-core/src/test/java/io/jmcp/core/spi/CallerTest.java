package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CallerTest {
    private static final ToolDefinition READING = ToolDefinition.builder("r").description("d").inputSchema("{}")
            .annotations(ToolAnnotations.readOnlyTool()).build();
    private static final ToolDefinition CHANGING = ToolDefinition.builder("c").description("d").inputSchema("{}")
            .annotations(ToolAnnotations.mutatingTool(false, false)).build();

    @Test
    void theLocalUserMayCallEveryTool() {
        assertThat(Caller.local().mayCall(READING)).isTrue();
        assertThat(Caller.local().mayCall(CHANGING)).isTrue();
    }

    @Test
    void aReadScopedCallerMayCallOnlyReadOnlyTools() {
        Caller reader = new Caller("t1", Set.of(Scope.READ));

        assertThat(reader.mayCall(READING)).isTrue();
        assertThat(reader.mayCall(CHANGING)).isFalse();
    }

    @Test
    void aConfigScopedCallerMayCallEveryTool() {
        Caller configurer = new Caller("t2", Set.of(Scope.CONFIG));

        assertThat(configurer.mayCall(CHANGING)).isTrue();
        assertThat(configurer.mayCall(READING)).isTrue();
    }

    @Test
    void aCallerWithoutScopesMayCallNothing() {
        assertThat(new Caller("t3", Set.of()).mayCall(READING)).isFalse();
    }

    @Test
    void limitingToReadingKeepsTheIdAndDropsConfig() {
        Caller limited = Caller.local().readOnly();

        assertThat(limited.id()).isEqualTo("local");
        assertThat(limited.mayConfigure()).isFalse();
        assertThat(limited.mayCall(READING)).isTrue();
    }
}
