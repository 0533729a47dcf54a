package io.jmcp.simulator.internal.cli;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Junos CLI abbreviation: a word stands for the keyword it equals, or the only keyword it begins. */
public final class Keywords {

    private Keywords() {
    }

    /**
     * @return the keyword {@code word} selects, or empty when it selects none
     * @throws CliSyntaxException when {@code word} is the beginning of several keywords
     */
    public static Optional<String> match(String word, Collection<String> keywords) {
        if (keywords.contains(word)) {
            return Optional.of(word);
        }
        List<String> candidates = keywords.stream().filter(keyword -> keyword.startsWith(word)).toList();
        if (candidates.size() > 1) {
            throw new CliSyntaxException(word);
        }
        return candidates.stream().findFirst();
    }
}
