package io.jmcp.core.guard;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A block.cfg pattern, matched word by word as in the seed: each pattern word is a regex that
 * must match the whole corresponding word of the configuration line, and the line may go on
 * ({@code set system root-authentication} blocks
 * {@code set system root-authentication encrypted-password "..."}).
 *
 * <p>Beyond the seed, keywords match their abbreviations, and a pattern starting with the
 * keyword {@code set} guards its configuration path against every change, not only {@code set}:
 * <ul>
 *   <li>{@code delete} and {@code deactivate} lines are blocked at or below the path, as
 *       {@code set} lines are (deleting a whole user account stays allowed);</li>
 *   <li>lines that can bring configuration into the path ({@code activate}, {@code copy},
 *       {@code rename}, {@code insert}, any other statement) are blocked when the path they name
 *       is at, below or above it: {@code copy system login user admin to user x} would copy
 *       admin's authentication;</li>
 *   <li>{@code activate} lines are left to the judgement of the change's effect
 *       ({@link Guardrails#checkChange}): activating restores what the router's owner configured.</li>
 * </ul>
 * A configuration word is a Junos word: a quoted value with spaces, escapes or Unicode is one word.
 */
final class ConfigRule {
    /** Where the path of {@code copy}/{@code rename ... to}, {@code insert ... before|after} ends. */
    private static final Set<String> PATH_ENDS = Set.of("to", "before", "after");
    /** Verbs that only take configuration away. */
    private static final List<String> REMOVALS = List.of("delete", "deactivate");
    /** Whitespace inside one Junos word (a quoted value), shown to pattern words as a visible space. */
    private static final Pattern INNER_SPACE = Pattern.compile("[\\s\\p{Z}]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final String VISIBLE_SPACE = "\u2423";

    private final BlockPattern source;
    private final List<Pattern> words;
    private final boolean guardsPath;

    private ConfigRule(BlockPattern source, List<Pattern> words, boolean guardsPath) {
        this.source = source;
        this.words = words;
        this.guardsPath = guardsPath;
    }

    /** @throws BlockListException when a word of the pattern is not a valid regex */
    static ConfigRule compile(BlockPattern source) {
        List<String> tokens = PatternTokens.split(source.regex());
        List<Pattern> words = tokens.stream()
                .map(token -> RegexCompiler.compile(Keywords.isKeyword(token) ? Keywords.withPrefixes(token) : token,
                        source))
                .toList();
        return new ConfigRule(source, words, tokens.get(0).equalsIgnoreCase("set"));
    }

    BlockPattern source() {
        return source;
    }

    /** @param line the words of one configuration line, verb first */
    boolean matches(List<String> line) {
        if (line.isEmpty()) {
            return false;
        }
        boolean sameVerb = wordMatches(0, line.get(0));
        boolean atOrBelow = line.size() >= words.size() && matchFrom(1, line, words.size());
        if (sameVerb || !guardsPath) {
            return sameVerb && atOrBelow;
        }
        if (isRemoval(line.get(0))) {
            return atOrBelow;
        }
        if (Keywords.abbreviates(line.get(0), "activate")) {
            // Activation only restores what was configured: its effect is judged on the router's
            // configuration (Guardrails#checkChange), so that undoing a deactivation stays possible.
            return false;
        }
        List<String> path = pathOf(line);
        return matchFrom(1, path, Math.min(path.size(), words.size()));
    }

    /** {@code delete}, {@code deactivate} or an abbreviation of them. */
    private static boolean isRemoval(String verb) {
        return REMOVALS.stream().anyMatch(removal -> Keywords.abbreviates(verb, removal));
    }

    /** {@code line} against the pattern words, both from {@code first}, up to {@code end}. */
    private boolean matchFrom(int first, List<String> line, int end) {
        for (int i = first; i < end; i++) {
            if (!wordMatches(i, line.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether pattern word {@code index} matches a Junos word. A quoted value with spaces is one
     * word, so {@code [^ ]+} (the seed's "any word") must match {@code "ops admin"}: the word is
     * also tried with its inner whitespace shown as U+2423.
     */
    private boolean wordMatches(int index, String word) {
        Pattern pattern = words.get(index);
        return pattern.matcher(word).matches()
                || pattern.matcher(INNER_SPACE.matcher(word).replaceAll(VISIBLE_SPACE)).matches();
    }

    /** Whether this rule guards a configuration path (a pattern starting with {@code set}). */
    boolean guardsPath() {
        return guardsPath;
    }

    /** The verb and the configuration path a non-set line names, without a copy/rename/insert target. */
    private static List<String> pathOf(List<String> line) {
        for (int i = 1; i < line.size(); i++) {
            if (PATH_ENDS.contains(line.get(i).toLowerCase())) {
                return line.subList(0, i);
            }
        }
        return line;
    }
}
