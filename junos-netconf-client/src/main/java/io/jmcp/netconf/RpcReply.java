package io.jmcp.netconf;

import io.jmcp.netconf.error.NetconfException;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.framing.NetconfMessage;
import io.jmcp.netconf.internal.ReplyReader;
import io.jmcp.netconf.reply.NamespaceFreeXml;
import io.jmcp.netconf.reply.RpcErrors;
import java.io.InputStream;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Document;

/**
 * The {@code <rpc-reply>} to one RPC. Holds the message once; every accessor streams over it.
 * The {@code <rpc-error>} elements it carries are read on first use of {@link #errors()}.
 */
public final class RpcReply {
    private final String messageId;
    private final NetconfMessage message;
    private final String peer;
    private volatile List<RpcError> errors;

    RpcReply(String messageId, NetconfMessage message, String peer) {
        this.messageId = messageId;
        this.message = message;
        this.peer = peer;
    }

    /** The message-id of the request this answers. */
    public String messageId() {
        return messageId;
    }

    /** Size of the reply in bytes. */
    public long size() {
        return message.size();
    }

    /** The whole reply as a string. Copies it: prefer {@link #openStream()} for large replies. */
    public String asString() {
        return message.asString();
    }

    /** A fresh stream over the reply's bytes (UTF-8 XML). */
    public InputStream openStream() {
        return message.openStream();
    }

    /**
     * Every {@code <rpc-error>} of the reply, wherever it is nested, warnings included.
     *
     * @throws NetconfException when the reply is not well-formed XML
     */
    public List<RpcError> errors() {
        List<RpcError> parsed = errors;
        if (parsed == null) {
            try {
                parsed = List.copyOf(RpcErrors.parse(message.openStream()));
            } catch (NetconfException e) {
                throw unreadable(e);
            }
            errors = parsed;
        }
        return parsed;
    }

    /** The {@code <rpc-error>} elements of severity warning. */
    public List<RpcError> warnings() {
        return errors().stream().filter(RpcError::isWarning).toList();
    }

    /** Whether the reply carries no {@code <rpc-error>} of severity error (warnings allowed). */
    public boolean isOk() {
        return errors().stream().allMatch(RpcError::isWarning);
    }

    /**
     * Returns this reply, or throws when it carries errors.
     *
     * @param warningsFail whether warnings count as errors too
     * @throws RpcErrorException with every error (and warning) of the reply
     */
    public RpcReply failIfErrors(boolean warningsFail) {
        RpcErrors.failIfErrors(errors(), warningsFail);
        return this;
    }

    /**
     * The elements the reply holds, without {@code <rpc-error>}: e.g. {@code <data>} for get-config,
     * {@code <software-information>} for a Junos RPC. Elements inherited the NETCONF namespace from
     * the reply lose it; other namespaces are declared where used.
     *
     * @throws NetconfException when the reply is not well-formed XML
     */
    public String bodyXml() {
        try {
            return ReplyReader.bodyXml(message.openStream());
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * The text the reply holds outside {@code <rpc-error>} (e.g. a JSON document that Junos sends as
     * the reply's content), without leading line breaks or trailing blanks.
     *
     * @throws NetconfException when the reply is not well-formed XML
     */
    public String bodyText() {
        try {
            return ReplyReader.bodyText(message.openStream());
        } catch (XMLStreamException e) {
            throw malformed(e);
        }
    }

    /**
     * The reply as a DOM without namespaces (root {@code <rpc-reply>}): elements and attributes by
     * local name, so that queries keep working across Junos releases, whose replies each carry
     * their own default namespace. Parses the reply on every call.
     *
     * @throws NetconfException when the reply is not well-formed XML
     */
    public Document document() {
        try {
            return NamespaceFreeXml.document(message.openStream());
        } catch (NetconfException e) {
            throw unreadable(e);
        }
    }

    /**
     * The text of every node an XPath 1.0 expression selects in the namespace-free {@link
     * #document()}, stripped, e.g. {@code xpath("//physical-interface/name")} gives
     * {@code [ge-0/0/0, ge-0/0/1, ...]}. For several queries over one reply, build the document
     * once and use {@link NamespaceFreeXml#xpath}.
     *
     * @throws IllegalArgumentException when the expression is invalid
     * @throws NetconfException         when the reply is not well-formed XML
     */
    public List<String> xpath(String expression) {
        return NamespaceFreeXml.xpath(document(), expression);
    }

    /** The exception for XML that cannot be parsed, naming the reply and the peer. */
    NetconfException malformed(XMLStreamException cause) {
        return new NetconfException("malformed XML in the reply to message-id " + messageId + " from " + peer
                + ": " + cause.getMessage(), cause);
    }

    private NetconfException unreadable(NetconfException cause) {
        return new NetconfException("unreadable reply to message-id " + messageId + " from " + peer + ": "
                + cause.getMessage(), cause);
    }

    @Override
    public String toString() {
        return "RpcReply[message-id=" + messageId + ", " + message.size() + " bytes from " + peer + "]";
    }
}
