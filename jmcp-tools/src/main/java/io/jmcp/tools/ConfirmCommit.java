package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.pool.RouterChangeQueue;
import io.jmcp.core.spi.DeviceException;
import io.jmcp.core.spi.Purpose;
import io.jmcp.core.spi.TimeoutArgument;
import io.jmcp.core.spi.ToolAnnotations;
import io.jmcp.core.spi.ToolArguments;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolDefinition;
import io.jmcp.core.spi.ToolException;
import io.jmcp.core.spi.ToolHandler;
import io.jmcp.core.spi.ToolInput;
import io.jmcp.core.spi.ToolResult;
import io.jmcp.netconf.CandidateEdit;
import io.jmcp.netconf.JunosDevice;

import java.time.Duration;
import java.util.Map;

/**
 * {@code confirm_commit}: confirms a pending {@code commit confirmed}, so that the router keeps the
 * configuration instead of rolling back. The commit is made under the exclusive lock, which Junos
 * refuses while the candidate holds anyone's uncommitted changes: confirming never commits them.
 * Junos accepts a confirming commit whether or not one is pending, so the router's commit history
 * is read first: with nothing pending, nothing is committed and the result says so.
 */
public final class ConfirmCommit implements ToolHandler {
    /** The arguments, as the input schema declares them. */
    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription(RouterNames.ROUTER_NAME_DESCRIPTION) String routerName) {
    }

    private static final ToolDefinition DEFINITION = ToolDefinition.builder("confirm_commit")
            .title("Confirm a commit confirmed")
            .description("Confirm a pending commit confirmed on a router (made with load_and_commit_config, "
                    + "rollback_config or render_and_apply_j2_template and confirmed_minutes), so that the router "
                    + "keeps the new configuration instead of rolling back. With no commit confirmed pending it commits "
                    + "nothing and says so. Refused while someone else holds the "
                    + "configuration lock or has uncommitted changes.")
            .inputSchema(Arguments.class, TimeoutArgument.schemaProperty("Timeout in seconds"))
            .annotations(ToolAnnotations.mutatingTool(false, true))
            .build();

    @Override
    public ToolDefinition definition() {
        return DEFINITION;
    }

    @Override
    public ToolResult call(ToolContext context, Map<String, Object> arguments) {
        String router = ToolInput.read(Arguments.class, arguments).routerName();
        Duration timeout = context.rpcTimeout(ToolArguments.of(arguments));
        CommitHistory history;
        LockWait wait = LockWait.startingNow(router, ServerParts.pool(context).changeSettings().queueWait());
        try (RouterChangeQueue.Turn turn = ServerParts.pool(context).changeQueue().enter(router, wait.bound())) {
            history = context.onDevice(router, Purpose.WRITE, timeout, device -> confirmIfPending(device, wait));
        } catch (DeviceException failure) {
            throw new ToolException(failure.getMessage() + "\nThe commit may not be confirmed: unless it is, a "
                    + "pending commit confirmed rolls back when its time is up. Try confirm_commit again.", failure);
        }
        if (history.pendingConfirmation().isEmpty()) {
            return ToolResult.text("No commit confirmed is pending on " + router + ": nothing was committed. "
                    + history.newest().map(newest -> "Its newest commit (" + newest.describe() + ") is not a "
                            + "commit confirmed, so no automatic rollback is scheduled; if you expected one, it was "
                            + "already confirmed or already rolled back (see 'show system commit').")
                            .orElse("It has no commit history."));
        }
        return ToolResult.text("Commit confirmed on " + router + ": the router keeps its active configuration; "
                + "the automatic rollback of its commit confirmed (" + history.pendingConfirmation().get().describe()
                + ") is cancelled.");
    }

    /** The history as it was before confirming; confirms only when a commit confirmed is pending. */
    private static CommitHistory confirmIfPending(JunosDevice device, LockWait wait) {
        CommitHistory history = CommitHistory.of(device);
        if (history.pendingConfirmation().isPresent()) {
            wait.editCandidate(device, CandidateEdit::confirm);
        }
        return history;
    }
}
