package io.jmcp.core.spi;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a tool returns: text blocks and/or structured content (a JSON object), and whether the
 * call failed. A tool with an output schema must return structured content conforming to it.
 *
 * @param texts             text content blocks, in order
 * @param structuredContent the structured result, or null
 * @param isError           the call failed; the texts say why
 * @param links             resources the result points to (e.g. the whole output of a cut result)
 */
public record ToolResult(List<String> texts, Map<String, Object> structuredContent, boolean isError,
        List<ResourceLink> links) {

    public ToolResult {
        texts = List.copyOf(texts);
        links = List.copyOf(links);
        // Insertion order is kept for readable JSON; JSON null values are allowed, so no Map.copyOf.
        structuredContent = structuredContent == null ? null
                : Collections.unmodifiableMap(new LinkedHashMap<>(structuredContent));
    }

    /** A result without resource links. */
    public ToolResult(List<String> texts, Map<String, Object> structuredContent, boolean isError) {
        this(texts, structuredContent, isError, List.of());
    }

    /** A successful result of one or more text blocks. */
    public static ToolResult text(String text, String... moreTexts) {
        Objects.requireNonNull(text, "text");
        return new ToolResult(concat(text, moreTexts), null, false);
    }

    /** A failed result whose text is the message shown to the user. */
    public static ToolResult error(String message) {
        Objects.requireNonNull(message, "message");
        return new ToolResult(List.of(message), null, true);
    }

    /**
     * A successful result with structured content and its text rendering (clients without
     * structured-content support read the text).
     */
    public static ToolResult structured(Map<String, Object> content, String text) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(text, "text");
        return new ToolResult(List.of(text), content, false);
    }

    /**
     * A result whose structured content is {@code output} ({@link StructuredOutput#contentOf}), with
     * its text rendering; {@code failed} sets {@code isError}.
     */
    public static ToolResult of(Record output, String text, boolean failed) {
        Objects.requireNonNull(text, "text");
        return new ToolResult(List.of(text), StructuredOutput.contentOf(output), failed);
    }

    public Optional<Map<String, Object>> structured() {
        return Optional.ofNullable(structuredContent);
    }

    private static List<String> concat(String first, String... rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return List.of(all);
    }
}
