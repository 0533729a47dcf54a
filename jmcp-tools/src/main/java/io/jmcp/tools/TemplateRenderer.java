package io.jmcp.tools;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.UnknownTokenException;

import io.jmcp.core.guard.GuardOptions;
import io.jmcp.core.spi.ToolException;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders Jinja2 templates with Jinjava, set up as the seed set up Jinja2 ({@code trim_blocks},
 * {@code lstrip_blocks}, no autoescaping) and stricter where a router configuration needs it: an
 * undefined variable is an error instead of an empty string (use {@code is defined} or
 * {@code default} for optional ones), templates cannot include files, the output is bounded, and
 * a render stops at its time limit or when its call is cancelled ({@link RenderBudget}). Errors
 * speak in template terms, never in Jinjava's Java ones.
 */
final class TemplateRenderer {
    /** Far beyond any router configuration; stops a runaway loop from filling the heap. */
    static final long MAX_OUTPUT_BYTES = 8L * 1024 * 1024;
    private static final int MAX_ERRORS_SHOWN = 5;
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Jinjava prefixes some messages with its exception's simple name. */
    private static final Pattern EXCEPTION_PREFIX = Pattern.compile("\\b[A-Z][A-Za-z]*(?:Exception|Error): ");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*");

    private final Jinjava jinjava;

    /**
     * The renderer the tool uses, set up at its first render: Jinjava's set-up (its filters, tags and
     * functions, by reflection) takes tens of milliseconds that a server start need not wait for.
     */
    static TemplateRenderer shared() {
        return Shared.RENDERER;
    }

    /** Initialised by the JVM at the first {@link #shared()}, once, whichever thread asks. */
    private static final class Shared {
        static final TemplateRenderer RENDERER = new TemplateRenderer();
    }

    TemplateRenderer() {
        jinjava = new Jinjava(settings().build());
        jinjava.setResourceLocator((name, encoding, interpreter) -> {
            throw new IOException("templates cannot include or import other files ('" + name + "')");
        });
    }

    private static JinjavaConfig.Builder settings() {
        return JinjavaConfig.newBuilder()
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                .withFailOnUnknownTokens(true)
                .withMaxOutputSize(MAX_OUTPUT_BYTES);
    }

    /** Renders with the default time limit and no cancellation (for tests and previews). */
    String render(String template, Map<String, Object> variables) {
        return render(template, variables, GuardOptions.DEFAULT_TEMPLATE_TIME_LIMIT, () -> false);
    }

    /**
     * @param limit     how long the render may take
     * @param cancelled whether the call was cancelled meanwhile
     * @throws ToolException listing the template's errors with their line numbers, or saying why it was stopped
     */
    String render(String template, Map<String, Object> variables, Duration limit, BooleanSupplier cancelled) {
        RenderBudget budget = new RenderBudget(limit, cancelled);
        RenderResult result = jinjava.renderForResult(template, variables,
                settings().withNodePreProcessor(budget).build());
        if (budget.stopped() != null) {
            throw new ToolException("Error rendering template_content: " + budget.stopped());
        }
        List<TemplateError> fatal = result.getErrors().stream()
                .filter(error -> error.getSeverity() == TemplateError.ErrorType.FATAL)
                .toList();
        if (!fatal.isEmpty()) {
            throw new ToolException("Error rendering template_content: " + fatal.stream().limit(MAX_ERRORS_SHOWN)
                    .map(TemplateRenderer::describe).collect(Collectors.joining("; ")));
        }
        return result.getOutput();
    }

    /** {@code undefined variable 'hostname' at line 1}. */
    private static String describe(TemplateError error) {
        String where = error.getLineno() > 0 ? " at line " + error.getLineno() : "";
        if (error.getException() instanceof UnknownTokenException unknown) {
            String token = unknown.getToken() == null ? "" : unknown.getToken().strip();
            return (IDENTIFIER.matcher(token).matches() ? "undefined variable '" + token + "'"
                    : "undefined value in '{{ " + token + " }}'") + where;
        }
        return inTemplateTerms(error.getMessage()) + where;
    }

    private static String inTemplateTerms(String message) {
        String withoutPrefix = EXCEPTION_PREFIX.matcher(message == null ? "" : message).replaceAll("");
        return JAVA_CLASS.matcher(withoutPrefix).replaceAll(match -> switch (match.group()) {
            case "java.lang.String" -> "a string";
            case "java.lang.Integer", "java.lang.Long", "java.lang.Double", "java.math.BigDecimal" -> "a number";
            case "java.lang.Boolean" -> "a boolean";
            default -> match.group().contains("Map") ? "a mapping"
                    : match.group().contains("List") || match.group().contains("Collection") ? "a list" : "a value";
        }).replace("in class a ", "on a ");
    }
}
