package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.TransportException;
import io.jmcp.netconf.internal.SecureXml;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Where replies become streaming readers (from {@link SecureXml}, the library's hardened factory)
 * and what a parse failure means: the stream failing underneath is a transport problem, anything
 * else a reply that is not well-formed. A NETCONF reply never needs a DTD: the readers of this
 * package refuse one outright.
 */
final class ReplyXml {
    private ReplyXml() {
    }

    static XMLStreamReader open(InputStream reply) {
        try {
            return SecureXml.streamingReader(new Unclosable(reply));
        } catch (XMLStreamException e) {
            throw failure(e);
        }
    }

    /**
     * Maps a StAX failure to what it means here: the stream under the parser failing is a
     * transport problem; anything else is a reply that is not well-formed XML.
     */
    static RuntimeException failure(XMLStreamException e) {
        Throwable ioFailure = ioFailure(e);
        if (ioFailure != null) {
            return new TransportException("reading the reply failed: " + ioFailure.getMessage(), e);
        }
        return new InvalidReplyException("reply is not well-formed XML" + where(e.getLocation())
                + ": " + firstLine(e.getMessage()), e);
    }

    /** The JDK parser keeps the stream's exception as the "nested" one, not as the cause. */
    private static Throwable ioFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = next(cause)) {
            if (cause instanceof IOException) {
                return cause;
            }
        }
        return null;
    }

    private static Throwable next(Throwable failure) {
        if (failure instanceof XMLStreamException streamFailure && streamFailure.getNestedException() != null) {
            return streamFailure.getNestedException();
        }
        return failure.getCause();
    }

    /** The refusal of a DTD found at {@code location}. */
    static InvalidReplyException dtdRefused(Location location) {
        return new InvalidReplyException("reply carries a DTD" + where(location)
                + "; NETCONF replies never need one, so it is refused");
    }

    static String where(Location location) {
        if (location == null || location.getLineNumber() < 0) {
            return "";
        }
        return " (line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ")";
    }

    /** The JDK prefixes its messages with "ParseError at [row,col]:[..]\nMessage: "; keep the cause. */
    private static String firstLine(String message) {
        if (message == null) {
            return "unknown parse error";
        }
        int label = message.lastIndexOf("Message: ");
        return label >= 0 ? message.substring(label + "Message: ".length()).strip() : message.strip();
    }

    /** Keeps the caller's stream open: the JDK parser closes its input at the end of a document. */
    private static final class Unclosable extends FilterInputStream {
        Unclosable(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the caller owns the stream
        }
    }
}
