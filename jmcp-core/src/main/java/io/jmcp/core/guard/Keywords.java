package io.jmcp.core.guard;

import java.util.regex.Pattern;

/**
 * Junos accepts any unambiguous prefix of a keyword ({@code req sys reb} is {@code request
 * system reboot}), so a pattern word that is a plain keyword must also match its prefixes. An
 * ambiguous prefix is over-blocked, which Junos would refuse anyway.
 */
final class Keywords {
    private static final Pattern KEYWORD = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private Keywords() {
    }

    /** Whether a pattern word is a plain keyword, as opposed to a regex or a value such as ge-0/0/0. */
    static boolean isKeyword(String token) {
        return KEYWORD.matcher(token).matches();
    }

    /** A regex matching {@code keyword} and each of its non-empty prefixes, longest first. */
    static String withPrefixes(String keyword) {
        StringBuilder alternatives = new StringBuilder("(?:");
        for (int length = keyword.length(); length > 0; length--) {
            alternatives.append(keyword, 0, length).append(length > 1 ? "|" : ")");
        }
        return alternatives.toString();
    }

    /** Whether {@code word} is {@code keyword} or a prefix of it, case ignored. */
    static boolean abbreviates(String word, String keyword) {
        return !word.isEmpty() && keyword.regionMatches(true, 0, word, 0, word.length());
    }
}
