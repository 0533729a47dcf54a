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
        int start = 0;
        for (int line = 1; start <= payload.length(); line++) {
            int end = lineEnd(payload, start);
            List<Token> tokens = PathWalker.tokenize(withoutCarriageReturn(payload, start, end), line);
            if (!tokens.isEmpty()) {
                commands.add(of(tokens, line));
            }
            start = end + 1;
        }
        return commands;
    }

    /** Where the line starting at {@code start} ends: its line feed, or the end of the payload. */
    private static int lineEnd(String payload, int start) {
        int feed = payload.indexOf('\n', start);
        return feed < 0 ? payload.length() : feed;
    }

    /**
     * The line's text, without the carriage return of a CRLF line ending. Scanning by hand rather
     * than with {@code split("\\r?\\n")}: the regular expression took a quarter of the time to
     * read a large set payload.
     */
    private static String withoutCarriageReturn(String payload, int start, int end) {
        boolean crlf = end < payload.length() && end > start && payload.charAt(end - 1) == '\r';
        return payload.substring(start, crlf ? end - 1 : end);
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
