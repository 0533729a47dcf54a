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
import io.jmcp.netconf.LoadAction;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code load_and_commit_config}: loads configuration into a router and commits it, the safe way
 * ({@link ConfigChange}): guardrails on every format, exclusive lock, diff, commit check, optional
 * dry run and commit confirmed, and nothing left behind on failure.
 */
public final class LoadAndCommitConfig implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName,
            @Bounds(minItems = 1)
            @JsonPropertyDescription("Several routers to make the same change on, instead of router_name") List<String> routerNames,
            @JsonProperty(defaultValue = "false")
            @JsonPropertyDescription("All routers or none: lock, load, diff and commit check everywhere first; then commit confirmed, a reachability proof and the confirming commit on all; any failure discards or rolls back every router")
            boolean atomic,
            @JsonPropertyDescription("The configuration text to load") String configText,
            @JsonPropertyDescription("Alias of config_text") String config,
            @JsonProperty(defaultValue = "set")
            @JsonPropertyDescription("Format: set (set/delete commands), text (curly braces), xml or json") ConfigFormat configFormat,
            @Choices({"merge", "replace", "override", "update"})
            @JsonPropertyDescription("How the configuration combines with the current one. Set commands are applied as written; text, xml and json default to replace (statements tagged replace: replace, the rest merge). override replaces the whole configuration.")
            String action) {
    }

    static final String DEFAULT_COMMENT = "Configuration loaded via MCP";

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("load_and_commit_config")
            .title("Load and commit configuration")
            .description("Load and commit configuration on a Junos router. The configuration is checked against "
                    + "the server's block.cfg guardrails, loaded under an exclusive lock, compared with the active "
                    + "configuration (no change: nothing is committed), commit-checked, then committed with the "
                    + "comment. Returns the diff. dry_run=true stops after the commit check and discards the change; "
                    + "confirmed_minutes makes it a commit confirmed, rolled back unless confirm_commit follows. On "
                    + "any failure the change is discarded and the lock released. router_names makes the same change on "
                    + "several routers; with atomic=true on all of them or none (a network-wide transaction).")
            .inputSchema(Arguments.class, CommitOptions.SCHEMA_PROPERTIES,
                    TimeoutArgument.schemaProperty("Timeout of each step in seconds"))
            .outputSchema(StructuredOutput.anyOf(ChangeOutcome.Content.class, TransactionResult.Content.class,
                    ChangeResults.class))
            .annotations(ToolAnnotations.mutatingTool(true, false))
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        ToolArguments args = ToolArguments.of(arguments);
        List<String> routers = RouterNames.given(arguments, args);
        if (routers.isEmpty()) {
            throw new ToolException("argument 'router_name' is required (or 'router_names' for several routers)");
        }
        boolean atomic = args.optionalBoolean("atomic", false);
        String payload = configText(args);
        ConfigFormat format = args.optionalChoice("config_format", ConfigFormat.class, ConfigFormat.SET);
        LoadAction action = action(format, args);
        CommitOptions options = CommitOptions.from(args, DEFAULT_COMMENT);
        Duration timeout = context.rpcTimeout(args);
        ConfigChange change = new ConfigChange(CandidateLoad.payload(payload, format, action), options);
        String argument = arguments.get("router_names") != null ? "router_names" : "router_name";
        if (atomic) {
            TransactionResult result = NetworkTransaction.apply(context, argument, routers, change, timeout);
            return ToolResult.of(result.content(), result.text(), !result.succeeded());
        }
        if (argument.equals("router_name")) {
            ChangeOutcome outcome = change.applyTo(context, routers.get(0), timeout);
            return ToolResult.of(outcome.content(), outcome.text(), !outcome.succeeded());
        }
        RouterNames.requireKnownAndDistinct(argument, routers, context.devices());
        change.precheck(context.guardrails());
        List<ChangeOutcome> outcomes = RouterFanOut.run(context, routers, new RouterChangeTask(context, change, timeout));
        ChangeResults results = new ChangeResults(outcomes.stream().map(ChangeOutcome::content).toList());
        String text = String.join("\n\n", outcomes.stream().map(ChangeOutcome::text).toList());
        return ToolResult.of(results, text, outcomes.stream().anyMatch(outcome -> !outcome.succeeded()));
    }

    /** Structured content of a change made router by router on several routers. */
    record ChangeResults(List<ChangeOutcome.Content> results) {
    }

    /** {@code config_text}, or the seed's alias {@code config}; both may be given only when equal. */
    private static String configText(ToolArguments args) {
        Optional<String> text = args.optionalString("config_text");
        Optional<String> alias = args.optionalString("config");
        if (text.isPresent() && alias.isPresent() && !text.equals(alias)) {
            throw new ToolException("arguments 'config_text' and 'config' differ; give the configuration once, "
                    + "as config_text");
        }
        return text.or(() -> alias).orElseThrow(() -> new ToolException("argument 'config_text' is required "
                + "(the configuration to load; 'config' is accepted as an alias)"));
    }

    /**
     * The {@code action} argument (merge, replace, override or update, as the input schema admits),
     * checked against the format; see {@link CandidateLoad#defaultAction}.
     */
    private static LoadAction action(ConfigFormat format, ToolArguments args) {
        LoadAction given = args.optionalChoice("action", LoadAction.class, null);
        if (format != ConfigFormat.SET) {
            return given != null ? given : CandidateLoad.defaultAction(format);
        }
        if (given != null && given != LoadAction.MERGE) {
            String name = given.name().toLowerCase(Locale.ROOT);
            throw new ToolException("argument 'action' cannot be " + name + " with config_format set: set commands "
                    + "are applied as written; use text, xml or json to " + name);
        }
        return LoadAction.SET;
    }
}
