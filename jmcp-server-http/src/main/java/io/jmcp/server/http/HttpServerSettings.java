package io.jmcp.server.http;

import javax.net.ssl.SSLContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How the HTTP server listens and guards its endpoint. Build with {@link #builder()}.
 *
 * @param bind               the address to listen on
 * @param port               the port; 0 for an ephemeral one
 * @param tls                HTTPS instead of HTTP, with this server certificate; null for plain HTTP
 * @param allowedOrigins     browser origins allowed besides the loopback ones
 * @param maxRequestBytes    the largest request body accepted (413 beyond)
 * @param sessionIdleTimeout an MCP session without requests or an open stream for this long is closed
 *                           at the next sweep (so after one to two of these)
 */
record HttpServerSettings(BindAddress bind, int port, SSLContext tls, List<String> allowedOrigins,
        int maxRequestBytes, Duration sessionIdleTimeout) {

    static final String DEFAULT_HOST = "127.0.0.1";
    static final int DEFAULT_PORT = 30030;
    static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    /** Fifteen minutes, as ISO-8601 for the command line's default. */
    static final String DEFAULT_SESSION_IDLE_TIMEOUT_ISO = "PT15M";
    static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.parse(DEFAULT_SESSION_IDLE_TIMEOUT_ISO);

    HttpServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("--max-request-bytes must be positive, got " + maxRequestBytes);
        }
        if (sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero()) {
            throw new IllegalArgumentException("--session-idle-timeout must be positive, got " + sessionIdleTimeout);
        }
        allowedOrigins = allowedOrigins.stream().map(OriginPolicy::normalize).toList();
    }

    static Builder builder() {
        return new Builder();
    }

    Optional<SSLContext> tlsContext() {
        return Optional.ofNullable(tls);
    }

    /** Builder of {@link HttpServerSettings}, with the defaults documented on its constants. */
    static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private SSLContext tls;
        private final List<String> allowedOrigins = new ArrayList<>();
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration sessionIdleTimeout = DEFAULT_SESSION_IDLE_TIMEOUT;

        private Builder() {
        }

        Builder host(String host) {
            this.host = host;
            return this;
        }

        Builder port(int port) {
            this.port = port;
            return this;
        }

        Builder tls(SSLContext tls) {
            this.tls = tls;
            return this;
        }

        Builder allowedOrigins(List<String> origins) {
            allowedOrigins.addAll(origins);
            return this;
        }

        Builder maxRequestBytes(int maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        Builder sessionIdleTimeout(Duration sessionIdleTimeout) {
            this.sessionIdleTimeout = sessionIdleTimeout;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the option that is out of range or malformed
         */
        HttpServerSettings build() {
            return new HttpServerSettings(BindAddress.of(host), port, tls, allowedOrigins, maxRequestBytes,
                    sessionIdleTimeout);
        }
    }
}
