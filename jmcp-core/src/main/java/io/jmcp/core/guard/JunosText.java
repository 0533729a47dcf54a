package io.jmcp.core.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * How the guardrails read commands and configuration lines: Junos words separated by any
 * whitespace (Unicode included), double-quoted strings as single words, {@code |} between
 * command and pipe filters.
 */
final class JunosText {
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\p{Z}]+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private JunosText() {
    }

    /** The seed's normalisation: words split at whitespace, joined with single spaces. */
    static String normalize(String text) {
        return String.join(" ", words(text));
    }

    /** The seed's words: split at whitespace, quotes left as they are. */
    static List<String> words(String text) {
        String trimmed = WHITESPACE.matcher(text).replaceAll(" ").strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split(" "));
    }

    static List<String> lines(String text) {
        return List.of(LINE_BREAK.split(text));
    }

    /**
     * Words as Junos reads them: a double-quoted string (backslash escapes honoured) is one word
     * without its quotes, so {@code "authentication"} reads as {@code authentication}.
     */
    static List<String> unquotedWords(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < text.length()) {
                    word.append(text.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    word.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                inWord = true;
            } else if (isWhitespace(c)) {
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

    /** The parts of a command line between {@code |} characters outside quotes. */
    static List<String> pipeSegments(String command) {
        List<String> segments = new ArrayList<>();
        int start = 0;
        boolean quoted = false;
        for (int i = 0; i < command.length(); i++) {
            char c = command.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '|' && !quoted) {
                segments.add(command.substring(start, i));
                start = i + 1;
            }
        }
        segments.add(command.substring(start));
        return segments;
    }

    private static boolean isWhitespace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
