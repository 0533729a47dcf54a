package io.jmcp.core.guard;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A block.cmd pattern. As in the seed it matches a whitespace-normalised command from its
 * start ({@code request system reboot} blocks {@code request system reboot in 5}); beyond the
 * seed, its keywords also match their abbreviations.
 */
final class CommandRule {
    private final BlockPattern source;
    private final Pattern asWritten;
    private final Pattern abbreviated;

    private CommandRule(BlockPattern source, Pattern asWritten, Pattern abbreviated) {
        this.source = source;
        this.asWritten = asWritten;
        this.abbreviated = abbreviated;
    }

    /** @throws BlockListException when the pattern is not a valid regex */
    static CommandRule compile(BlockPattern source) {
        Pattern asWritten = RegexCompiler.compile(source.regex(), source);
        String abbreviable = PatternTokens.split(source.regex()).stream()
                .map(token -> Keywords.isKeyword(token) ? Keywords.withPrefixes(token) + "(?=\\s|$)" : token)
                .collect(Collectors.joining(" "));
        return new CommandRule(source, asWritten, RegexCompiler.compile(abbreviable, source));
    }

    BlockPattern source() {
        return source;
    }

    /** @param command a command form with single spaces between words */
    boolean matches(String command) {
        return asWritten.matcher(command).lookingAt() || abbreviated.matcher(command).lookingAt();
    }
}
