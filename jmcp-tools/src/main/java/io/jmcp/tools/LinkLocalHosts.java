package io.jmcp.tools;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Hosts that are no router's: link-local addresses (169.254.0.0/16, fe80::/10), IPv4-mapped ones
 * included, where cloud metadata services answer (169.254.169.254 holds a cloud instance's
 * credentials), and the metadata services' well-known names and addresses. Only literal
 * addresses and these names are judged: nothing is looked up.
 */
final class LinkLocalHosts {
    private static final Set<String> METADATA_NAMES = Set.of("metadata.google.internal", "metadata.goog",
            "instance-data", "instance-data.ec2.internal");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LinkLocalHosts() {
    }

    static boolean isLinkLocal(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (METADATA_NAMES.contains(name)) {
            return true;
        }
        if (!IPV4_LITERAL.matcher(name).matches() && !name.contains(":")) {
            return false;
        }
        try {
            // A literal is parsed, never looked up: IPv6 in brackets, IPv4 as dotted digits.
            InetAddress address = InetAddress.getByName(name.contains(":") && !name.startsWith("[")
                    ? "[" + name + "]" : name);
            return address.isLinkLocalAddress() || isAwsIpv6Metadata(address);
        } catch (UnknownHostException notALiteral) {
            return false;
        }
    }

    /** fd00:ec2::254, the IPv6 address of the EC2 instance metadata service. */
    private static boolean isAwsIpv6Metadata(InetAddress address) throws UnknownHostException {
        return address.equals(InetAddress.getByName("[fd00:ec2::254]"));
    }
}
