package io.jmcp.netconf.config;

import io.jmcp.netconf.config.Lexer.Token;
import io.jmcp.netconf.config.Lexer.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a statement path, the words of a set line or of one text statement
 * ({@code interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24}), with the hierarchy
 * knowledge: which word is a keyword, which are identifiers, which are values. It can create the
 * path in a tree, find it in a tree, or only describe it.
 *
 * <p>A word the schema does not know (a statement of another release) cannot say its shape, and a
 * set line even less than a text statement: {@code set a b} is {@code a b;} or {@code a { b; }}.
 * The rule: every word after an unknown word is below it, never a sibling of it (Junos's
 * {@code display set} prints one statement a line, so its own lines never chain siblings after a
 * statement). One last word is its value ({@code a b;}), and each other value is a statement of its
 * own, a repetition ({@code a b; a c;}), printed on its own line, element or array item in the order
 * written, with its own {@code inactive:} and annotation: that is what the set lines say (one per
 * value) and how Junos XML writes a repeated statement ({@code <a>b</a><a>c</a>}). A value list in
 * brackets ({@code a [ b c ];}) is a leaf-list, as Junos prints one. A later line that names
 * {@code a} alone ({@code a;}, {@code a { c; }}) or gives it words below ({@code a c d;}) shows a
 * block, and the repetitions become statements of that block ({@code a { b; c; }}): YANG names are
 * unique among siblings (RFC 7950, 6.2.1), so both lines name one schema node; a node written as a
 * block without identifier is a container, and a lone word after a container is one of its
 * children or its keyword-less value ({@code then accept;}, {@code junos:cli-feature "oneliner"} /
 * {@code "nokeyword"}), which Junos reads into that one container. XML and JSON follow the same
 * rule ({@link UnknownValues}). Whichever shape is guessed, the words are kept exactly, in every
 * format, and two guesses that print the same set lines are the same configuration
 * ({@link Node#equals}).
 */
final class PathWalker {

    /** Deeper paths are refused: no real configuration comes near, and renderers recurse. */
    static final int MAX_DEPTH = 64;

    /**
     * One statement named by the next words of a path.
     *
     * @param values     the value(s) of a leaf or leaf-list, or a positional value; null when none given
     * @param allEntries the path names a list without identifiers: every entry of it
     */
    record Step(Spec spec, String keyword, String[] keys, String[] values, boolean allEntries) {
        /** The words of this step, for messages: {@code unit 5}, {@code host-name r1}. */
        String words() {
            List<String> words = new ArrayList<>();
            if (keyword != null) {
                words.add(keyword);
            }
            if (keys != null) {
                words.addAll(Arrays.asList(keys));
            }
            if (values != null) {
                words.addAll(Arrays.asList(values));
            }
            return Secrets.join(words);
        }
    }

    /**
     * Where a created path ended.
     *
     * @param head      the statement a text prefix ({@code inactive:}) applies to
     * @param last      the last container or entry stepped into, where a block's children go
     * @param addressed the last statement named, leaf included
     */
    record Created(Node head, Node last, Node addressed) {
    }

    /** What a path names in an existing tree. */
    sealed interface Lookup permits Found, AllEntries, Missing {
    }

    /** The statement at {@code path} (child indexes from the start), with the values the path gave. */
    record Found(int[] path, String[] values) implements Lookup {
    }

    /** Every entry of the list {@code keyword} under the statement at {@code parentPath}. */
    record AllEntries(int[] parentPath, String keyword, Spec spec) implements Lookup {
    }

    /** The path leaves the tree under the statement at {@code parentPath}, at {@code statement}. */
    record Missing(int[] parentPath, String statement) implements Lookup {
    }

    private final List<Token> words;
    private final boolean blockFollows;
    /** Leaves may come without values: the path names a statement rather than sets it. */
    private final boolean valuesOptional;
    /** A list keyword may end the path without identifiers, naming every entry. */
    private final boolean keysOptional;
    /** The path is being created in a tree, which may change shape ({@link #shapeAfter}); not only looked up. */
    private final boolean creates;
    private int index;

    private PathWalker(List<Token> words, boolean blockFollows, boolean valuesOptional, boolean keysOptional,
                       boolean creates) {
        this.words = words;
        this.blockFollows = blockFollows;
        this.valuesOptional = valuesOptional;
        this.keysOptional = keysOptional;
        this.creates = creates;
    }

    /** Splits a path such as {@code protocols bgp group "my group"} into words. */
    static List<Token> tokenize(String path, int line) {
        Lexer lexer = new Lexer(path, line);
        List<Token> tokens = new ArrayList<>();
        for (Token token = lexer.next(); !token.is(Type.END); token = lexer.next()) {
            if (!token.isWord() && !token.is(Type.OPEN_BRACKET) && !token.is(Type.CLOSE_BRACKET)) {
                throw new ConfigSyntaxException(token.line(), "syntax error, unexpected punctuation", token.text());
            }
            tokens.add(token);
        }
        return tokens;
    }

    /**
     * Creates the path under {@code start} (existing statements are reused), setting the values it
     * gives. {@code valuesOptional} accepts leaves without values ({@code delete: host-name;}).
     */
    static Created create(Node start, int startDepth, List<Token> words, boolean blockFollows,
                          boolean valuesOptional, Object owner) {
        return new PathWalker(words, blockFollows, valuesOptional, false, true).createFrom(start, startDepth, owner);
    }

    /** Finds what the path names under {@code start}, without changing anything. */
    static Lookup find(Node start, List<Token> words) {
        return new PathWalker(words, false, true, true, false).findFrom(start);
    }

    /** Describes the statements of a path from the root, for request filters; needs no tree. */
    static List<Step> steps(List<Token> words) {
        PathWalker walker = new PathWalker(words, false, true, true, false);
        List<Step> steps = new ArrayList<>();
        Spec spec = Schema.ROOT;
        String keyword = null;
        while (walker.hasMore()) {
            Step step = walker.nextStep(spec, null, keyword);
            steps.add(step);
            walker.refuseTooDeep(steps.size());
            spec = step.spec;
            keyword = step.keyword;
            if (step.allEntries || step.spec.endsStatement()) {
                walker.expectEnd();
            }
        }
        return steps;
    }

    private Created createFrom(Node start, int depth, Object owner) {
        Node current = start;
        Node head = null;
        Node last = null;
        Node addressed = null;
        boolean headFixed = false;
        int line = words.isEmpty() ? 0 : words.get(0).line();
        while (hasMore()) {
            if (readsBlockValue(current)) {
                current.setValues(new String[] {words.get(index++).text()});
                head = head == null ? current : head;
                addressed = current;
                continue;
            }
            Step step = nextStep(current.spec, current, current.keyword);
            Node node = findOrCreate(current, step, owner, line);
            addressed = node;
            if (step.spec.endsStatement()) {
                setValues(node, step);
                head = head == null ? node : head;
                headFixed = true;
                refuseContinuationAfterValue(current);
                continue;
            }
            if (step.values != null) {
                node.setValues(step.values);
            }
            refuseTooDeep(++depth);
            current = node;
            last = node;
            if (!headFixed) {
                head = node;
                headFixed = node.spec.inline != Spec.Inline.NEVER;
            }
        }
        return new Created(head, last, addressed);
    }

    /** {@code default-policy { deny-all; }}: a bare word in the block is the statement's keyword-less value. */
    private boolean readsBlockValue(Node current) {
        Token next = words.get(index);
        return current.spec.valueInBlock() && next.isWord() && Schema.lookup(current.spec, next.text()) == null;
    }

    private Lookup findFrom(Node start) {
        Node current = start;
        List<Integer> path = new ArrayList<>();
        while (hasMore()) {
            Step step = nextStep(current.spec, current, current.keyword);
            if (step.allEntries) {
                expectEnd();
                return new AllEntries(indexes(path), step.keyword, step.spec);
            }
            int index = current.indexOf(step.keyword, step.keys);
            if (index < 0) {
                return new Missing(indexes(path), step.words());
            }
            path.add(index);
            current = current.child(index);
            if (step.spec.endsStatement() || (step.values != null && !hasMore())) {
                expectEnd();
                return new Found(indexes(path), step.values);
            }
        }
        return new Found(indexes(path), null);
    }

    private static Node findOrCreate(Node parent, Step step, Object owner, int line) {
        if (!step.spec.known && step.spec.kind == Spec.Kind.CONTAINER) {
            Node block = UnknownValues.foldIntoBlock(parent, step.keyword, owner);
            if (block != null) {
                return block;
            }
        }
        int index = parent.indexOf(step.keyword, step.keys);
        if (index >= 0) {
            Node existing = parent.editableChild(index, owner);
            if (existing.kind() == step.spec.kind) {
                return existing;
            }
            Node replacement = newNode(step, owner, line);
            parent.setChild(index, replacement);
            return replacement;
        }
        Node created = newNode(step, owner, line);
        parent.addChild(created);
        return created;
    }

    private static Node newNode(Step step, Object owner, int line) {
        Node node = new Node(step.spec, step.keyword, step.keys, owner);
        node.setLine(line);
        return node;
    }

    private static void setValues(Node node, Step step) {
        if (step.values == null) {
            return;
        }
        if (step.spec.kind != Spec.Kind.LEAF_LIST) {
            node.setValues(step.values);
        } else {
            node.addValues(step.values);
        }
    }

    /**
     * After a value, more words set siblings at the same level, as the Junos CLI reads them
     * ({@code icmp-type 5 inactivity-timeout 60}); a word that is no statement of that level is refused.
     */
    private void refuseContinuationAfterValue(Node current) {
        if (hasMore() && current.spec.known && !continuesLevel(current.spec, words.get(index))) {
            Token extra = words.get(index);
            boolean secret = index >= 2 && Secrets.isSecretKeyword(words.get(index - 2).text());
            throw new ConfigSyntaxException(extra.line(), "syntax error, unexpected word after a value",
                    secret ? Secrets.REDACTED : extra.text());
        }
    }

    private static boolean continuesLevel(Spec level, Token next) {
        return next.isWord() && (Schema.lookup(level, next.text()) != null || level.implicit() != null);
    }

    private void refuseTooDeep(int depth) {
        if (depth > MAX_DEPTH) {
            Token at = words.get(Math.min(index, words.size() - 1));
            throw new ConfigSyntaxException(at.line(),
                    "syntax error, statements nested deeper than " + MAX_DEPTH + " levels", at.text());
        }
    }

    private Step nextStep(Spec parentSpec, Node parent, String parentKeyword) {
        Token word = words.get(index);
        if (!word.isWord()) {
            throw new ConfigSyntaxException(word.line(),
                    "syntax error, expecting <statement> or <identifier>", word.text());
        }
        Spec spec = Schema.lookup(parentSpec, word.text());
        if (spec != null) {
            return statement(spec, word);
        }
        if (parentSpec.chained && !Schema.isElementName(word.text())) {
            throw new ConfigSyntaxException(word.line(), "syntax error, invalid " + parentKeyword, word.text());
        }
        Spec implicit = parentSpec.implicit();
        if (implicit != null && implicit.accepts(word.text())) {
            return implicitEntry(implicit, word);
        }
        Node existing = parent == null ? null : unknownSibling(parent, word.text());
        if (existing != null) {
            return statement(shapeAfter(existing), word);
        }
        if (!Schema.isElementName(word.text())) {
            return implicitEntry(Schema.unknownImplicit(parentKeyword), word);
        }
        return statement(inferSpec(), word);
    }

    /**
     * The shape of a statement the schema does not know, named again after {@code existing}: the
     * same, except after a repetition ({@code a b;}) a bracketed list ({@code a [ c d ];}) is a
     * leaf-list beside it, as written, and a path that creates the keyword alone ({@code a;},
     * {@code a { c; }}) or words below it ({@code a c d;}) shows a block. One more value
     * ({@code a c;}) is another repetition.
     */
    private Spec shapeAfter(Node existing) {
        if (!UnknownValues.isRepetition(existing)) {
            return existing.spec;
        }
        int after = words.size() - index - 1;
        if (after > 0 && words.get(index + 1).is(Type.OPEN_BRACKET)) {
            return Schema.unknown(Spec.Kind.LEAF_LIST);
        }
        return creates && after != 1 ? Schema.unknown(Spec.Kind.CONTAINER) : existing.spec;
    }

    /**
     * The last sibling the schema does not know either, whose shape a new path reuses. Searched from
     * the end: repetitions are added there, so a long run of them does not make reading quadratic.
     */
    private static Node unknownSibling(Node parent, String keyword) {
        for (int i = parent.childCount() - 1; i >= 0; i--) {
            Node child = parent.child(i);
            if (keyword.equals(child.keyword) && !child.spec.known) {
                return child;
            }
        }
        return null;
    }

    /**
     * The shape of a statement the schema does not know (a newer release), from its syntax: a last
     * word is a flag; a word before {@code [} a leaf-list; a word before one last word a leaf (or,
     * before a block, an entry with its identifier); anything else a container holding the words
     * after it.
     */
    private Spec inferSpec() {
        int remaining = words.size() - index - 1;
        if (remaining == 0) {
            return Schema.unknown(Spec.Kind.CONTAINER);
        }
        Token next = words.get(index + 1);
        if (next.is(Type.OPEN_BRACKET)) {
            return Schema.unknown(Spec.Kind.LEAF_LIST);
        }
        if (remaining == 1) {
            return Schema.unknown(blockFollows ? Spec.Kind.ENTRY : Spec.Kind.LEAF);
        }
        return Schema.unknown(Spec.Kind.CONTAINER);
    }

    private Step statement(Spec spec, Token word) {
        index++;
        String keyword = word.text();
        return switch (spec.kind) {
            case CONTAINER -> new Step(spec, keyword, null, positional(spec), false);
            case LEAF -> new Step(spec, keyword, null, leafValue(keyword), false);
            case LEAF_LIST -> new Step(spec, keyword, null, listValues(keyword), false);
            case ENTRY -> entry(spec, keyword);
        };
    }

    private Step entry(Spec spec, String keyword) {
        String[] keys = keys(spec, keyword);
        if (keys == null) {
            return new Step(spec, keyword, null, null, true);
        }
        return new Step(spec, keyword, keys, positional(spec), false);
    }

    private Step implicitEntry(Spec spec, Token word) {
        index++;
        return new Step(spec, null, new String[] {word.text()}, positional(spec), false);
    }

    /** The identifiers of an entry; null when the path stops before them (every entry). */
    private String[] keys(Spec spec, String keyword) {
        List<String> keys = new ArrayList<>(spec.keyCount());
        for (int i = 0; i < spec.keyCount(); i++) {
            if (spec.keyElements[i].equals(Spec.CHOICE_VALUE) && !choiceValueFollows(spec, i)) {
                continue;
            }
            if (i > 0 && spec.keyWords[i] != null) {
                expectWord(spec.keyWords[i]);
            }
            if (!hasMore() || !words.get(index).isWord()) {
                if (i == 0 && keysOptional && !hasMore()) {
                    return null;
                }
                throw missing(keyword, "missing identifier");
            }
            keys.add(words.get(index++).text());
        }
        return keys.toArray(String[]::new);
    }

    /**
     * Whether the next word is the value of a match type ({@code upto /24}) rather than a child
     * statement ({@code exact accept}) or a later key ({@code community add A}).
     */
    private boolean choiceValueFollows(Spec spec, int keyIndex) {
        if (!hasMore() || !words.get(index).isWord() || Schema.lookup(spec, words.get(index).text()) != null) {
            return false;
        }
        int laterKeys = spec.keyCount() - keyIndex - 1;
        int available = 0;
        for (int i = index + 1; i < words.size() && available < laterKeys && words.get(i).isWord(); i++) {
            available++;
        }
        return available >= laterKeys;
    }

    private void expectWord(String literal) {
        if (!hasMore() || !words.get(index).text().equals(literal)) {
            Token at = hasMore() ? words.get(index) : words.get(words.size() - 1);
            throw new ConfigSyntaxException(at.line(), "syntax error, expecting '" + literal + "'", at.text());
        }
        index++;
    }

    /** A value written right after a keyword ({@code file messages}) unless the next word is a keyword. */
    private String[] positional(Spec spec) {
        if (spec.positional == null || !hasMore()) {
            return null;
        }
        Token next = words.get(index);
        if (!next.isWord() || Schema.lookup(spec, next.text()) != null) {
            return null;
        }
        index++;
        return new String[] {next.text()};
    }

    private String[] leafValue(String keyword) {
        if (hasMore() && words.get(index).isWord()) {
            return new String[] {words.get(index++).text()};
        }
        if (valuesOptional && (!hasMore() || !words.get(index).is(Type.OPEN_BRACKET))) {
            return null;
        }
        throw missing(keyword, "missing argument");
    }

    private String[] listValues(String keyword) {
        if (hasMore() && words.get(index).is(Type.OPEN_BRACKET)) {
            return bracketedValues(keyword);
        }
        if (hasMore() && words.get(index).isWord()) {
            return new String[] {words.get(index++).text()};
        }
        if (valuesOptional) {
            return null;
        }
        throw missing(keyword, "missing argument");
    }

    private String[] bracketedValues(String keyword) {
        Token open = words.get(index++);
        List<String> values = new ArrayList<>();
        while (hasMore() && words.get(index).isWord()) {
            values.add(words.get(index++).text());
        }
        if (!hasMore() || !words.get(index).is(Type.CLOSE_BRACKET)) {
            throw new ConfigSyntaxException(open.line(), "syntax error, expecting ']'", keyword);
        }
        index++;
        if (values.isEmpty()) {
            throw new ConfigSyntaxException(open.line(), "syntax error, empty value list", keyword);
        }
        return values.toArray(String[]::new);
    }

    private ConfigSyntaxException missing(String keyword, String detail) {
        Token last = words.get(Math.min(index, words.size()) - 1);
        return new ConfigSyntaxException(last.line(), detail, keyword);
    }

    private boolean hasMore() {
        return index < words.size();
    }

    private void expectEnd() {
        if (hasMore()) {
            Token extra = words.get(index);
            throw new ConfigSyntaxException(extra.line(), "syntax error, unexpected word", extra.text());
        }
    }

    private static int[] indexes(List<Integer> path) {
        return path.stream().mapToInt(Integer::intValue).toArray();
    }
}
