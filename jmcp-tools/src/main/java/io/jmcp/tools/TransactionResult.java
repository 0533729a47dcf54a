package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.spi.Nullable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a {@link NetworkTransaction} ended, on every router.
 *
 * @param id          the transaction's id, also in every commit comment it made
 * @param succeeded   the change is in effect on every router that needed it (or, for a dry run,
 *                    passed the commit check everywhere)
 * @param failedPhase the phase that stopped the transaction, or null
 * @param options     the commit options it was run with
 * @param message     one sentence saying what happened
 * @param outcomes    each router's outcome, in the order the routers were given
 */
record TransactionResult(String id, boolean succeeded, TransactionPhase failedPhase, CommitOptions options,
                         String message, List<RouterOutcome> outcomes) {

    /** The structured content of a network transaction. */
    record Content(boolean atomic, String transactionId,
                   @JsonPropertyDescription("whether the change is in effect on every router") boolean committed,
                   @Nullable TransactionPhase failedPhase, String message, String commitComment,
                   @Nullable Integer confirmedMinutes, boolean dryRun, List<RouterOutcome> results) {
    }

    TransactionResult {
        outcomes = List.copyOf(outcomes);
    }

    /** This outcome as structured content. */
    Content content() {
        return new Content(true, id, succeeded && !options.dryRun(), failedPhase, message, options.comment(),
                options.confirmedMinutes(), options.dryRun(), outcomes);
    }

    /** The message, each router's outcome, then the diffs (routers with the same diff share one). */
    String text() {
        StringBuilder text = new StringBuilder(message).append('\n');
        Map<String, List<String>> routersByDiff = new LinkedHashMap<>();
        for (RouterOutcome outcome : outcomes) {
            text.append("\n- ").append(outcome.router()).append(": ").append(outcome.status().jsonName())
                    .append(". ").append(outcome.message());
            outcome.warnings().forEach(warning -> text.append("\n  warning: ").append(warning));
            if (!outcome.diff().isEmpty()) {
                routersByDiff.computeIfAbsent(outcome.diff(), diff -> new ArrayList<>()).add(outcome.router());
            }
        }
        routersByDiff.forEach((diff, routers) -> text.append("\n\nChanges on ").append(String.join(", ", routers))
                .append(":\n").append(diff));
        return text.toString();
    }
}
