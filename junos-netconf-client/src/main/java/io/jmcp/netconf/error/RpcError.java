package io.jmcp.netconf.error;

/**
 * One {@code <rpc-error>} of a reply, as the device sent it.
 *
 * @param severity {@code error} or {@code warning}
 * @param type     error-type (transport, rpc, protocol, application), or null
 * @param tag      error-tag (e.g. {@code operation-failed}, {@code lock-denied}), or null
 * @param path     error-path, or null
 * @param message  error-message, trimmed, or null
 * @param info     the text of error-info's children (e.g. bad-element), or null
 */
public record RpcError(Severity severity, String type, String tag, String path, String message, String info) {

    public enum Severity {
        ERROR, WARNING
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** A one-line description for logs and users, e.g. {@code error: syntax error (path: [edit])}. */
    public String describe() {
        StringBuilder text = new StringBuilder(severity.name().toLowerCase()).append(": ");
        text.append(message != null ? message : tag != null ? tag : "unspecified rpc-error");
        if (info != null) {
            text.append(" [").append(info).append(']');
        }
        if (path != null) {
            text.append(" (path: ").append(path).append(')');
        }
        return text.toString();
    }
}
