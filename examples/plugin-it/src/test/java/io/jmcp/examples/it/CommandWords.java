package io.jmcp.examples.it;

import java.util.List;
import java.util.Optional;

/** A command line split into words as bash splits it, with its options looked up by name. */
record CommandWords(List<String> words) {

    CommandWords {
        words = List.copyOf(words);
    }

    static CommandWords of(String command) {
        return new CommandWords(Bash.words(command));
    }

    boolean has(String word) {
        return words.contains(word);
    }

    /** The word after {@code word}, if {@code word} is there and something follows it. */
    Optional<String> after(String word) {
        int index = words.indexOf(word);
        return index >= 0 && index + 1 < words.size() ? Optional.of(words.get(index + 1)) : Optional.empty();
    }

    /** The value of the first of {@code names} present, given as {@code -x value} or {@code --xx=value}. */
    Optional<String> option(String... names) {
        for (String word : words) {
            for (String name : names) {
                if (word.startsWith(name + "=")) {
                    return Optional.of(word.substring(name.length() + 1));
                }
            }
        }
        for (String name : names) {
            Optional<String> value = after(name);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return String.join(" ", words);
    }
}
