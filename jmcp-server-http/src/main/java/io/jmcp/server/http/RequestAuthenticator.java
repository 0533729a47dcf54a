package io.jmcp.server.http;

/** Decides who sent a request to the MCP endpoint from its {@code Authorization} header. */
interface RequestAuthenticator {

    /**
     * @param authorizationHeader the header's value, or null when the request has none
     */
    Authentication authenticate(String authorizationHeader);

    /** Whether requests must carry a valid bearer token (for the startup log). */
    boolean requiresToken();
}
