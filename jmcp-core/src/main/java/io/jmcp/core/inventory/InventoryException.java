package io.jmcp.core.inventory;

import java.util.List;

/**
 * A devices file, a device or a device operation that cannot be accepted. Carries every problem
 * found, each naming the device and field, so a user fixes a file in one pass.
 */
public class InventoryException extends RuntimeException {
    private final List<String> problems;

    /**
     * @param context  what was being read, e.g. "Invalid devices file /etc/jmcp/devices.json"
     * @param problems one line each, e.g. {@code device 'r1': field 'port' must be an integer 1-65535, got "22a"}
     */
    public InventoryException(String context, List<String> problems) {
        super(format(context, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an InventoryException needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** One problem with no surrounding context; the message is the problem itself. */
    public static InventoryException of(String problem) {
        return new InventoryException(null, List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }

    private static String format(String context, List<String> problems) {
        if (context == null && problems.size() == 1) {
            return problems.get(0);
        }
        StringBuilder message = new StringBuilder(context == null ? "Invalid inventory" : context)
                .append(" (").append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        problems.forEach(problem -> message.append("\n  - ").append(problem));
        return message.toString();
    }
}
