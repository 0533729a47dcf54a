package io.jmcp.netconf.reply;

import io.jmcp.netconf.TransportException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The one place replies become StAX readers. A NETCONF reply never needs a DTD, so DTDs are not
 * processed and external entities are never resolved; {@link ReplyWalker} refuses any DTD
 * outright.
 */
final class SafeXml {
    private static final XMLInputFactory FACTORY = newFactory();

    private SafeXml() {
    }

    static XMLStreamReader open(InputStream reply) {
        try {
            return FACTORY.createXMLStreamReader(new Unclosable(reply));
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

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
