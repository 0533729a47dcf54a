package io.jmcp.netconf.config;

/**
 * Splits Junos configuration text into tokens: words (bare or quoted), {@code { } ; [ ]} and
 * {@code /* ... *}{@code /} annotations. {@code #} comments are dropped. Tracks lines for errors.
 */
final class Lexer {

    enum Type { WORD, OPEN_BRACE, CLOSE_BRACE, SEMICOLON, OPEN_BRACKET, CLOSE_BRACKET, ANNOTATION, END }

    /**
     * @param quoted whether the word was written in double quotes (so it is never punctuation)
     */
    record Token(Type type, String text, boolean quoted, int line) {
        boolean is(Type expected) {
            return type == expected;
        }

        boolean isWord() {
            return type == Type.WORD;
        }

        /** How the token reads in an error message. */
        String shown() {
            return type == Type.END ? "end of input" : text;
        }
    }

    private final String source;
    private int position;
    private int line;
    /** The line of the last token, which is where "end of input" is reported. */
    private int lastTokenLine;
    private boolean inValueList;

    Lexer(String source) {
        this(source, 1);
    }

    /** A lexer for a fragment that starts at {@code firstLine} of a larger payload (one set line). */
    Lexer(String source, int firstLine) {
        this.source = source;
        this.line = firstLine;
        this.lastTokenLine = firstLine;
    }

    Token next() {
        skipBlanksAndComments();
        if (position >= source.length()) {
            return new Token(Type.END, "", false, lastTokenLine);
        }
        lastTokenLine = line;
        char c = source.charAt(position);
        return switch (c) {
            case '{' -> punctuation(Type.OPEN_BRACE, "{");
            case '}' -> punctuation(Type.CLOSE_BRACE, "}");
            case ';' -> punctuation(Type.SEMICOLON, ";");
            case '[' -> openValueList();
            case ']' -> closeValueList();
            case '"' -> quoted();
            case '/' -> startsWith("/*") ? annotation() : word();
            default -> word();
        };
    }

    private void skipBlanksAndComments() {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (c == '\n') {
                line++;
                position++;
            } else if (Character.isWhitespace(c)) {
                position++;
            } else if (c == '#') {
                skipToEndOfLine();
            } else {
                return;
            }
        }
    }

    private void skipToEndOfLine() {
        while (position < source.length() && source.charAt(position) != '\n') {
            position++;
        }
    }

    private Token punctuation(Type type, String text) {
        position++;
        return new Token(type, text, false, line);
    }

    private Token openValueList() {
        inValueList = true;
        return punctuation(Type.OPEN_BRACKET, "[");
    }

    private Token closeValueList() {
        inValueList = false;
        return punctuation(Type.CLOSE_BRACKET, "]");
    }

    private boolean startsWith(String prefix) {
        return source.startsWith(prefix, position);
    }

    private Token annotation() {
        int startLine = line;
        int end = source.indexOf("*/", position + 2);
        if (end < 0) {
            throw new ConfigSyntaxException(startLine, "syntax error, unterminated comment", "/*");
        }
        String text = source.substring(position + 2, end);
        checkCharacters(text, startLine);
        line += count(text, '\n');
        position = end + 2;
        return new Token(Type.ANNOTATION, text.strip(), false, startLine);
    }

    /** A quoted word ends on its line: values never hold line breaks, which set lines could not carry. */
    private Token quoted() {
        int startLine = line;
        StringBuilder text = new StringBuilder();
        position++;
        while (position < source.length()) {
            char c = source.charAt(position++);
            if (c == '"') {
                return new Token(Type.WORD, text.toString(), true, startLine);
            }
            if (c == '\\' && position < source.length()) {
                char escaped = source.charAt(position++);
                if (escaped != '"' && escaped != '\\') {
                    text.append('\\');
                }
                c = escaped;
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            checkCharacter(c, line);
            text.append(c);
        }
        throw new ConfigSyntaxException(startLine, "syntax error, missing closing quote", null);
    }

    private Token word() {
        int start = position;
        while (position < source.length() && !endsWord(source.charAt(position))) {
            checkCharacter(source.charAt(position), line);
            position++;
        }
        return new Token(Type.WORD, source.substring(start, position), false, line);
    }

    private boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '{' || c == '}' || c == ';' || c == '"'
                || (c == ']' && inValueList);
    }

    private static void checkCharacters(String text, int line) {
        for (int i = 0; i < text.length(); i++) {
            checkCharacter(text.charAt(i), line);
        }
    }

    /** Control characters cannot be written back in XML or text, so they are refused on the way in. */
    private static void checkCharacter(char c, int line) {
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
            throw new ConfigSyntaxException(line,
                    "syntax error, invalid character U+" + String.format("%04X", (int) c), null);
        }
    }

    private static int count(String text, char wanted) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == wanted) {
                count++;
            }
        }
        return count;
    }
}
