package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.spi.Bounds;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolInput;
import io.jmcp.core.spi.ToolResult;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * {@code rollback_config}: makes a configuration of the rollback history active again, through
 * the same safe path as every change ({@link ConfigChange}): lock, load, diff, guardrails on the
 * change, commit check, commit.
 */
public final class RollbackConfig implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName,
            @JsonProperty(defaultValue = "1") @Bounds(minimum = 1, maximum = JunosConfigDiff.MAX_ROLLBACK)
            @JsonPropertyDescription("Rollback version to restore (1-49)") Integer version) {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("rollback_config")
            .title("Roll back the configuration")
            .description("Roll a router's configuration back to a rollback version (1 = the configuration before "
                    + "the last commit; a jmcp commit is two commits, commit confirmed then its confirmation, so the "
                    + "configuration before jmcp's last change is 2) and commit it: loaded under an exclusive lock, "
                    + "shown as a diff, checked "
                    + "against block.cfg and by a commit check, then committed. dry_run=true only shows the diff and "
                    + "checks; confirmed_minutes makes it a commit confirmed. Nothing is left behind on failure.")
            .inputSchema(Arguments.class, CommitOptions.SCHEMA_PROPERTIES,
                    TimeoutArgument.schemaProperty("Timeout of each step in seconds"))
            .outputSchema(ChangeOutcome.Content.class)
            .annotations(ToolAnnotations.mutatingTool(true, false))
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        Arguments input = ToolInput.read(Arguments.class, arguments);
        String router = input.routerName();
        int version = input.version();
        ToolArguments args = ToolArguments.of(arguments);
        CommitOptions options = CommitOptions.from(args, "Rollback to version " + version + " via MCP");
        Duration timeout = context.rpcTimeout(args);
        ChangeOutcome outcome = new ConfigChange(CandidateLoad.rollback(version), options)
                .applyTo(context, router, timeout);
        return ToolResult.of(outcome.content(), outcome.text(), !outcome.succeeded());
    }
}
