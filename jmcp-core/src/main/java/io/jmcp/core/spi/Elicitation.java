package io.jmcp.core.spi;

import java.time.Duration;

/**
 * Asks the user of the MCP client for input through a form (MCP elicitation). Each request
 * waits for the user's answer for up to five minutes unless it says otherwise.
 */
public interface Elicitation {
    /** How long the user has to answer one form, unless the request says otherwise (the seed gave five minutes too). */
    Duration DEFAULT_ANSWER_TIMEOUT = Duration.ofMinutes(5);
    /** The longest a request may wait for an answer. */
    Duration LONGEST_ANSWER_TIMEOUT = Duration.ofHours(1);

    /** Nobody to ask: a context without an MCP client (a test, a harness); {@code reason} says so. */
    static Elicitation unsupported(String reason) {
        return new Elicitation() {
            @Override
            public boolean isSupported() {
                return false;
            }

            @Override
            public String unsupportedReason() {
                return reason;
            }

            @Override
            public ElicitationResult request(String message, String requestedSchemaJson, Duration timeout) {
                throw new ElicitationUnsupportedException(reason);
            }
        };
    }

    /** Whether the user can be asked: the client declared that it answers form requests and a session carries them. */
    boolean isSupported();

    /**
     * Why the user cannot be asked, in words for the client, for a tool that needs what it would have
     * asked to say so; meaningful only when {@link #isSupported()} is false.
     */
    String unsupportedReason();

    /**
     * Shows {@code message} and a form to the user and waits for the answer.
     *
     * @param message             what to ask, shown above the form
     * @param requestedSchemaJson a flat JSON Schema object of primitive properties, as text
     * @throws ElicitationUnsupportedException when the user cannot be asked ({@link #isSupported()} is false)
     * @throws ToolException when the user does not answer in time or the request fails
     */
    default ElicitationResult request(String message, String requestedSchemaJson) {
        return request(message, requestedSchemaJson, DEFAULT_ANSWER_TIMEOUT);
    }

    /**
     * Shows {@code message} and a form to the user and waits for the answer up to {@code timeout}
     * (at most {@link #LONGEST_ANSWER_TIMEOUT}).
     *
     * @throws ElicitationUnsupportedException when the user cannot be asked ({@link #isSupported()} is false)
     * @throws ElicitationTimeoutException     when the user does not answer within {@code timeout}
     * @throws ToolException                   when the request fails
     */
    ElicitationResult request(String message, String requestedSchemaJson, Duration timeout);
}
