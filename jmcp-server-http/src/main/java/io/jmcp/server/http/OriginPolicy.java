package io.jmcp.server.http;

import io.modelcontextprotocol.server.transport.DefaultServerTransportSecurityValidator;
import io.modelcontextprotocol.server.transport.ServerHttpHeaderValidator;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Origin and Host checks against DNS rebinding, enforced by the MCP SDK's transport: a request
 * whose {@code Origin} is not allowed gets 403; on a loopback bind, a request whose {@code Host}
 * is not a loopback name gets 421. Loopback origins are always allowed (any port, http or https);
 * others only when listed with {@code --allowed-origin}. Requests without an Origin (every
 * non-browser client) pass.
 */
final class OriginPolicy {
    private static final String ANY_PORT = ":*";
    private static final List<String> LOOPBACK_HOSTS = List.of("localhost", "127.0.0.1", "[::1]");

    private OriginPolicy() {
    }

    static ServerHttpHeaderValidator validator(BindAddress bind, List<String> allowedOrigins) {
        DefaultServerTransportSecurityValidator.Builder validator = DefaultServerTransportSecurityValidator.builder();
        for (String host : LOOPBACK_HOSTS) {
            validator.allowedOrigin("http://" + host + ANY_PORT).allowedOrigin("https://" + host + ANY_PORT);
        }
        validator.allowedOrigins(allowedOrigins);
        if (bind.isLoopback()) {
            List<String> hosts = new ArrayList<>(LOOPBACK_HOSTS);
            hosts.add(bind.urlHost());
            hosts.forEach(host -> validator.allowedHost(host + ANY_PORT));
        }
        return validator.build();
    }

    /**
     * The origin as browsers send it ({@code scheme://host[:port]}, lower case), or with
     * {@code :*} for any port.
     *
     * @throws IllegalArgumentException naming the value and the expected form
     */
    static String normalize(String origin) {
        String value = origin.strip().toLowerCase(Locale.ROOT);
        boolean anyPort = value.endsWith(ANY_PORT);
        String base = anyPort ? value.substring(0, value.length() - ANY_PORT.length()) : value;
        URI uri;
        try {
            uri = new URI(base);
        } catch (URISyntaxException invalid) {
            throw notAnOrigin(origin);
        }
        boolean webScheme = "http".equals(uri.getScheme()) || "https".equals(uri.getScheme());
        boolean hostOnly = uri.getHost() != null && uri.getRawUserInfo() == null && uri.getRawQuery() == null
                && uri.getRawFragment() == null && (uri.getRawPath() == null || uri.getRawPath().isEmpty());
        if (!webScheme || !hostOnly || anyPort && uri.getPort() != -1) {
            throw notAnOrigin(origin);
        }
        return value;
    }

    private static IllegalArgumentException notAnOrigin(String origin) {
        return new IllegalArgumentException("--allowed-origin '" + origin + "' is not an origin: use scheme://host, "
                + "scheme://host:port or scheme://host:* with scheme http or https and no path");
    }
}
