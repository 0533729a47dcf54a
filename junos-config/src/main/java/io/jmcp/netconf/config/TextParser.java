package io.jmcp.netconf.config;

import io.jmcp.netconf.config.Lexer.Token;
import io.jmcp.netconf.config.Lexer.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Reads curly-brace configuration text ({@code show configuration}, {@code load merge terminal})
 * into a tree of statements, keeping the load operations the text carries ({@code replace:},
 * {@code delete:}, {@code active:}, ...) as node flags for the loader.
 */
final class TextParser {

    private static final Map<String, Integer> PREFIXES = Map.of(
            "inactive:", Node.INACTIVE,
            "active:", Node.ACTIVATE,
            "protect:", Node.PROTECT,
            "unprotect:", Node.UNPROTECT,
            "replace:", Node.REPLACE,
            "delete:", Node.DELETE);

    private final Lexer lexer;
    private final Object owner;
    private final Deque<Node> open = new ArrayDeque<>();
    private String annotation;

    private TextParser(String text, Object owner) {
        this.lexer = new Lexer(text);
        this.owner = owner;
    }

    static Node parse(String text, Object owner) {
        return new TextParser(text, owner).parseAll();
    }

    private Node parseAll() {
        Node root = Node.root(owner);
        open.push(root);
        Token token = lexer.next();
        Type previous = null;
        for (; !token.is(Type.END); previous = token.type(), token = lexer.next()) {
            switch (token.type()) {
                case ANNOTATION -> annotation = token.text();
                case CLOSE_BRACE -> close(token);
                case WORD -> statement(token);
                // Junos prints "login { /* OMITTED */ };" for a block hidden by apply-flags omit.
                case SEMICOLON -> {
                    if (previous != Type.CLOSE_BRACE) {
                        throw expectingStatement(token);
                    }
                }
                default -> throw expectingStatement(token);
            }
        }
        if (open.size() > 1) {
            Node unclosed = open.peek();
            throw new ConfigSyntaxException(token.line(), "syntax error, expecting '}'", Heads.text(unclosed));
        }
        return root;
    }

    private static ConfigSyntaxException expectingStatement(Token token) {
        return new ConfigSyntaxException(token.line(), "syntax error, expecting <statement> or <identifier>", token.text());
    }

    private void close(Token brace) {
        if (open.size() == 1) {
            throw new ConfigSyntaxException(brace.line(), "syntax error, unmatched '}'", "}");
        }
        open.pop();
        annotation = null;
    }

    private void statement(Token first) {
        int operations = 0;
        Token token = first;
        while (token.isWord() && !token.quoted() && PREFIXES.containsKey(token.text())) {
            operations |= PREFIXES.get(token.text());
            token = lexer.next();
        }
        List<Token> words = new ArrayList<>();
        while (token.isWord() || token.is(Type.OPEN_BRACKET) || token.is(Type.CLOSE_BRACKET) || token.is(Type.ANNOTATION)) {
            // a comment inside a statement ("host-name /* why */ r1;") annotates nothing: Junos ignores it
            if (!token.is(Type.ANNOTATION)) {
                words.add(token);
            }
            token = lexer.next();
        }
        if (words.isEmpty() || !(token.is(Type.SEMICOLON) || token.is(Type.OPEN_BRACE))) {
            throw new ConfigSyntaxException(token.line(), expectation(words),
                    words.isEmpty() ? token.shown() : Secrets.join(texts(words)));
        }
        boolean block = token.is(Type.OPEN_BRACE);
        boolean namesOnly = (operations & ~Node.REPLACE) != 0;
        PathWalker.Created created = PathWalker.create(open.peek(), open.size() - 1, words, block, namesOnly, owner);
        mark(created.head(), operations);
        if (block) {
            openBlock(created, token);
        }
    }

    /** Set lines pasted as text are a common slip: say so rather than only what is missing. */
    private String expectation(List<Token> words) {
        boolean command = open.size() == 1 && !words.isEmpty() && SetCommand.VERBS.contains(words.get(0).text());
        return command ? "syntax error, expecting ';' or '{' (set lines load with format set)"
                : "syntax error, expecting ';' or '{'";
    }

    private void mark(Node head, int operations) {
        head.setFlag(operations, true);
        if (annotation != null) {
            head.setAnnotation(annotation);
            annotation = null;
        }
    }

    private void openBlock(PathWalker.Created created, Token brace) {
        if (created.last() == null || created.addressed().spec.endsStatement()) {
            throw new ConfigSyntaxException(brace.line(), "syntax error, expecting ';'",
                    Heads.text(created.addressed()));
        }
        open.push(created.last());
    }

    private static List<String> texts(List<Token> words) {
        return words.stream().map(Token::text).toList();
    }
}
