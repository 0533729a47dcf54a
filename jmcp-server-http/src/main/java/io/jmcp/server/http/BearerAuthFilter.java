package io.jmcp.server.http;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.util.Map;

/**
 * Stands in front of the MCP endpoint: every request is authenticated before any of it is read.
 * A refused request gets 401 with a JSON {@code error} and a {@code WWW-Authenticate} challenge;
 * an accepted one carries its {@link HttpPrincipal} on. Neither tokens nor bodies are logged.
 */
final class BearerAuthFilter extends HttpFilter {
    private static final Logger log = LoggerFactory.getLogger(BearerAuthFilter.class);

    private final RequestAuthenticator authenticator;
    private final JsonResponses responses;

    BearerAuthFilter(RequestAuthenticator authenticator, JsonResponses responses) {
        this.authenticator = authenticator;
        this.responses = responses;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Authentication authentication = authenticator.authenticate(request.getHeader("Authorization"));
        if (authentication.rejection() != null) {
            refuse(request, response, authentication.rejection());
            return;
        }
        authentication.principal().attachTo(request);
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Authentication.Rejection rejection)
            throws IOException {
        log.warn("Refused {} {} from {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                rejection.message());
        response.setHeader("WWW-Authenticate", rejection.challenge());
        responses.send(response, HttpServletResponse.SC_UNAUTHORIZED, Map.of("error", rejection.message()));
    }
}
