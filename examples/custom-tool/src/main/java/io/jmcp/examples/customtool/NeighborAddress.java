package io.jmcp.examples.customtool;

import io.jmcp.core.spi.ToolException;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * A BGP neighbor address given by the client. It is spliced into a CLI command, so it must be an
 * IP address literal and nothing else: no words, pipes ({@code | save}) or line breaks.
 */
final class NeighborAddress {
    private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";
    private static final Pattern IPV4 = Pattern.compile(OCTET + "(\\." + OCTET + "){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]+");
    private static final int SHOWN_VALUE_LIMIT = 60;

    private NeighborAddress() {
    }

    /**
     * @param argumentName the argument the value came from, for the error message
     * @return the address, without surrounding whitespace
     * @throws ToolException naming the argument and the value when it is not an IPv4 or IPv6 address
     */
    static String parse(String argumentName, String value) {
        String address = value.strip();
        if (IPV4.matcher(address).matches() || isIpv6(address)) {
            return address;
        }
        throw new ToolException("argument '" + argumentName + "' must be an IPv4 or IPv6 address such as "
                + "192.0.2.1 or 2001:db8::1, got \"" + shown(value) + "\"");
    }

    // java.net.URI checks an IPv6 literal against RFC 2373 without a DNS lookup (InetAddress would
    // resolve anything that is not a literal); the character check keeps zone ids and brackets out.
    private static boolean isIpv6(String address) {
        if (!address.contains(":") || !IPV6_CHARACTERS.matcher(address).matches()) {
            return false;
        }
        try {
            return URI.create("//[" + address + "]").getHost() != null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static String shown(String value) {
        return value.length() > SHOWN_VALUE_LIMIT ? value.substring(0, SHOWN_VALUE_LIMIT) + "..." : value;
    }
}
