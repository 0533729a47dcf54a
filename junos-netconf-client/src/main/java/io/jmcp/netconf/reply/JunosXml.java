package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;

/**
 * Binds Junos replies to JAXB types. The bound element is found wherever it sits: directly under
 * {@code <rpc-reply>}, inside {@code <multi-routing-engine-results>}, or as the document itself.
 * Namespaces are ignored (see the package documentation); DTDs are refused. Streams do not get
 * closed: the caller owns them.
 *
 * <p>When the element is absent the reply is explained, never answered with null: the device's
 * errors as {@link RpcErrorException}, else {@link UnexpectedReplyException} quoting the
 * {@code <output>} text Junos sends instead of data when it refuses a command. When the element
 * is present, errors elsewhere in the reply are not reported here; {@link RpcErrors} reads those.
 */
public final class JunosXml {
    private static final int MAX_QUOTED_OUTPUT = 500;

    private JunosXml() {
    }

    /**
     * The first element of {@code reply} bound to {@code type}, which must be annotated
     * {@code @XmlRootElement(name = ...)}; reading stops right after it.
     *
     * @throws RpcErrorException when the element is absent and the device said why
     * @throws UnexpectedReplyException when the element is absent and no error says why
     * @throws InvalidReplyException when the reply is not well-formed, has a DTD, or does not bind
     */
    public static <T> T unmarshal(InputStream reply, Class<T> type) {
        return search(reply, type, true).get(0).content();
    }

    /**
     * Every element of {@code reply} bound to {@code type}, each with the routing engine it came
     * from: one item for a single routing engine, one per routing engine (or cluster node, or
     * virtual-chassis member) for a multi-routing-engine reply.
     *
     * @throws RpcErrorException when there is no such element and the device said why
     * @throws UnexpectedReplyException when there is no such element and no error says why
     * @throws InvalidReplyException when the reply is not well-formed, has a DTD, or does not bind
     */
    public static <T> List<RoutingEngineItem<T>> unmarshalEach(InputStream reply, Class<T> type) {
        return search(reply, type, false);
    }

    private static <T> List<RoutingEngineItem<T>> search(InputStream reply, Class<T> type, boolean firstOnly) {
        Search<T> search = new Search<>(type, firstOnly);
        ReplyWalker.walk(reply, search);
        return search.result();
    }

    /** Collects the bound elements, and what explains their absence. */
    private static final class Search<T> implements ReplyWalker.Visitor {
        private final Class<T> type;
        private final String element;
        private final boolean firstOnly;
        private final List<RoutingEngineItem<T>> found = new ArrayList<>();
        private final List<RpcError> errors = new ArrayList<>();
        private String deviceOutput;

        Search(Class<T> type, boolean firstOnly) {
            this.type = type;
            this.element = ReplyBindings.rootElementName(type);
            this.firstOnly = firstOnly;
        }

        @Override
        public boolean startElement(ReplyWalker walker) throws XMLStreamException {
            String name = walker.localName();
            if (name.equals(element)) {
                found.add(new RoutingEngineItem<>(walker.routingEngineName(), walker.bind(type)));
                if (firstOnly) {
                    walker.stop();
                }
                return true;
            }
            if (ErrorElements.isAt(walker)) {
                errors.add(ErrorElements.read(walker));
                return true;
            }
            if (name.equals("output") && deviceOutput == null) {
                deviceOutput = quote(walker.readText(2 * MAX_QUOTED_OUTPUT));
                return true;
            }
            return false;
        }

        List<RoutingEngineItem<T>> result() {
            if (!found.isEmpty()) {
                return List.copyOf(found);
            }
            if (!errors.isEmpty()) {
                throw new RpcErrorException(errors);
            }
            throw new UnexpectedReplyException(element, deviceOutput);
        }

        private static String quote(String output) {
            if (output.isEmpty()) {
                return null;
            }
            return output.length() <= MAX_QUOTED_OUTPUT ? output : output.substring(0, MAX_QUOTED_OUTPUT) + "...";
        }
    }
}
