package io.jmcp.tools;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a configuration change ended on one router, for the tool's text and structured content.
 *
 * @param router   the router
 * @param status   what happened
 * @param diff     the change in {@code show | compare} form; empty when there was none or it failed
 * @param warnings the router's warnings (load, check, commit), each described
 * @param options  the commit options the change was made with
 * @param message  one sentence saying what happened, or the failure message
 */
record ChangeOutcome(String router, Status status, String diff, List<String> warnings, CommitOptions options,
                     String message) {

    enum Status {
        /** Committed (with {@code commit confirmed} when the options say so). */
        COMMITTED,
        /** The candidate equalled the active configuration: nothing was committed. */
        NO_CHANGES,
        /** Dry run: the commit check passed and the change was discarded. */
        CHECKED,
        /** Nothing was committed; {@link #message()} says why. */
        FAILED;

        String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The JSON Schema of {@link #toStructured()}, to nest in the tools' output schemas. */
    static final String SCHEMA = """
            {
              "type": "object",
              "properties": {
                "router_name": {"type": "string"},
                "status": {"type": "string", "enum": ["committed", "no_changes", "checked", "failed"]},
                "message": {"type": "string"},
                "diff": {"type": "string", "description": "the change in 'show | compare' form"},
                "warnings": {"type": "array", "items": {"type": "string"}},
                "commit_comment": {"type": "string"},
                "confirmed_minutes": {"type": ["integer", "null"]},
                "dry_run": {"type": "boolean"}
              },
              "required": ["router_name", "status", "message", "diff", "warnings"]
            }""";

    ChangeOutcome {
        warnings = List.copyOf(warnings);
    }

    static ChangeOutcome committed(String router, String diff, List<String> warnings, CommitOptions options) {
        String message = "Configuration successfully loaded and committed on " + router + ".";
        if (options.confirmed()) {
            message += " This is a commit confirmed: the router rolls back to the previous configuration in "
                    + options.confirmedMinutes() + " minute(s) unless confirm_commit is called with router_name '"
                    + router + "' before then.";
        }
        return new ChangeOutcome(router, Status.COMMITTED, diff, warnings, options, message);
    }

    static ChangeOutcome noChanges(String router, List<String> warnings, CommitOptions options) {
        return new ChangeOutcome(router, Status.NO_CHANGES, "", warnings, options,
                "No configuration changes detected on " + router + ": nothing was committed.");
    }

    static ChangeOutcome checked(String router, String diff, List<String> warnings, CommitOptions options) {
        return new ChangeOutcome(router, Status.CHECKED, diff, warnings, options, "Dry run on " + router
                + ": the commit check passed; nothing was committed and the change was discarded.");
    }

    static ChangeOutcome failed(String router, String message, CommitOptions options) {
        return new ChangeOutcome(router, Status.FAILED, "", List.of(), options, message);
    }

    boolean succeeded() {
        return status != Status.FAILED;
    }

    /** The message, then the changes and the warnings. */
    String text() {
        StringBuilder text = new StringBuilder(message);
        if (!diff.isEmpty()) {
            text.append("\nChanges:\n").append(diff);
        }
        if (!warnings.isEmpty()) {
            text.append("\nWarnings from the router:");
            warnings.forEach(warning -> text.append("\n- ").append(warning));
        }
        return text.toString();
    }

    Map<String, Object> toStructured() {
        Map<String, Object> structured = new LinkedHashMap<>();
        structured.put("router_name", router);
        structured.put("status", status.jsonName());
        structured.put("message", message);
        structured.put("diff", diff);
        structured.put("warnings", new ArrayList<>(warnings));
        structured.put("commit_comment", options.comment());
        structured.put("confirmed_minutes", options.confirmedMinutes());
        structured.put("dry_run", options.dryRun());
        return structured;
    }
}
