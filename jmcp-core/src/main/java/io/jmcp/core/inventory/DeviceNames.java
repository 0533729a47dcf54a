package io.jmcp.core.inventory;

import java.util.Optional;

/** The rules for device names, and how a name is shown in messages. */
final class DeviceNames {
    static final int MAX_LENGTH = 50;

    private DeviceNames() {
    }

    /** {@code device 'r1'}, with control characters escaped so a message cannot garble a terminal. */
    static String label(String name) {
        return "device '" + printable(name) + "'";
    }

    static Optional<String> problem(String name) {
        int length = name.codePointCount(0, name.length());
        if (length == 0 || length > MAX_LENGTH) {
            return Optional.of("device name '" + printable(name) + "' must be 1-" + MAX_LENGTH
                    + " characters, got " + length);
        }
        if (name.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c))) {
            return Optional.of("device name '" + printable(name)
                    + "' must not contain whitespace or control characters");
        }
        return Optional.empty();
    }

    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
