package io.jmcp.simulator.internal.netconf;

import io.jmcp.netconf.framing.NetconfMessage;
import io.jmcp.simulator.internal.xml.SafeXml;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.w3c.dom.Element;

/** The NETCONF hello exchange, with the capabilities a Junos device announces. */
final class Hello {
    static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
    static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";

    private static final List<String> JUNOS_CAPABILITIES = List.of(
            BASE_1_0,
            BASE_1_1,
            "urn:ietf:params:netconf:capability:candidate:1.0",
            "urn:ietf:params:netconf:capability:confirmed-commit:1.0",
            "urn:ietf:params:netconf:capability:validate:1.0",
            "urn:ietf:params:netconf:capability:url:1.0?scheme=http,ftp,file",
            "urn:ietf:params:xml:ns:netconf:base:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:candidate:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:confirmed-commit:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:validate:1.0",
            "urn:ietf:params:xml:ns:netconf:capability:url:1.0?scheme=http,ftp,file",
            "urn:ietf:params:xml:ns:yang:ietf-netconf-monitoring",
            "http://xml.juniper.net/netconf/junos/1.0",
            "http://xml.juniper.net/dmi/system/1.0");

    private Hello() {
    }

    static String server(int sessionId) {
        XmlWriter xml = new XmlWriter().start("hello", RpcDispatcher.NETCONF_NAMESPACE).start("capabilities");
        JUNOS_CAPABILITIES.forEach(capability -> xml.leaf("capability", capability));
        return xml.end().leaf("session-id", sessionId).end().toString();
    }

    /**
     * The capabilities of a client hello.
     *
     * @throws IllegalArgumentException when the message is not a hello, or offers no base protocol
     */
    static Set<String> clientCapabilities(NetconfMessage message) {
        Element hello;
        try (InputStream in = message.openStream()) {
            hello = SafeXml.parse(in).getDocumentElement();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!"hello".equals(SafeXml.localNameOf(hello))) {
            throw new IllegalArgumentException("expected <hello>, got <" + SafeXml.localNameOf(hello) + ">");
        }
        if (SafeXml.child(hello, "session-id").isPresent()) {
            throw new IllegalArgumentException("a client hello must not carry a session-id");
        }
        Set<String> capabilities = SafeXml.child(hello, "capabilities").map(SafeXml::children).orElse(List.of())
                .stream().map(Element::getTextContent).map(String::strip).collect(Collectors.toSet());
        if (!capabilities.contains(BASE_1_0) && !capabilities.contains(BASE_1_1)) {
            throw new IllegalArgumentException("the client offers neither base:1.0 nor base:1.1");
        }
        return capabilities;
    }
}
