package io.jmcp.server.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Map;

/** {@code GET /healthz}: liveness for load balancers and orchestrators, without authentication and without detail. */
final class HealthServlet extends HttpServlet {
    private static final Map<String, String> OK = Map.of("status", "ok");

    private final transient JsonResponses responses;

    HealthServlet(JsonResponses responses) {
        this.responses = responses;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        responses.send(response, HttpServletResponse.SC_OK, OK);
    }
}
