package io.jmcp.core.spi;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ToolResultTest {

    @Test
    void keepsTextBlocksInOrder() {
        assertThat(ToolResult.text("a", "b", "c").texts()).containsExactly("a", "b", "c");
    }

    @Test
    void anErrorIsOneTextBlockFlaggedAsError() {
        ToolResult error = ToolResult.error("boom");

        assertThat(error.isError()).isTrue();
        assertThat(error.texts()).containsExactly("boom");
        assertThat(error.structured()).isEmpty();
    }

    @Test
    void structuredContentKeepsKeyOrderAndNullValues() {
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("z", 1);
        content.put("a", null);

        ToolResult result = ToolResult.structured(content, "{}");

        assertThat(result.structured()).hasValueSatisfying(map -> assertThat(map.keySet()).containsExactly("z", "a"));
    }

    @Test
    void structuredContentIsACopy() {
        Map<String, Object> content = new HashMap<>(Map.of("a", 1));
        ToolResult result = ToolResult.structured(content, "{}");
        content.put("b", 2);

        assertThat(result.structuredContent()).containsOnlyKeys("a");
    }
}
