package io.jmcp.netconf.command;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a Junos CLI line (an operational command, or a {@code set} / {@code delete} statement)
 * into words as the Junos CLI reads them: words are separated by whitespace, a double-quoted
 * string is one word without its quotes, and inside quotes a backslash takes the next character
 * literally ({@code "to the \"core\""} reads as {@code to the "core"}).
 *
 * <p>Every Unicode whitespace or space character separates words, the no-break spaces included:
 * guardrails read commands with these words, so {@code show}+U+00A0+{@code configuration} must
 * not slip past a pattern for {@code show configuration} as one unknown word.
 */
public final class JunosWords {

    private JunosWords() {
    }

    /** The words of {@code line}; an unterminated quoted string runs to the end of the line. */
    public static List<String> split(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < line.length()) {
                    word.append(line.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                inWord = true;
            } else if (isSeparator(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
