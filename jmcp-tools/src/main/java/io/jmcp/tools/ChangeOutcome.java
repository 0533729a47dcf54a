package io.jmcp.tools;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.jmcp.core.spi.Nullable;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * How a configuration change ended on one router, for the tool's text and structured content.
 *
 * @param router   the router
 * @param status   what happened
 * @param diff     the change in {@code show | compare} form; empty when there was none or it failed
 * @param warnings the router's warnings (load, check, commit), each described
 * @param options  the commit options the change was made with
 * @param message  one sentence saying what happened, or the failure message
 * @param proof    how the reachability proof of a safe commit went ({@link SafeCommit}), or null when none ran
 * @param rollbackAt when the router rolls back by itself, for a commit jmcp did not confirm; else null
 */
record ChangeOutcome(String router, ChangeStatus status, String diff, List<String> warnings, CommitOptions options,
                     String message, String proof, Instant rollbackAt) {
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** The structured content of a change on one router. */
    record Content(String routerName, ChangeStatus status, String message,
                   @JsonPropertyDescription("the change in 'show | compare' form") String diff,
                   List<String> warnings, String commitComment, @Nullable Integer confirmedMinutes, boolean dryRun,
                   @Nullable @JsonPropertyDescription("how the new NETCONF session that proves the router still "
                           + "answers went (safe commit)") String reachabilityProof,
                   @Nullable @JsonPropertyDescription("for rolling_back: when the router rolls back by itself "
                           + "(ISO-8601, UTC)") String rollbackAt) {
    }

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
        return new ChangeOutcome(router, ChangeStatus.COMMITTED, diff, warnings, options, message, null, null);
    }

    /** Committed confirmed, proven reachable over a new session, then confirmed by jmcp ({@link SafeCommit}). */
    static ChangeOutcome proven(String router, String diff, List<String> warnings, CommitOptions options,
            int minutes, String proof) {
        return new ChangeOutcome(router, ChangeStatus.COMMITTED, diff, warnings, options, "Configuration successfully "
                + "loaded and committed on " + router + ". Safe commit: committed as a commit confirmed (" + minutes
                + " minute(s)), proven reachable (" + proof + "), then confirmed.", proof, null);
    }

    /** Committed confirmed, but the proof failed: not confirmed, so the router rolls back at {@code rollbackAt}. */
    static ChangeOutcome rollingBack(String router, String diff, List<String> warnings, CommitOptions options,
            String proof, Instant rollbackAt) {
        return new ChangeOutcome(router, ChangeStatus.ROLLING_BACK, diff, warnings, options, "The change was committed on "
                + router + " as a commit confirmed but NOT confirmed, because the router failed the reachability "
                + "proof: " + proof + ". jmcp cannot manage the router after this change, so the router rolls back "
                + "to the previous configuration by itself at " + rollbackTime(rollbackAt) + ". Check its management "
                + "access (system services netconf ssh, jmcp's login user) before trying again.", proof, rollbackAt);
    }

    /** When a pending commit confirmed rolls back, for messages: {@code 2026-12-06 12:02:10 UTC}. */
    static String rollbackTime(Instant rollbackAt) {
        return UTC_TIME.format(rollbackAt.truncatedTo(ChronoUnit.SECONDS));
    }

    static ChangeOutcome noChanges(String router, List<String> warnings, CommitOptions options) {
        return new ChangeOutcome(router, ChangeStatus.NO_CHANGES, "", warnings, options,
                "No configuration changes detected on " + router + ": nothing was committed.", null, null);
    }

    static ChangeOutcome checked(String router, String diff, List<String> warnings, CommitOptions options) {
        return new ChangeOutcome(router, ChangeStatus.CHECKED, diff, warnings, options, "Dry run on " + router
                + ": the commit check passed; nothing was committed and the change was discarded.", null, null);
    }

    static ChangeOutcome failed(String router, String message, CommitOptions options) {
        return new ChangeOutcome(router, ChangeStatus.FAILED, "", List.of(), options, message, null, null);
    }

    boolean succeeded() {
        return status != ChangeStatus.FAILED && status != ChangeStatus.ROLLING_BACK;
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

    /** This outcome as structured content. */
    Content content() {
        return new Content(router, status, message, diff, warnings, options.comment(), options.confirmedMinutes(),
                options.dryRun(), proof, rollbackAt == null ? null : rollbackAt.truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
