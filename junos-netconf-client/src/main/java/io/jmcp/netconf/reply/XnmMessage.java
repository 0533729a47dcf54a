package io.jmcp.netconf.reply;

import io.jmcp.netconf.error.RpcError;
import jakarta.xml.bind.annotation.XmlElement;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Junos {@code <xnm:error>} or {@code <xnm:warning>}: the form Junos uses inside
 * commit-results and for daemon messages, with the configuration statement at fault.
 */
final class XnmMessage {
    @XmlElement(name = "line-number")
    private String lineNumber;
    @XmlElement(name = "token")
    private String token;
    @XmlElement(name = "edit-path")
    private String editPath;
    @XmlElement(name = "statement")
    private String statement;
    @XmlElement(name = "message")
    private String message;

    RpcError toRpcError(RpcError.Severity severity) {
        return new RpcError(severity, null, null, Text.orNull(editPath), Text.orNull(message), where());
    }

    /** The statement at fault and where it was, e.g. {@code unit 2} or {@code 'foo', line 3}. */
    private String where() {
        return Text.orNull(Stream.of(
                        Text.orNull(statement),
                        Text.orNull(token) == null ? null : "'" + token + "'",
                        Text.orNull(lineNumber) == null ? null : "line " + lineNumber)
                .filter(Objects::nonNull)
                .collect(Collectors.joining(", ")));
    }
}
