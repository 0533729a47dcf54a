package io.jmcp.netconf.config;

import io.jmcp.netconf.config.Lexer.Token;
import io.jmcp.netconf.config.Lexer.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One configuration-mode command of a {@code load set} payload: {@code set}, {@code delete},
 * {@code activate}, {@code deactivate}, {@code protect}, {@code unprotect} or {@code insert},
 * with the words of its path.
 *
 * @param line 1-based line of the payload
 */
record SetCommand(String verb, List<Token> words, int line) {

    static final Set<String> VERBS = Set.of("set", "delete", "activate", "deactivate", "protect", "unprotect", "insert");

    /** Reads one command per line; blank lines and {@code #} comments are skipped. */
    static List<SetCommand> parseAll(String payload) {
        List<SetCommand> commands = new ArrayList<>();
        String[] lines = payload.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            List<Token> tokens = PathWalker.tokenize(lines[i], i + 1);
            if (!tokens.isEmpty()) {
                commands.add(of(tokens, i + 1));
            }
        }
        return commands;
    }

    private static SetCommand of(List<Token> tokens, int line) {
        Token verb = tokens.get(0);
        if (!verb.isWord() || verb.quoted() || !VERBS.contains(verb.text())) {
            throw new ConfigSyntaxException(line, "unknown command", verb.text());
        }
        List<Token> words = tokens.subList(1, tokens.size());
        if (words.isEmpty() && !verb.text().equals("delete")) {
            throw new ConfigSyntaxException(line, "syntax error, expecting <statement> or <identifier>", verb.text());
        }
        return new SetCommand(verb.text(), List.copyOf(words), line);
    }

    /** The command written back canonically: single spaces, words quoted only where Junos quotes them. */
    String text() {
        StringBuilder text = new StringBuilder(verb);
        for (Token word : words) {
            text.append(' ').append(word.isWord() ? Quoting.word(word.text()) : word.text());
        }
        return text.toString();
    }

    /** For {@code insert}: where the {@code before}/{@code after} word splits moved statement from reference. */
    int insertSplit() {
        for (int i = words.size() - 2; i > 0; i--) {
            Token word = words.get(i);
            if (word.is(Type.WORD) && !word.quoted() && (word.text().equals("before") || word.text().equals("after"))) {
                return i;
            }
        }
        throw new ConfigSyntaxException(line, "syntax error, expecting 'before' or 'after'", verb);
    }
}
