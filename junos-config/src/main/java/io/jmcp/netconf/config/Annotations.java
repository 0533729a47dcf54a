package io.jmcp.netconf.config;

/** Annotations ({@code /* ... *}{@code /} comments Junos keeps with a statement) as XML and JSON carry them. */
final class Annotations {

    private Annotations() {
    }

    /** The text of {@code /* text *}{@code /}; refused when it would end the comment early in text form. */
    static String read(String comment, int line) {
        String text = comment.strip();
        if (text.startsWith("/*") && text.endsWith("*/") && text.length() >= 4) {
            text = text.substring(2, text.length() - 2).strip();
        }
        if (text.contains("*/")) {
            throw new ConfigSyntaxException(line, "syntax error, a comment cannot contain '*/'", null);
        }
        return text;
    }
}
