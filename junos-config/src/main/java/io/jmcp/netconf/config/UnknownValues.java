package io.jmcp.netconf.config;

/**
 * Statements the schema does not know written with one value ({@code ethernet link-down;}), which
 * every reader (text, set, XML, JSON) keeps by the rule of {@link PathWalker}'s class comment: each
 * value is a statement of its own, a repetition, until words below the keyword show that it is a
 * block; then the repetitions become that block's statements.
 */
final class UnknownValues {

    private UnknownValues() {
    }

    /** Whether {@code node} is a repetition: a value of a statement the schema does not know, nothing below it. */
    static boolean isRepetition(Node node) {
        return node.spec.unknownValue && node.childCount() == 0;
    }

    /**
     * The position under {@code parent} of the block of {@code keyword}, a statement the schema does
     * not know; -1 when there is none.
     */
    static int blockIndex(Node parent, String keyword) {
        int index = parent.indexOf(keyword, null);
        return index >= 0 && !parent.child(index).spec.known && parent.child(index).kind() == Spec.Kind.CONTAINER
                ? index : -1;
    }

    /**
     * Turns the repetitions of {@code keyword} under {@code parent} into one block where the first
     * stood, holding their values as statements ({@code a b; a c;} becomes {@code a { b; c; }}),
     * each with its own state and annotation. Answers the block, or null when there was no repetition.
     */
    static Node foldIntoBlock(Node parent, String keyword, Object owner) {
        Node block = null;
        int i = 0;
        while (i < parent.childCount()) {
            Node repetition = parent.child(i);
            if (!keyword.equals(repetition.keyword) || !isRepetition(repetition)) {
                i++;
                continue;
            }
            if (block == null) {
                block = new Node(Schema.unknown(Spec.Kind.CONTAINER), keyword, null, owner);
                block.setLine(repetition.line());
                block.setFlag(repetition.flags() & Node.UNDOCUMENTED, true);
                parent.setChild(i++, block);
            } else {
                parent.removeChild(i);
            }
            block.addChild(wordOf(repetition, owner));
        }
        return block;
    }

    /** The statement a repetition's value is in its block, with the repetition's state, operations and annotation. */
    static Node wordOf(Node repetition, Object owner) {
        Node statement = wordBelow(repetition.keys[0], repetition.keyword, owner, repetition.line());
        statement.setFlag(repetition.flags() & ~Node.UNDOCUMENTED, true);
        statement.setAnnotation(repetition.annotation());
        return statement;
    }

    /**
     * A lone word below a statement the schema does not know: a flag, or an entry when it cannot be
     * a keyword; the same statement the word would read as in the block's text.
     */
    static Node wordBelow(String word, String parentKeyword, Object owner, int line) {
        Node node = Schema.isElementName(word)
                ? new Node(Schema.unknown(Spec.Kind.CONTAINER), word, null, owner)
                : new Node(Schema.unknownImplicit(parentKeyword), null, new String[] {word}, owner);
        node.setLine(line);
        return node;
    }
}
