package io.jmcp.schemagen;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the statement grammar of YANG (RFC 7950 section 6): keywords, unquoted, single- and
 * double-quoted arguments joined by {@code +}, comments, and nested blocks. The grammar is small
 * and the generator is a build tool, so this parser is ours rather than a YANG library's: it
 * reads statements only and leaves their meaning to {@link FamilySchemaBuilder}.
 *
 * <p>Juniper's files escape a single quote inside double quotes as {@code \'}; RFC 7950 does not
 * define that escape, so it is read as the quote Junos means. Other unknown escapes
 * ({@code \*} in regular expressions) keep their backslash.
 */
final class YangParser {

    private final String text;
    private final String source;
    private int position;
    private int line = 1;

    private YangParser(String text, String source) {
        this.text = text;
        this.source = source;
    }

    /** The single top-level statement of a module file ({@code module x { ... }}). */
    static YangStatement parseModule(String text, String source) {
        YangParser parser = new YangParser(text, source);
        List<YangStatement> top = parser.statements(false);
        if (top.size() != 1) {
            throw new YangSyntaxException(source + ": expected one module statement, found " + top.size());
        }
        return top.get(0);
    }

    private List<YangStatement> statements(boolean inBlock) {
        List<YangStatement> statements = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (position >= text.length()) {
                if (inBlock) {
                    throw error("unexpected end of file inside a block");
                }
                return statements;
            }
            if (text.charAt(position) == '}') {
                if (!inBlock) {
                    throw error("unbalanced '}'");
                }
                position++;
                return statements;
            }
            statements.add(statement());
        }
    }

    private YangStatement statement() {
        int startLine = line;
        String keyword = unquoted();
        if (keyword.isEmpty()) {
            throw error("expected a keyword");
        }
        skipSpaceAndComments();
        String argument = null;
        if (position < text.length() && text.charAt(position) != ';' && text.charAt(position) != '{') {
            argument = argument();
            skipSpaceAndComments();
        }
        if (position >= text.length()) {
            throw error("statement '" + keyword + "' is not terminated");
        }
        char end = text.charAt(position++);
        if (end == ';') {
            return new YangStatement(keyword, argument, List.of(), startLine);
        }
        if (end == '{') {
            return new YangStatement(keyword, argument, List.copyOf(statements(true)), startLine);
        }
        throw error("expected ';' or '{' after '" + keyword + "'");
    }

    private String argument() {
        char first = text.charAt(position);
        if (first != '"' && first != '\'') {
            return unquoted();
        }
        StringBuilder value = new StringBuilder();
        while (true) {
            value.append(quoted());
            int save = position;
            int saveLine = line;
            skipSpaceAndComments();
            if (position < text.length() && text.charAt(position) == '+') {
                position++;
                skipSpaceAndComments();
                continue;
            }
            position = save;
            line = saveLine;
            return value.toString();
        }
    }

    private String quoted() {
        char quote = text.charAt(position++);
        StringBuilder value = new StringBuilder();
        while (position < text.length()) {
            char c = text.charAt(position++);
            if (c == '\n') {
                line++;
            }
            if (c == quote) {
                return value.toString();
            }
            if (c == '\\' && quote == '"' && position < text.length()) {
                value.append(escaped(text.charAt(position++)));
            } else {
                value.append(c);
            }
        }
        throw error("unterminated string");
    }

    private static String escaped(char c) {
        return switch (c) {
            case 'n' -> "\n";
            case 't' -> "\t";
            case '"', '\\', '\'' -> String.valueOf(c);
            default -> "\\" + c;
        };
    }

    private String unquoted() {
        int start = position;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (Character.isWhitespace(c) || c == ';' || c == '{' || c == '}' || c == '"' || c == '\'') {
                break;
            }
            position++;
        }
        return text.substring(start, position);
    }

    private void skipSpaceAndComments() {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '\n') {
                line++;
                position++;
            } else if (Character.isWhitespace(c)) {
                position++;
            } else if (text.startsWith("//", position)) {
                int end = text.indexOf('\n', position);
                position = end < 0 ? text.length() : end;
            } else if (text.startsWith("/*", position)) {
                int end = text.indexOf("*/", position + 2);
                if (end < 0) {
                    throw error("unterminated comment");
                }
                line += countLines(position, end);
                position = end + 2;
            } else {
                return;
            }
        }
    }

    private int countLines(int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                count++;
            }
        }
        return count;
    }

    private YangSyntaxException error(String message) {
        return new YangSyntaxException(source + ":" + line + ": " + message);
    }
}
