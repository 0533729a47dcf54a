package io.jmcp.netconf.reply;

/** Small text helpers shared by the bindings. */
final class Text {
    private Text() {
    }

    /** Null for absent or blank text, else the text stripped. */
    static String orNull(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
