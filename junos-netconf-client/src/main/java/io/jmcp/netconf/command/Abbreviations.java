package io.jmcp.netconf.command;

import java.util.List;
import java.util.NavigableSet;
import java.util.Optional;

/** Junos CLI abbreviation: a word stands for the keyword it equals, or the only keyword it begins. */
final class Abbreviations {

    private Abbreviations() {
    }

    /**
     * The keyword {@code word} selects among {@code keywords}, or empty when it selects none.
     *
     * @param context the line so far, for the message
     * @throws CommandSyntaxException when {@code word} begins several keywords
     */
    static Optional<String> match(String word, NavigableSet<String> keywords, String context) {
        if (keywords.contains(word)) {
            return Optional.of(word);
        }
        List<String> candidates = keywords.tailSet(word, false).stream()
                .takeWhile(keyword -> keyword.startsWith(word)).toList();
        if (candidates.size() > 1) {
            throw new CommandSyntaxException("'" + word + "' is ambiguous after '" + context + "': it begins "
                    + CommandSyntaxException.oneOf(candidates), word, false);
        }
        return candidates.stream().findFirst();
    }
}
