package io.jmcp.netconf.internal;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of one {@code <rpc>}, checked before it is sent: it must be a single well-formed XML
 * element, so that a request can never close the {@code <rpc>} early, smuggle in a second one,
 * or leave the peer's parser waiting for more.
 */
public final class RpcRequest {
    private static final String RPC_START = "<rpc xmlns=\"" + Hello.NETCONF_NAMESPACE + "\">";

    private final String body;

    private RpcRequest(String body) {
        this.body = body;
    }

    /**
     * @param body the operation element, e.g. {@code <get-config>...</get-config>}
     * @throws IllegalArgumentException when it is not exactly one well-formed element
     */
    public static RpcRequest of(String body) {
        if (body == null || body.isBlank()) {
            throw new IllegalArgumentException("the RPC request is empty");
        }
        requireSingleElement(body);
        return new RpcRequest(body);
    }

    /** The whole {@code <rpc>} message, UTF-8. */
    public byte[] toBytes(String messageId) {
        String message = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<rpc xmlns=\"" + Hello.NETCONF_NAMESPACE + "\" message-id=\""
                + XmlEscaper.escapeAttribute(messageId) + "\">" + body + "</rpc>";
        return message.getBytes(StandardCharsets.UTF_8);
    }

    private static void requireSingleElement(String body) {
        try {
            XMLStreamReader xml = SecureXml.reader(new StringReader(RPC_START + body + "</rpc>"));
            try {
                xml.nextTag();
                int operations = 0;
                int depth = 0;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT && depth++ == 0) {
                        operations++;
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        depth--;
                    } else if (event == XMLStreamConstants.CHARACTERS && depth == 0 && !xml.isWhiteSpace()) {
                        throw new IllegalArgumentException("the RPC request has text outside its element: '"
                                + xml.getText().strip() + "'");
                    }
                }
                if (operations != 1) {
                    throw new IllegalArgumentException("the RPC request must be one element, found " + operations);
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the RPC request is not well-formed XML: " + e.getMessage(), e);
        }
    }
}
