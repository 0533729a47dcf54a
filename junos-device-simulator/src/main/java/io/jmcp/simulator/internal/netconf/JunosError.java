package io.jmcp.simulator.internal.netconf;

import io.jmcp.netconf.config.ConfigSyntaxException;
import io.jmcp.netconf.config.SchemaViolation;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.Map;

/**
 * One {@code <rpc-error>} as Junos writes it: type and tag (which Junos leaves out of some
 * errors, such as configuration syntax errors), severity, optional path, message, and error-info
 * children (such as {@code bad-element} or {@code session-id}).
 */
public record JunosError(String type, String tag, String severity, String path, String message,
                         Map<String, String> info) {

    public JunosError {
        info = Map.copyOf(info);
    }

    /** An RPC the device does not know: {@code syntax error} naming the element. */
    public static JunosError unknownRpc(String element) {
        return syntaxError(element);
    }

    /** A CLI command the device does not know, naming the first word it could not match. */
    public static JunosError unknownCommand(String word) {
        return new JunosError("protocol", "operation-failed", "error", null, "syntax error, expecting <command>",
                Map.of("bad-element", word));
    }

    /** A command whose words name a command but not its arguments: Junos's {@code syntax error} at the word. */
    public static JunosError syntaxError(String word) {
        return new JunosError("protocol", "operation-failed", "error", null, "syntax error", Map.of("bad-element", word));
    }

    /**
     * A configuration (or configuration path) that does not parse, as in
     * {@code load-configuration-results}: the message names the line, bad-element the word.
     */
    public static JunosError configSyntax(ConfigSyntaxException e) {
        return new JunosError(null, null, "error", null, e.getMessage(),
                e.badElement() == null ? Map.of() : Map.of("bad-element", e.badElement()));
    }

    /**
     * A loaded statement the device's schema refuses: {@code syntax error} naming the unknown
     * word, or the schema's pattern-message naming the statement, at its {@code [edit ...]} path.
     */
    public static JunosError schemaViolation(SchemaViolation violation) {
        return new JunosError("protocol", "operation-failed", "error", violation.path(), violation.message(),
                Map.of("bad-element", violation.badElement()));
    }

    public static JunosError operationFailed(String message) {
        return new JunosError("protocol", "operation-failed", "error", null, message, Map.of());
    }

    public static JunosError operationFailed(String path, String message) {
        return new JunosError("protocol", "operation-failed", "error", path, message, Map.of());
    }

    /** A load warning: the statement at {@code path} ({@code [edit system]}) was not there to change. */
    public static JunosError loadWarning(String path, String element, String message) {
        return new JunosError("protocol", "operation-failed", "warning", path, message,
                element == null || element.isEmpty() ? Map.of() : Map.of("bad-element", element));
    }

    /** Something worth knowing that does not fail the RPC. */
    public static JunosError warning(String message) {
        return new JunosError("protocol", "operation-failed", "warning", null, message, Map.of());
    }

    /** A required argument is missing or has a bad value. */
    public static JunosError invalidValue(String message) {
        return new JunosError("protocol", "invalid-value", "error", null, message, Map.of());
    }

    /** The configuration database (or the lock) is held by another session. */
    public static JunosError lockDenied(String message, int holderSessionId) {
        return new JunosError("protocol", "lock-denied", "error", null, message,
                Map.of("session-id", Integer.toString(holderSessionId)));
    }

    /** The request is not well-formed XML. */
    public static JunosError malformedMessage(String detail) {
        return new JunosError("rpc", "malformed-message", "error", null, detail, Map.of());
    }

    public void writeTo(XmlWriter xml) {
        xml.start("rpc-error");
        if (type != null) {
            xml.leaf("error-type", type);
        }
        if (tag != null) {
            xml.leaf("error-tag", tag);
        }
        xml.leaf("error-severity", severity);
        if (path != null) {
            xml.leaf("error-path", path);
        }
        xml.leaf("error-message", message);
        if (!info.isEmpty()) {
            xml.start("error-info");
            info.forEach(xml::leaf);
            xml.end();
        }
        xml.end();
    }
}
