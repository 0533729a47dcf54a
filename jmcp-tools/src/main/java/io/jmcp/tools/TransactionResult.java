package io.jmcp.tools;

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

    /** The JSON Schema of {@link #toStructured()}. */
    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "atomic": {"type": "boolean", "const": true},
                "transaction_id": {"type": "string"},
                "committed": {"type": "boolean", "description": "whether the change is in effect on every router"},
                "failed_phase": {"type": ["string", "null"],
                                 "enum": ["prepare", "approval", "commit", "prove", "confirm", null]},
                "message": {"type": "string"},
                "commit_comment": {"type": "string"},
                "confirmed_minutes": {"type": ["integer", "null"]},
                "dry_run": {"type": "boolean"},
                "results": {"type": "array", "items": """ + RouterOutcome.SCHEMA + """
            }
              },
              "required": ["atomic", "transaction_id", "committed", "failed_phase", "message", "results"]
            }""";

    TransactionResult {
        outcomes = List.copyOf(outcomes);
    }

    Map<String, Object> toStructured() {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("atomic", true);
        structured.put("transaction_id", id);
        structured.put("committed", succeeded && !options.dryRun());
        structured.put("failed_phase", failedPhase == null ? null : failedPhase.jsonName());
        structured.put("message", message);
        structured.put("commit_comment", options.comment());
        structured.put("confirmed_minutes", options.confirmedMinutes());
        structured.put("dry_run", options.dryRun());
        List<Map<String, Object>> results = new ArrayList<>();
        outcomes.forEach(outcome -> results.add(outcome.toStructured()));
        structured.put("results", results);
        return structured;
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
