package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.RpcError;
import jakarta.xml.bind.annotation.XmlAnyElement;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/** One NETCONF {@code <rpc-error>} (RFC 6241 section 4.3), as Junos sends it. */
@XmlRootElement(name = "rpc-error")
final class RpcErrorElement {
    @XmlElement(name = "error-type")
    private String type;
    @XmlElement(name = "error-tag")
    private String tag;
    @XmlElement(name = "error-severity")
    private String severity;
    @XmlElement(name = "error-path")
    private String path;
    @XmlElement(name = "error-message")
    private String message;
    @XmlElement(name = "error-info")
    private ErrorInfo info;

    RpcError toRpcError() {
        return new RpcError(severityOf(severity), Text.orNull(type), Text.orNull(tag), Text.orNull(path),
                Text.orNull(message), info == null ? null : info.text());
    }

    /** Anything but an explicit warning is an error: an unreadable severity must not pass. */
    private static RpcError.Severity severityOf(String severity) {
        return "warning".equalsIgnoreCase(severity) ? RpcError.Severity.WARNING : RpcError.Severity.ERROR;
    }

    /** {@code <error-info>}: protocol-defined children such as bad-element or session-id. */
    static final class ErrorInfo {
        @XmlAnyElement
        private List<Element> details = new ArrayList<>();

        String text() {
            return Text.orNull(details.stream()
                    .map(Element::getTextContent)
                    .filter(Objects::nonNull)
                    .map(String::strip)
                    .filter(detail -> !detail.isEmpty())
                    .collect(Collectors.joining(", ")));
        }
    }
}
