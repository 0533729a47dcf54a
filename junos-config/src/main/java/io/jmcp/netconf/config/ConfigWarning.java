package io.jmcp.netconf.config;

/**
 * Something a load did not do but did not fail for, as Junos reports it with a warning
 * (e.g. deleting a statement that is not there: {@code statement not found}).
 *
 * @param line    1-based line of the payload, or 0 when not tied to a line
 * @param path    the hierarchy level, Junos style: {@code [edit system]}
 * @param element the statement concerned, e.g. {@code host-name}
 * @param message Junos's message, e.g. {@code statement not found}
 */
public record ConfigWarning(int line, String path, String element, String message) {

    /** One line for users and logs: {@code warning: statement not found: [edit system] host-name (line 2)}. */
    public String describe() {
        StringBuilder text = new StringBuilder("warning: ").append(message).append(": ").append(path);
        if (element != null && !element.isEmpty()) {
            text.append(' ').append(element);
        }
        if (line > 0) {
            text.append(" (line ").append(line).append(')');
        }
        return text.toString();
    }
}
