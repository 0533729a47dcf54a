package io.jmcp.simulator.internal.cli;

import io.jmcp.netconf.command.JunosWords;

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
 * {@code <element...>} takes every remaining word. A command may end in options that follow
 * in any order ({@code ping HOST count 5 rapid}): each becomes the child element of its name.
 */
public final class CliGrammar {
    private final Node root = new Node();
    private final List<Pattern> patterns = new ArrayList<>();

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
        patterns.add(new Pattern(pattern, rpc));
        return this;
    }

    public CliGrammar command(String pattern, String rpc, String... children) {
        return command(pattern, rpc, Map.of(), children);
    }

    /**
     * Adds a command that may be followed by options in any order.
     *
     * @param options each option's keyword, which is also its element, and whether a value follows it
     */
    public CliGrammar commandWithOptions(String pattern, String rpc, Map<String, Boolean> options) {
        command(pattern, rpc);
        Node node = root;
        for (String word : JunosWords.split(pattern)) {
            node = word.startsWith("<") ? node.argument : node.keywords.get(word);
        }
        node.options.putAll(options);
        return this;
    }

    /** Every command added, in order (what the simulator runs, to check against Juniper's YANG). */
    public List<Pattern> patterns() {
        return List.copyOf(patterns);
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
            if (!node.options.isEmpty()) {
                i = option(node, words, i, arguments);
                continue;
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

    /** Reads the option at {@code words[index]} (and its value) into {@code arguments}; returns the last index read. */
    private static int option(Node node, List<String> words, int index, Map<String, String> arguments) {
        String word = words.get(index);
        String option = Keywords.match(word, node.options.keySet()).orElseThrow(() -> new CliSyntaxException(word));
        if (!node.options.get(option)) {
            arguments.put(option, "");
            return index;
        }
        if (index + 1 >= words.size()) {
            throw new CliSyntaxException(word);
        }
        arguments.put(option, words.get(index + 1));
        return index + 1;
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

    /** A command as added: its pattern ({@code show interfaces <interface-name>}) and its RPC. */
    public record Pattern(String pattern, String rpc) {
    }

    private record Target(String rpc, Map<String, String> attributes, List<String> children) {
    }

    private static final class Node {
        private final Map<String, Node> keywords = new LinkedHashMap<>();
        /** Options that may follow a complete command, in any order: keyword to whether a value follows. */
        private final Map<String, Boolean> options = new LinkedHashMap<>();
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
