package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PromptDefinitionTest {

    @Test
    void keepsTheArgumentsInTheOrderDeclared() {
        PromptDefinition definition = PromptDefinition.builder("p").description("d")
                .requiredArgument("router_name", "the router").optionalArgument("detail", "how much").build();

        assertThat(definition.arguments()).containsExactly(new PromptArgument("router_name", "the router", true),
                new PromptArgument("detail", "how much", false));
    }

    @Test
    void takesAPromptToChangeConfigurationUnlessDeclaredOtherwise() {
        assertThat(PromptDefinition.builder("p").description("d").build().changesConfiguration()).isTrue();
        assertThat(PromptDefinition.builder("p").description("d").changesConfiguration(false).build()
                .changesConfiguration()).isFalse();
    }

    @Test
    void findsAnArgumentByName() {
        PromptDefinition definition = PromptDefinition.builder("p").description("d")
                .requiredArgument("router_name", "the router").build();

        assertThat(definition.argument("router_name")).isPresent();
        assertThat(definition.argument("router")).isEmpty();
    }

    @Test
    void refusesAnArgumentDeclaredTwice() {
        assertThatThrownBy(() -> PromptDefinition.builder("p").description("d").requiredArgument("a", "x")
                .optionalArgument("a", "y").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt 'p': argument 'a' is declared twice");
    }

    @Test
    void refusesANameClientsCannotUse() {
        assertThatThrownBy(() -> PromptDefinition.builder("safe change").description("d").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt name must be 1-128 letters, digits, '_', '-' or '.', got 'safe change'");
    }

    @Test
    void refusesAnArgumentWithoutDescription() {
        assertThatThrownBy(() -> new PromptArgument("router_name", " ", true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("prompt argument 'router_name': description must not be blank");
    }
}
