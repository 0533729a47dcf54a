package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What a context made outside the server (a plugin's test, a harness) must provide. */
class ToolContextTest {

    @Test
    void outputsHasNoDefaultSoAContextWithoutABudgetFailsToCompileNotWhenAToolCutsAResult() throws Exception {
        assertThat(ToolContext.class.getMethod("outputs", Map.class).isDefault()).isFalse();
    }
}
