package io.jmcp.core.spi;

/**
 * Asks the user of the MCP client for input through a form (MCP elicitation). Each request
 * waits for the user's answer for up to five minutes.
 */
public interface Elicitation {

    /** Whether the connected client declared that it can answer form requests. */
    boolean isSupported();

    /**
     * Shows {@code message} and a form to the user and waits for the answer.
     *
     * @param message             what to ask, shown above the form
     * @param requestedSchemaJson a flat JSON Schema object of primitive properties, as text
     * @throws ElicitationUnsupportedException when the client cannot answer forms
     * @throws ToolException when the user does not answer in time or the request fails
     */
    ElicitationResult request(String message, String requestedSchemaJson);
}
