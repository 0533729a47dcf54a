package io.jmcp.core.spi;

/**
 * Asks the user of the MCP client for input through a form (MCP elicitation). Each request
 * waits for the user's answer for up to five minutes.
 */
public interface Elicitation {

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
    ElicitationResult request(String message, String requestedSchemaJson);
}
