package io.jmcp.core.audit;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * One tool call, as the audit log records it. There is deliberately no field for the call's
 * arguments: a password, key, token or configuration body has nowhere to go. What a commit
 * changed is kept as its diff, with secret values redacted.
 *
 * @param time     when the call started (written in UTC, millisecond precision)
 * @param caller   who called: a token id, or the transport for unauthenticated stdio; never a token
 * @param devices  the devices the call addressed, possibly none
 * @param message  a short description of the outcome (redacted, cut to 500 characters), or null
 * @param commit   what was committed, or null when the call committed nothing
 */
public record AuditEvent(Instant time, String caller, String tool, List<String> devices, AuditOutcome outcome,
        String message, Duration duration, CommitRecord commit) {
    static final int MAX_MESSAGE_CHARS = 500;

    public AuditEvent {
        time = Objects.requireNonNull(time, "time").truncatedTo(ChronoUnit.MILLIS);
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(tool, "tool");
        devices = List.copyOf(devices);
        Objects.requireNonNull(outcome, "outcome");
        message = message == null ? null : Truncation.cut(SecretRedactor.redact(message), MAX_MESSAGE_CHARS);
        Objects.requireNonNull(duration, "duration");
    }

    /** A call that committed nothing. */
    public AuditEvent(Instant time, String caller, String tool, List<String> devices, AuditOutcome outcome,
            String message, Duration duration) {
        this(time, caller, tool, devices, outcome, message, duration, null);
    }

    /** This event with what its commit changed. */
    public AuditEvent withCommit(String diff, String comment) {
        return new AuditEvent(time, caller, tool, devices, outcome, message, duration, new CommitRecord(diff, comment));
    }
}
