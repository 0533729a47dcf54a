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
 * @param keepAliveInterval  how often clients with an open stream are pinged, so that proxies keep it
 * @param stateless          serve without MCP sessions (no server-to-client requests such as elicitation)
 * @param workerThreads      requests handled at once; each running tool call or pending elicitation holds one
 */
public record HttpServerSettings(BindAddress bind, int port, SSLContext tls, List<String> allowedOrigins,
        int maxRequestBytes, Duration sessionIdleTimeout, Duration keepAliveInterval, boolean stateless,
        int workerThreads) {

    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 30030;
    public static final int DEFAULT_MAX_REQUEST_BYTES = 4 * 1024 * 1024;
    public static final Duration DEFAULT_SESSION_IDLE_TIMEOUT = Duration.ofMinutes(15);
    public static final Duration DEFAULT_KEEP_ALIVE_INTERVAL = Duration.ofSeconds(30);
    public static final int DEFAULT_WORKER_THREADS = 200;

    public HttpServerSettings {
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(sessionIdleTimeout, "sessionIdleTimeout");
        Objects.requireNonNull(keepAliveInterval, "keepAliveInterval");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("--max-request-bytes must be positive, got " + maxRequestBytes);
        }
        if (workerThreads < 1 || sessionIdleTimeout.isNegative() || sessionIdleTimeout.isZero()
                || keepAliveInterval.isNegative() || keepAliveInterval.isZero()) {
            throw new IllegalArgumentException("worker threads, session idle timeout and keep-alive interval must be positive");
        }
        allowedOrigins = allowedOrigins.stream().map(OriginPolicy::normalize).toList();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<SSLContext> tlsContext() {
        return Optional.ofNullable(tls);
    }

    /** Builder of {@link HttpServerSettings}, with the defaults documented on its constants. */
    public static final class Builder {
        private String host = DEFAULT_HOST;
        private int port = DEFAULT_PORT;
        private SSLContext tls;
        private final List<String> allowedOrigins = new ArrayList<>();
        private int maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private Duration sessionIdleTimeout = DEFAULT_SESSION_IDLE_TIMEOUT;
        private Duration keepAliveInterval = DEFAULT_KEEP_ALIVE_INTERVAL;
        private boolean stateless;
        private int workerThreads = DEFAULT_WORKER_THREADS;

        private Builder() {
        }

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder tls(SSLContext tls) {
            this.tls = tls;
            return this;
        }

        public Builder allowedOrigins(List<String> origins) {
            allowedOrigins.addAll(origins);
            return this;
        }

        public Builder maxRequestBytes(int maxRequestBytes) {
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        public Builder sessionIdleTimeout(Duration sessionIdleTimeout) {
            this.sessionIdleTimeout = sessionIdleTimeout;
            return this;
        }

        public Builder keepAliveInterval(Duration keepAliveInterval) {
            this.keepAliveInterval = keepAliveInterval;
            return this;
        }

        public Builder stateless(boolean stateless) {
            this.stateless = stateless;
            return this;
        }

        public Builder workerThreads(int workerThreads) {
            this.workerThreads = workerThreads;
            return this;
        }

        /**
         * @throws IllegalArgumentException naming the option that is out of range or malformed
         */
        public HttpServerSettings build() {
            return new HttpServerSettings(BindAddress.of(host), port, tls, allowedOrigins, maxRequestBytes,
                    sessionIdleTimeout, keepAliveInterval, stateless, workerThreads);
        }
    }
}
