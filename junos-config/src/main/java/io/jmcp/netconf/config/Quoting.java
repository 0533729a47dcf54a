package io.jmcp.netconf.config;

/** Writes words the way Junos prints them: bare when safe, else in double quotes with escapes. */
final class Quoting {

    private Quoting() {
    }

    /** {@code ge-0/0/0}, {@code *}, {@code <ge-*>}, {@code 10.0.0.0/8} stay bare; {@code "a b"}, {@code "$1$x"} are quoted. */
    static String word(String value) {
        return needsQuotes(value) ? quote(value) : value;
    }

    private static boolean needsQuotes(String value) {
        if (value.isEmpty()) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            if (!isBare(value.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBare(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ".:/_-*@+,%<>".indexOf(c) >= 0;
    }

    /**
     * Escapes quotes, and backslashes only where the lexer would read them as escapes, so that
     * sequences such as {@code \n} in a banner stay exactly as the user wrote them.
     */
    private static String quote(String value) {
        StringBuilder text = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                text.append("\\\"");
            } else if (c == '\\' && (i + 1 == value.length() || "\"\\".indexOf(value.charAt(i + 1)) >= 0)) {
                text.append("\\\\");
            } else {
                text.append(c);
            }
        }
        return text.append('"').toString();
    }
}
