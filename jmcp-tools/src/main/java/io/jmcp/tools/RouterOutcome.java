package io.jmcp.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a {@link NetworkTransaction} ended on one router.
 *
 * @param router   the router
 * @param status   what the transaction left on it
 * @param diff     its change in {@code show | compare} form; empty when it had none or failed before the diff
 * @param warnings the router's warnings (load, check, commit), each described
 * @param message  one sentence saying what happened there
 */
record RouterOutcome(String router, Status status, String diff, List<String> warnings, String message) {

    enum Status {
        /** The change is committed and confirmed (or awaits the caller's confirm_commit). */
        COMMITTED,
        /** The router's configuration already had the change: nothing to commit there. */
        NO_CHANGES,
        /** Dry run: the commit check passed and the change was discarded. */
        CHECKED,
        /** Prepared, but the transaction did not commit: the candidate was discarded, nothing committed. */
        NOT_COMMITTED,
        /** This router failed; {@link #message()} says at which phase and what that left. */
        FAILED,
        /** Committed in phase 2, then rolled back because the transaction failed. */
        ROLLED_BACK,
        /** Committed, and the rollback failed: its commit confirmed rolls it back when the time is up. */
        ROLLBACK_FAILED;

        String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The JSON Schema of {@link #toStructured()}. */
    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "router_name": {"type": "string"},
                "status": {"type": "string", "enum": ["committed", "no_changes", "checked", "not_committed", "failed",
                                                      "rolled_back", "rollback_failed"]},
                "message": {"type": "string"},
                "diff": {"type": "string", "description": "the change in 'show | compare' form"},
                "warnings": {"type": "array", "items": {"type": "string"}}
              },
              "required": ["router_name", "status", "message", "diff", "warnings"]
            }""";

    RouterOutcome {
        warnings = List.copyOf(warnings);
    }

    RouterOutcome with(Status newStatus, String newMessage) {
        return new RouterOutcome(router, newStatus, diff, warnings, newMessage);
    }

    Map<String, Object> toStructured() {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("router_name", router);
        structured.put("status", status.jsonName());
        structured.put("message", message);
        structured.put("diff", diff);
        structured.put("warnings", new ArrayList<>(warnings));
        return structured;
    }
}
