package io.jmcp.simulator.internal.netconf;

import io.jmcp.netconf.config.ConfigSyntaxException;
import io.jmcp.netconf.framing.NetconfMessage;
import io.jmcp.simulator.internal.xml.MalformedXmlException;
import io.jmcp.simulator.internal.xml.SafeXml;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.io.InputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/**
 * Maps RPC element names to handlers and turns every incoming message into exactly one
 * {@code <rpc-reply>}: bad XML, unknown RPCs and handler failures become Junos-shaped rpc-errors,
 * never a dropped session.
 */
public final class RpcDispatcher {
    public static final String NETCONF_NAMESPACE = "urn:ietf:params:xml:ns:netconf:base:1.0";
    private static final Logger LOG = LoggerFactory.getLogger(RpcDispatcher.class);

    private final Map<String, RpcHandler> handlers;

    private RpcDispatcher(Map<String, RpcHandler> handlers) {
        this.handlers = Map.copyOf(handlers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The complete reply document to one client message. */
    public String answer(NetconfMessage message, RpcContext context) {
        Element rpc;
        try (InputStream in = message.openStream()) {
            rpc = SafeXml.parse(in).getDocumentElement();
        } catch (MalformedXmlException e) {
            return reply(Map.of(), errors(List.of(JunosError.malformedMessage("malformed XML: " + e.getMessage()))),
                    context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> echoed = echoedAttributes(rpc);
        if (!"rpc".equals(SafeXml.localNameOf(rpc))) {
            return reply(echoed, errors(List.of(JunosError.unknownRpc(SafeXml.localNameOf(rpc)))), context);
        }
        Optional<Element> operation = SafeXml.children(rpc).stream().findFirst();
        if (operation.isEmpty()) {
            return reply(echoed, errors(List.of(JunosError.operationFailed("syntax error, expecting <rpc> content"))),
                    context);
        }
        return reply(echoed, bodyFor(RpcRequest.of(operation.get()), context), context);
    }

    /**
     * Runs one operation and returns the reply body.
     *
     * @throws RpcException when the operation is unknown or fails
     */
    public String invoke(RpcRequest request, RpcContext context) {
        RpcHandler handler = handlers.get(request.name());
        if (handler == null) {
            throw new RpcException(JunosError.unknownRpc(request.name()));
        }
        return handler.handle(request, context);
    }

    private String bodyFor(RpcRequest request, RpcContext context) {
        try {
            return invoke(request, context);
        } catch (RpcException e) {
            return errors(e.errors());
        } catch (ConfigSyntaxException e) {
            return errors(List.of(JunosError.configSyntax(e)));
        } catch (RuntimeException e) {
            LOG.warn("device {}: {} failed inside the simulator", context.device().name(), request.name(), e);
            return errors(List.of(JunosError.operationFailed(
                    "simulator failure in " + request.name() + ": " + e.getClass().getSimpleName())));
        }
    }

    /** The rpc-errors as a reply body. */
    public static String errors(List<JunosError> errors) {
        XmlWriter xml = new XmlWriter();
        errors.forEach(error -> error.writeTo(xml));
        return xml.toString();
    }

    private static String reply(Map<String, String> echoed, String body, RpcContext context) {
        XmlWriter xml = new XmlWriter().start("rpc-reply", NETCONF_NAMESPACE)
                .attribute("xmlns:junos", context.device().junosNamespace());
        echoed.forEach(xml::attribute);
        return xml.fragment(body).end().toString();
    }

    /** Junos copies the attributes of {@code <rpc>} (message-id first of all) onto the reply. */
    private static Map<String, String> echoedAttributes(Element rpc) {
        Map<String, String> echoed = new HashMap<>();
        NamedNodeMap attributes = rpc.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Attr attribute = (Attr) attributes.item(i);
            if (!attribute.getName().startsWith("xmlns")) {
                echoed.put(attribute.getName(), attribute.getValue());
            }
        }
        return echoed;
    }

    /** Collects handlers by RPC name; a name may be registered once. */
    public static final class Builder {
        private final Map<String, RpcHandler> handlers = new HashMap<>();

        private Builder() {
        }

        public Builder register(String rpcName, RpcHandler handler) {
            if (handlers.putIfAbsent(rpcName, handler) != null) {
                throw new IllegalStateException("two handlers for " + rpcName);
            }
            return this;
        }

        public RpcDispatcher build() {
            return new RpcDispatcher(handlers);
        }
    }
}
