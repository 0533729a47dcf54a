package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** What a caller may read and which prompts it may use, by scope. */
class CallerAccessTest {
    private static final Caller READER = new Caller("reader", Set.of(Scope.READ));
    private static final Caller CONFIGURER = new Caller("configurer", Set.of(Scope.CONFIG));
    private static final Caller NOBODY = new Caller("nobody", Set.of());
    private static final PromptDefinition CHANGING = PromptDefinition.builder("change").description("d").build();
    private static final PromptDefinition READING = PromptDefinition.builder("look").description("d")
            .changesConfiguration(false).build();

    @Test
    void readingNeedsTheReadOrTheConfigScope() {
        assertThat(READER.mayRead()).isTrue();
        assertThat(CONFIGURER.mayRead()).isTrue();
        assertThat(NOBODY.mayRead()).isFalse();
    }

    @Test
    void aPromptThatChangesConfigurationNeedsTheConfigScope() {
        assertThat(CONFIGURER.mayUse(CHANGING)).isTrue();
        assertThat(READER.mayUse(CHANGING)).isFalse();
    }

    @Test
    void aReadingPromptNeedsOnlyReading() {
        assertThat(READER.mayUse(READING)).isTrue();
        assertThat(NOBODY.mayUse(READING)).isFalse();
    }

    @Test
    void aReadOnlyServerLimitsTheLocalUserToReadingPrompts() {
        assertThat(Caller.local().readOnly().mayUse(CHANGING)).isFalse();
        assertThat(Caller.local().readOnly().mayUse(READING)).isTrue();
    }
}
