package io.jmcp.tools;

import io.jmcp.core.spi.Bounds;
import io.jmcp.core.spi.Choices;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.spi.StructuredOutput;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.ConfigFormat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code render_and_apply_j2_template}: renders a Jinja2 template with YAML variables and, when
 * asked, applies the result to one or many routers in parallel, each through the same safe path
 * as load_and_commit_config ({@link ConfigChange}). The rendered configuration passes block.cfg
 * before any router is contacted; a Markdown summary per router comes with structured results.
 */
public final class RenderAndApplyJ2Template implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(
            @JsonProperty(required = true) @JsonPropertyDescription("Jinja2 template content as a string.") String templateContent,
            @JsonProperty(required = true)
            @JsonPropertyDescription("YAML-formatted variables to render into the template.") String varsContent,
            @JsonPropertyDescription("Name of a single router to apply the configuration to.") String routerName,
            @Bounds(minItems = 1)
            @JsonPropertyDescription("Router names to apply the configuration to, e.g. ['pe1', 'pe2'].") List<String> routerNames,
            @JsonProperty(defaultValue = "false")
            @JsonPropertyDescription("If false (default), only render the template locally. If true, apply it to the router(s).")
            boolean applyConfig,
            @JsonProperty(defaultValue = "false")
            @JsonPropertyDescription("With apply_config=true: all routers or none (a network-wide transaction: lock, load, diff and commit check everywhere first; then commit confirmed, a reachability proof and the confirming commit on all; any failure discards or rolls back every router)")
            boolean atomic,
            @Choices({"set", "text", "xml"})
            @JsonPropertyDescription("Format of the rendered configuration. If omitted: 'set' when every line is a set/delete/deactivate/activate command, 'xml' when it starts with '<', otherwise 'text'.")
            String configFormat) {
    }

    static final String DEFAULT_COMMENT = "Configuration applied via Jinja2 template";

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("render_and_apply_j2_template")
            .title("Render and apply a Jinja2 template")
            .description("Render a Jinja2 template with YAML variables and optionally apply it to one or more Junos "
                    + "routers. When apply_config=false (default), the template is only rendered locally — no device "
                    + "connection is made. When apply_config=true, the rendered configuration is checked against "
                    + "block.cfg, then loaded and committed on each router in parallel, the safe way of "
                    + "load_and_commit_config (exclusive lock, diff, commit check, nothing left behind on failure). "
                    + "Combine apply_config=true with dry_run=true to run the commit check and show each diff "
                    + "without committing. Use router_name for a single device or router_names for several; one "
                    + "of them is required when apply_config=true. Undefined template variables are errors.")
            .inputSchema(Arguments.class, CommitOptions.SCHEMA_PROPERTIES,
                    TimeoutArgument.schemaProperty("Timeout of each step in seconds"))
            .outputSchema(StructuredOutput.anyOf(Rendered.class, Applied.class, AppliedAtomically.class))
            .annotations(ToolAnnotations.mutatingTool(true, false))
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        ToolArguments args = ToolArguments.of(arguments);
        String template = args.requiredString("template_content");
        Map<String, Object> variables = TemplateVariables.parse(args.requiredString("vars_content"));
        // The input schema admits set, text and xml only.
        ConfigFormat requested = args.optionalChoice("config_format", ConfigFormat.class, null);
        boolean apply = args.optionalBoolean("apply_config", false);
        CommitOptions options = CommitOptions.from(args, DEFAULT_COMMENT);
        Duration timeout = context.rpcTimeout(args);
        List<String> routers = RouterNames.given(arguments, args);

        String rendered = TemplateRenderer.shared().render(template, variables,
                ServerParts.guardOptions(context).templateTimeLimit(), context::isCancelled);
        ConfigFormat format = requested != null ? requested : RenderedConfigFormat.detect(rendered);
        if (!apply) {
            return renderedOnly(rendered, format);
        }
        if (routers.isEmpty()) {
            throw new ToolException("router_name or router_names must be provided when apply_config=true");
        }
        String argument = args.optionalString("router_name").isPresent() ? "router_name" : "router_names";
        RouterNames.requireKnownAndDistinct(argument, routers, context.devices());
        if (rendered.isBlank()) {
            throw new ToolException("The template rendered an empty configuration; nothing was applied");
        }
        ConfigChange change = new ConfigChange(CandidateLoad.payload(rendered, format,
                CandidateLoad.defaultAction(format)), options);
        if (args.optionalBoolean("atomic", false)) {
            return appliedAtomically(rendered, format, NetworkTransaction.apply(context, argument, routers, change,
                    timeout));
        }
        change.precheck(context.guardrails());
        context.log().info((options.dryRun() ? "Checking" : "Applying") + " the rendered configuration ("
                + format.name().toLowerCase(Locale.ROOT) + ") on " + routers.size() + " router(s)");
        List<ChangeOutcome> outcomes = RouterFanOut.run(context, routers, new RouterChangeTask(context, change, timeout));
        return applied(rendered, format, options, outcomes);
    }

    /** Structured content of a template rendered but not applied. */
    record Rendered(String renderedConfig, ConfigFormat configFormat,
                    @JsonPropertyDescription("whether routers were contacted: false") boolean applied,
                    List<ChangeOutcome.Content> results) {
    }

    /** Structured content of a template applied router by router. */
    record Applied(String renderedConfig, ConfigFormat configFormat,
                   @JsonPropertyDescription("whether routers were contacted: true") boolean applied, boolean dryRun,
                   List<ChangeOutcome.Content> results) {
    }

    /** Structured content of a template applied as one network transaction. */
    record AppliedAtomically(String renderedConfig, ConfigFormat configFormat,
                             @JsonPropertyDescription("whether routers were contacted: true") boolean applied,
                             boolean dryRun, List<RouterOutcome> results, TransactionResult.Content transaction) {
    }

    private static ToolResult renderedOnly(String rendered, ConfigFormat format) {
        String text = "✅ Template rendered successfully!\n\n**Rendered Configuration:**\n```\n" + rendered
                + "\n```\n\nTo apply this configuration to devices, set apply_config=true and provide router_name "
                + "or router_names.\n";
        return ToolResult.of(new Rendered(rendered, format, false, List.of()), text, false);
    }

    private static ToolResult applied(String rendered, ConfigFormat format, CommitOptions options,
            List<ChangeOutcome> outcomes) {
        Applied content = new Applied(rendered, format, true, options.dryRun(),
                outcomes.stream().map(ChangeOutcome::content).toList());
        boolean anyFailed = outcomes.stream().anyMatch(outcome -> !outcome.succeeded());
        return ToolResult.of(content, summary(rendered, options, outcomes), anyFailed);
    }

    private static ToolResult appliedAtomically(String rendered, ConfigFormat format, TransactionResult transaction) {
        AppliedAtomically content = new AppliedAtomically(rendered, format, true, transaction.options().dryRun(),
                transaction.outcomes(), transaction.content());
        String text = "**Rendered Configuration:**\n```\n" + rendered + "\n```\n\n" + transaction.text();
        return ToolResult.of(content, text, !transaction.succeeded());
    }

    private static String summary(String rendered, CommitOptions options, List<ChangeOutcome> outcomes) {
        StringBuilder text = new StringBuilder(options.dryRun() ? "🔍 DRY RUN - Configuration preview complete!"
                : "Configuration application complete!");
        text.append("\n\n**Routers:** ").append(String.join(", ", outcomes.stream().map(ChangeOutcome::router).toList()))
                .append("\n\n**Rendered Configuration:**\n```\n").append(rendered).append("\n```\n\n**Results:**\n");
        for (ChangeOutcome outcome : outcomes) {
            text.append("\n").append(symbol(outcome.status())).append(" **").append(outcome.router()).append("**: ")
                    .append(outcome.message()).append("\n");
            if (!outcome.diff().isEmpty()) {
                text.append("```\n").append(outcome.diff()).append("\n```\n");
            }
            outcome.warnings().forEach(warning -> text.append("- warning: ").append(warning).append("\n"));
        }
        return text.toString();
    }

    private static String symbol(ChangeStatus status) {
        return switch (status) {
            case COMMITTED -> "✅";
            case ROLLING_BACK, ROLLED_BACK -> "⏪";
            case NO_CHANGES, NOT_COMMITTED -> "ℹ️";
            case CHECKED -> "🔍";
            case FAILED, ROLLBACK_FAILED -> "❌";
        };
    }
}
