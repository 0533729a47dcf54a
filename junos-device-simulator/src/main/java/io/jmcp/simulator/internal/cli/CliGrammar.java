package io.jmcp.simulator.internal.cli;

import io.jmcp.netconf.config.JunosWords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The commands one device understands, as a tree of keywords and arguments, each complete
 * command naming the RPC it stands for. Words may be abbreviated as in the Junos CLI.
 * Patterns read {@code show interfaces <interface-name> terse}: plain words are keywords,
 * {@code <element>} an argument that becomes that child element of the RPC, and a final
 * {@code <element...>} takes every remaining word.
 */
public final class CliGrammar {
    private final Node root = new Node();

    /**
     * Adds a command.
     *
     * @param pattern    the words, e.g. {@code show interfaces terse <interface-name>}
     * @param rpc        the RPC element it stands for
     * @param attributes attributes of the RPC element
     * @param children   fixed child elements: {@code name} for an empty element, {@code name=text} otherwise
     */
    public CliGrammar command(String pattern, String rpc, Map<String, String> attributes, String... children) {
        Node node = root;
        for (String word : JunosWords.split(pattern)) {
            if (word.startsWith("<") && word.endsWith("...>")) {
                node = node.rest(word.substring(1, word.length() - 4));
            } else if (word.startsWith("<") && word.endsWith(">")) {
                node = node.argument(word.substring(1, word.length() - 1));
            } else {
                node = node.keywords.computeIfAbsent(word, keyword -> new Node());
            }
        }
        node.target = new Target(rpc, Map.copyOf(attributes), List.of(children));
        return this;
    }

    public CliGrammar command(String pattern, String rpc, String... children) {
        return command(pattern, rpc, Map.of(), children);
    }

    /**
     * The RPC a command stands for.
     *
     * @throws CliSyntaxException naming the first word that fits no command
     */
    public Invocation resolve(List<String> words) {
        Node node = root;
        Map<String, String> arguments = new LinkedHashMap<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (node.restElement != null) {
                rest.addAll(words.subList(i, words.size()));
                break;
            }
            Optional<String> keyword = Keywords.match(word, node.keywords.keySet());
            if (keyword.isPresent()) {
                node = node.keywords.get(keyword.get());
            } else if (node.argument != null) {
                arguments.put(node.argumentElement, word);
                node = node.argument;
            } else {
                throw new CliSyntaxException(word);
            }
        }
        if (node.target == null) {
            throw new CliSyntaxException(words.isEmpty() ? "" : words.get(words.size() - 1));
        }
        return new Invocation(node.target.rpc(), node.target.attributes(), node.target.children(), arguments, rest);
    }

    /**
     * A resolved command.
     *
     * @param rpc        the RPC element name
     * @param attributes its attributes
     * @param flags      fixed children ({@code name} or {@code name=text})
     * @param arguments  argument children from the command's words
     * @param rest       the words taken by a final {@code <element...>}, if any
     */
    public record Invocation(String rpc, Map<String, String> attributes, List<String> flags,
                             Map<String, String> arguments, List<String> rest) {
    }

    private record Target(String rpc, Map<String, String> attributes, List<String> children) {
    }

    private static final class Node {
        private final Map<String, Node> keywords = new LinkedHashMap<>();
        private Node argument;
        private String argumentElement;
        private String restElement;
        private Target target;

        private Node argument(String element) {
            if (argument == null) {
                argument = new Node();
                argumentElement = element;
            }
            return argument;
        }

        /** The words from here on are one argument; the command is complete with or without them. */
        private Node rest(String element) {
            restElement = element;
            return this;
        }
    }
}
