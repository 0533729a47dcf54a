package io.jmcp.netconf.config;

import java.util.ArrayList;
import java.util.List;

/** The words that name statements in paths: {@code unit 0}, {@code from-zone a to-zone b}, {@code ge-0/0/0}. */
final class Heads {

    private Heads() {
    }

    /** The keyword and identifiers of a statement, unquoted. */
    static List<String> of(Node node) {
        List<String> words = new ArrayList<>(3);
        if (node.keyword != null) {
            words.add(node.keyword);
        }
        if (node.keys != null) {
            for (int i = 0; i < node.keys.length; i++) {
                if (i > 0 && node.spec.keyWords[i] != null) {
                    words.add(node.spec.keyWords[i]);
                }
                words.add(node.keys[i]);
            }
        }
        return words;
    }

    /** The statement's name as printed: words quoted as Junos quotes them, space separated. */
    static String text(Node node) {
        return join(of(node));
    }

    /** {@code [edit]} or {@code [edit interfaces ge-0/0/0 unit 0]} for the statements from the root down. */
    static String editPath(List<Node> ancestors) {
        StringBuilder text = new StringBuilder("[edit");
        for (Node ancestor : ancestors) {
            text.append(' ').append(text(ancestor));
        }
        return text.append(']').toString();
    }

    static String join(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(Quoting.word(word));
        }
        return text.toString();
    }
}
