package io.jmcp.core.guard;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a person must approve every configuration change before it is committed
 * ({@code --approve-changes}), and how long jmcp waits for the answer ({@code --approval-timeout}).
 *
 * @param required ask the client's user, through an MCP elicitation form showing the diffs, before
 *                 every commit; no explicit approval means nothing is committed
 * @param timeout  how long the form waits for an answer
 */
public record ApprovalOptions(boolean required, Duration timeout) {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
    /** As long as any form may wait ({@code io.jmcp.core.spi.Elicitation#LONGEST_ANSWER_TIMEOUT}). */
    public static final Duration MAX_TIMEOUT = Duration.ofHours(1);

    public ApprovalOptions {
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("the approval timeout must be from 1 second to "
                    + MAX_TIMEOUT.toMinutes() + " minutes, got " + timeout);
        }
    }

    /** Changes are committed without asking. */
    public static ApprovalOptions none() {
        return new ApprovalOptions(false, DEFAULT_TIMEOUT);
    }

    /** Every change waits for a person's approval, up to {@code timeout}. */
    public static ApprovalOptions required(Duration timeout) {
        return new ApprovalOptions(true, timeout);
    }
}
