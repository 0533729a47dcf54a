package io.jmcp.core.guard;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a block pattern into the regexes of its words, as the seed does: at whitespace, except
 * inside a character class ({@code [^ ]+}) or after a backslash ({@code \ }).
 */
final class PatternTokens {
    private PatternTokens() {
    }

    static List<String> split(String pattern) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inCharacterClass = false;
        boolean escaped = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '[') {
                inCharacterClass = true;
            } else if (c == ']') {
                inCharacterClass = false;
            } else if (Character.isWhitespace(c) && !inCharacterClass) {
                if (current.length() > 0) {
                    tokens.add(current.toString());
                    current.setLength(0);
                }
                continue;
            }
            current.append(c);
        }
        if (current.length() > 0) {
            tokens.add(current.toString());
        }
        return tokens;
    }
}
