package io.jmcp.server.http;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address the server listens on, as given with {@code -H/--host}.
 *
 * @param host     the host as given (a name or a literal address)
 * @param resolved what it resolves to
 */
record BindAddress(String host, InetAddress resolved) {

    /**
     * @throws IllegalArgumentException when the host does not resolve
     */
    static BindAddress of(String host) {
        try {
            return new BindAddress(host, InetAddress.getByName(host));
        } catch (UnknownHostException unknown) {
            throw new IllegalArgumentException("--host '" + host + "' is not an address of this machine and does not resolve");
        }
    }

    /** Only processes on this machine can connect. */
    boolean isLoopback() {
        return resolved.isLoopbackAddress();
    }

    /** The host as it appears in a URL or a Host header: IPv6 literals in brackets. */
    String urlHost() {
        return resolved instanceof Inet6Address && host.contains(":") ? "[" + host + "]" : host;
    }
}
