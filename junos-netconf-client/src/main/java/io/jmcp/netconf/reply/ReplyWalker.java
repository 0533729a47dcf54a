package io.jmcp.netconf.reply;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks the elements of one reply once, in document order, with StAX, so that a reply of any
 * size is read in constant memory. Refuses DTDs. Keeps the path of open elements and the {@code
 * <re-name>} of the {@code <multi-routing-engine-item>} being walked, which is how Junos labels
 * the part of a reply that each routing engine (or cluster node, or VC member) produced.
 */
final class ReplyWalker {
    private static final String ITEM = "multi-routing-engine-item";
    private static final String ITEM_NAME = "re-name";
    private static final int MAX_ITEM_NAME = 256;

    /** Sees every element start the walker does not consume itself. */
    interface Visitor {
        /**
         * @return true when the visitor consumed the whole element, leaving the reader on the
         *     event after its end; false to walk on into the element
         */
        boolean startElement(ReplyWalker walker) throws XMLStreamException;
    }

    private final XMLStreamReader parser;
    private final XMLStreamReader blindParser;
    private final Deque<String> openElements = new ArrayDeque<>();
    private String routingEngineName;
    private boolean stopped;

    private ReplyWalker(XMLStreamReader parser) {
        this.parser = parser;
        this.blindParser = new NamespaceBlindReader(parser);
    }

    static void walk(InputStream reply, Visitor visitor) {
        XMLStreamReader parser = ReplyXml.open(reply);
        try {
            new ReplyWalker(parser).run(visitor);
        } catch (XMLStreamException e) {
            throw ReplyXml.failure(e);
        } finally {
            closeQuietly(parser);
        }
    }

    /** Local name of the element the walker stands on. */
    String localName() {
        return parser.getLocalName();
    }

    /** Namespace URI of the element the walker stands on, or null. */
    String namespaceUri() {
        return parser.getNamespaceURI();
    }

    /** Local name of the enclosing element, or null at the document element. */
    String parentName() {
        return openElements.peek();
    }

    /** How many elements enclose the current one (0 for the document element). */
    int depth() {
        return openElements.size();
    }

    /** The {@code <re-name>} of the enclosing multi-routing-engine item, or null outside one. */
    String routingEngineName() {
        return routingEngineName;
    }

    /** Binds the current element to {@code type} and consumes it. */
    <T> T bind(Class<T> type) {
        return ReplyBindings.unmarshal(blindParser, type);
    }

    /**
     * The text inside the current element, stripped, up to {@code maxChars} characters (the rest
     * is read but not kept, so a huge element costs no memory); consumes the element.
     */
    String readText(int maxChars) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (parser.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        appendUpTo(text, maxChars);
                default -> {
                    // comments and processing instructions carry no text of the element
                }
            }
        }
        parser.next();
        return text.toString().strip();
    }

    private void appendUpTo(StringBuilder text, int maxChars) {
        int room = maxChars - text.length();
        if (room > 0) {
            text.append(parser.getTextCharacters(), parser.getTextStart(), Math.min(room, parser.getTextLength()));
        }
    }

    /** Ends the walk after the current visitor call; the rest of the reply is not read. */
    void stop() {
        stopped = true;
    }

    private void run(Visitor visitor) throws XMLStreamException {
        int event = parser.getEventType();
        while (!stopped) {
            switch (event) {
                case XMLStreamConstants.DTD -> throw ReplyXml.dtdRefused(parser.getLocation());
                case XMLStreamConstants.START_ELEMENT -> {
                    if (consumedAtStart(visitor)) {
                        event = parser.getEventType();
                        continue;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (ITEM.equals(openElements.pop())) {
                        routingEngineName = null;
                    }
                }
                case XMLStreamConstants.END_DOCUMENT -> {
                    return;
                }
                default -> {
                    // text between elements, comments, processing instructions
                }
            }
            event = parser.next();
        }
    }

    private boolean consumedAtStart(Visitor visitor) throws XMLStreamException {
        String name = parser.getLocalName();
        if (ITEM_NAME.equals(name) && ITEM.equals(openElements.peek())) {
            routingEngineName = readText(MAX_ITEM_NAME);
            return true;
        }
        if (visitor.startElement(this)) {
            return true;
        }
        openElements.push(name);
        return false;
    }

    private static void closeQuietly(XMLStreamReader parser) {
        try {
            parser.close();
        } catch (XMLStreamException e) {
            // closing a reader frees parser state only; the caller owns the stream
        }
    }
}
