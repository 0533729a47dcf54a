package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.RpcError;
import javax.xml.stream.XMLStreamException;

/**
 * Knows the three shapes in which Junos reports a failure, wherever they sit in a reply: the
 * NETCONF {@code <rpc-error>}; {@code <xnm:error>} / {@code <xnm:warning>} in the xnm namespace
 * (inside commit-results, load-configuration-results or at top level); and a bare {@code
 * <error>text</error>} directly under {@code <rpc-reply>}. A data element that merely happens to
 * be called "error" is none of these.
 */
final class ErrorElements {
    private static final String XNM_NAMESPACE = "http://xml.juniper.net/xnm/";
    private static final int MAX_BARE_ERROR_TEXT = 4096;

    private ErrorElements() {
    }

    static boolean isAt(ReplyWalker walker) {
        String name = walker.localName();
        return name.equals("rpc-error") || isXnm(walker) || isBareError(walker);
    }

    /** Reads the error the walker stands on (see {@link #isAt}) and consumes it. */
    static RpcError read(ReplyWalker walker) throws XMLStreamException {
        if (walker.localName().equals("rpc-error")) {
            return walker.bind(RpcErrorElement.class).toRpcError();
        }
        if (isXnm(walker)) {
            RpcError.Severity severity = walker.localName().equals("warning")
                    ? RpcError.Severity.WARNING
                    : RpcError.Severity.ERROR;
            return walker.bind(XnmMessage.class).toRpcError(severity);
        }
        return new RpcError(RpcError.Severity.ERROR, null, null, null, Text.orNull(walker.readText(MAX_BARE_ERROR_TEXT)), null);
    }

    private static boolean isXnm(ReplyWalker walker) {
        String name = walker.localName();
        String namespace = walker.namespaceUri();
        return (name.equals("error") || name.equals("warning"))
                && namespace != null && namespace.startsWith(XNM_NAMESPACE);
    }

    private static boolean isBareError(ReplyWalker walker) {
        return walker.localName().equals("error") && walker.depth() == 1 && "rpc-reply".equals(walker.parentName());
    }
}
