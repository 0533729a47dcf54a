package io.jmcp.tools;

import io.jmcp.core.guard.ApprovalOptions;
import io.jmcp.core.spi.Elicitation;
import io.jmcp.core.spi.ElicitationResult;
import io.jmcp.core.spi.ElicitationTimeoutException;
import io.jmcp.core.spi.ElicitationUnsupportedException;
import io.jmcp.core.spi.ToolContext;
import io.jmcp.core.spi.ToolException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A person's approval of configuration changes before they are committed ({@code --approve-changes}).
 * The diffs of every router are shown in one MCP elicitation form; only an explicit approval lets
 * the commit go ahead. A decline, a dismissed form or no answer in time each refuse it, and the
 * caller then discards everything it prepared.
 */
final class ChangeApproval {
    /** The form: one box to tick, off by default, so that only a deliberate answer commits. */
    static final String FORM = """
            {"type": "object", "properties": {
              "approve": {"type": "boolean", "title": "Commit these changes", "default": false,
                          "description": "Tick to commit the changes shown; leave it clear or decline to discard them"}
            }, "required": ["approve"]}""";
    /** Longest message shown: a person reads it, and a client has to carry it. */
    static final int MAX_MESSAGE_CHARS = 60_000;

    private final ApprovalOptions options;

    private ChangeApproval(ApprovalOptions options) {
        this.options = options;
    }

    /** The server's approval setting ({@code --approve-changes}, {@code --approval-timeout}). */
    static ChangeApproval of(ToolContext context) {
        return new ChangeApproval(ServerParts.guardOptions(context).approval());
    }

    boolean required() {
        return options.required();
    }

    /**
     * Refuses, before any router is contacted, a change that needs approval when the client cannot
     * show the form.
     *
     * @throws ElicitationUnsupportedException saying that approval is required and why it cannot be asked
     */
    void requireAskable(ToolContext context) {
        Elicitation forms = context.elicitation();
        if (options.required() && !forms.isSupported()) {
            throw new ElicitationUnsupportedException("This server requires a person to approve every configuration "
                    + "change before it is committed (--approve-changes), and " + forms.unsupportedReason()
                    + ", so the approval cannot be shown. Nothing was sent to any router. Use an MCP client that "
                    + "supports elicitation, or dry_run=true to see the diff without committing.");
        }
    }

    /**
     * Shows the diffs and waits for the answer; returns only when the user approved.
     *
     * @param diffs each router's change in {@code show | compare} form, in the order to show them
     * @throws Refused when the user declined, dismissed the form, left it unticked or did not answer in time
     */
    void obtain(ToolContext context, String comment, Map<String, String> diffs) {
        if (!options.required()) {
            return;
        }
        requireAskable(context);
        ElicitationResult answer;
        try {
            answer = context.elicitation().request(message(comment, diffs), FORM, options.timeout());
        } catch (ElicitationTimeoutException unanswered) {
            throw new Refused("not approved: no answer within "
                    + ElicitationTimeoutException.describe(options.timeout()));
        }
        switch (answer.action()) {
            case DECLINE -> throw new Refused("not approved: the user declined the change");
            case CANCEL -> throw new Refused("not approved: the user dismissed the approval form");
            case ACCEPT -> {
                if (!Boolean.TRUE.equals(answer.values().get("approve"))) {
                    throw new Refused("not approved: the form was sent back without 'Commit these changes' ticked");
                }
            }
        }
    }

    /** The routers and their diffs; routers with the same diff share one listing. */
    String message(String comment, Map<String, String> diffs) {
        Map<String, List<String>> routersByDiff = new LinkedHashMap<>();
        diffs.forEach((router, diff) -> routersByDiff.computeIfAbsent(diff, key -> new ArrayList<>()).add(router));
        StringBuilder text = new StringBuilder("Approve this configuration change on ").append(diffs.size())
                .append(diffs.size() == 1 ? " router" : " routers").append("? Nothing is committed unless you approve "
                + "within ").append(ElicitationTimeoutException.describe(options.timeout())).append(".\nCommit comment: ")
                .append(comment).append('\n');
        int shown = 0;
        for (Map.Entry<String, List<String>> group : routersByDiff.entrySet()) {
            String listing = "\n" + String.join(", ", group.getValue()) + ":\n" + group.getKey() + "\n";
            if (text.length() + listing.length() > MAX_MESSAGE_CHARS) {
                text.append("\n(The diffs of ").append(diffs.size() - shown).append(" more router(s) do not fit here; "
                        + "decline and run the change with dry_run=true to see them all.)");
                break;
            }
            text.append(listing);
            shown += group.getValue().size();
        }
        return text.toString();
    }

    /** The change was not approved; the message says why. */
    static final class Refused extends ToolException {
        Refused(String message) {
            super(message);
        }
    }
}
