package io.jmcp.tools;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;

import io.jmcp.core.spi.ToolException;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders Jinja2 templates with Jinjava, set up as the seed set up Jinja2 ({@code trim_blocks},
 * {@code lstrip_blocks}, no autoescaping) and stricter where a router configuration needs it: an
 * undefined variable is an error instead of an empty string (use {@code is defined} or
 * {@code default} for optional ones), templates cannot include files, and the output is bounded.
 */
final class TemplateRenderer {
    /** Far beyond any router configuration; stops a runaway loop from filling the heap. */
    static final long MAX_OUTPUT_BYTES = 8L * 1024 * 1024;
    private static final int MAX_ERRORS_SHOWN = 5;

    private final Jinjava jinjava;

    TemplateRenderer() {
        jinjava = new Jinjava(JinjavaConfig.newBuilder()
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                .withFailOnUnknownTokens(true)
                .withMaxOutputSize(MAX_OUTPUT_BYTES)
                .build());
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new IOException("templates cannot include or import other files ('" + name + "')");
        });
    }

    /**
     * @throws ToolException listing the template's errors with their line numbers
     */
    String render(String template, Map<String, Object> variables) {
        RenderResult result = jinjava.renderForResult(template, variables);
        List<TemplateError> fatal = result.getErrors().stream()
                .filter(error -> error.getSeverity() == TemplateError.ErrorType.FATAL)
                .toList();
        if (!fatal.isEmpty()) {
            throw new ToolException("Error rendering template_content: " + fatal.stream().limit(MAX_ERRORS_SHOWN)
                    .map(TemplateRenderer::describe).collect(Collectors.joining("; ")));
        }
        return result.getOutput();
    }

    private static String describe(TemplateError error) {
        String where = error.getLineno() > 0 ? "line " + error.getLineno() + ": " : "";
        return where + error.getMessage();
    }
}
