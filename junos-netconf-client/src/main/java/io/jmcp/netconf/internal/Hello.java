package io.jmcp.netconf.internal;

import io.jmcp.netconf.error.NetconfException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The NETCONF hello exchange (RFC 6241 section 8.1): ours, advertising base:1.0 and base:1.1, and
 * the peer's, which carries its capabilities and the session-id.
 *
 * @param capabilities the peer's capability URIs, in the order sent
 * @param sessionId    the session-id the peer assigned
 */
public record Hello(Set<String> capabilities, long sessionId) {
    public static final String NETCONF_NAMESPACE = "urn:ietf:params:xml:ns:netconf:base:1.0";
    public static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    public static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";

    public Hello {
        capabilities = Set.copyOf(capabilities);
    }

    /** The hello this client sends. */
    public static byte[] clientHello() {
        String hello = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + XmlElement.of("hello").attribute("xmlns", NETCONF_NAMESPACE)
                        .child(XmlElement.of("capabilities")
                                .child("capability", BASE_1_0)
                                .child("capability", BASE_1_1))
                        .toXml();
        return hello.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Reads the peer's hello.
     *
     * @throws NetconfException when the message is not a well-formed hello with a session-id and a
     *                          base capability this client speaks
     */
    public static Hello parse(InputStream message, String peer) {
        Set<String> capabilities = new LinkedHashSet<>();
        String sessionId = null;
        try {
            XMLStreamReader xml = SecureXml.reader(message);
            try {
                xml.nextTag();
                if (!"hello".equals(xml.getLocalName())) {
                    throw new NetconfException(
                            peer + " sent <" + xml.getLocalName() + "> where its <hello> was expected");
                }
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT) {
                        if ("capability".equals(xml.getLocalName())) {
                            capabilities.add(xml.getElementText().trim());
                        } else if ("session-id".equals(xml.getLocalName())) {
                            sessionId = xml.getElementText().trim();
                        }
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new NetconfException("malformed XML in the hello from " + peer + ": " + e.getMessage(), e);
        }
        return new Hello(capabilities, parseSessionId(sessionId, peer)).requireCommonBase(peer);
    }

    /** Whether both sides can use chunked framing (RFC 6242 section 4.1). */
    public boolean supportsBase11() {
        return capabilities.contains(BASE_1_1);
    }

    private Hello requireCommonBase(String peer) {
        if (!capabilities.contains(BASE_1_0) && !capabilities.contains(BASE_1_1)) {
            throw new NetconfException(peer + " advertises neither " + BASE_1_0 + " nor " + BASE_1_1
                    + "; capabilities: " + capabilities);
        }
        return this;
    }

    private static long parseSessionId(String text, String peer) {
        if (text == null || text.isEmpty()) {
            throw new NetconfException("the hello from " + peer + " has no session-id");
        }
        try {
            long id = Long.parseLong(text);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException ignored) {
            // reported below, with the offending text
        }
        throw new NetconfException("the hello from " + peer + " has an invalid session-id '" + text + "'");
    }
}
