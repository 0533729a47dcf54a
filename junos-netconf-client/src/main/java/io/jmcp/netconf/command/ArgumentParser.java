package io.jmcp.netconf.command;

import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the words after a command's own words into its RPC's children, as the Junos CLI does: a
 * keyword names its argument (a flag alone, a value or enum word after it, a group's own arguments
 * after it); a word of a positional enum or choice ({@code bgp}, {@code extensive}) stands alone; any other word fills
 * the first positional value not yet given ({@code ge-0/0/0}). Keywords may be abbreviated.
 */
final class ArgumentParser {

    private final CommandSpec command;
    private final List<String> words;
    private int position;

    ArgumentParser(CommandSpec command, List<String> words) {
        this.command = command;
        this.words = words;
    }

    /** Whether {@code word} is exactly a keyword of one of the command's arguments. */
    static boolean namesArgument(CommandSpec command, String word) {
        return keywordsOf(command.arguments()).containsKey(word);
    }

    /** The RPC's children, in the YANG's order. */
    List<RpcArgument> parse() {
        return parseLevel(command.arguments(), false);
    }

    /**
     * Reads the arguments of one level. A nested level (a group's) stops at the first word that is
     * none of its own and leaves it to its parent; the top level refuses it.
     */
    private List<RpcArgument> parseLevel(List<CommandArgument> arguments, boolean nested) {
        NavigableMap<String, List<Integer>> keywords = keywordsOf(arguments);
        List<List<RpcArgument>> given = new ArrayList<>();
        arguments.forEach(argument -> given.add(new ArrayList<>()));
        int anchor = -1;
        while (position < words.size()) {
            String word = words.get(position);
            Optional<String> keyword = Abbreviations.match(word, keywords.navigableKeySet(), context());
            if (keyword.isPresent()) {
                int index = firstFree(keywords.get(keyword.get()), arguments, given, keyword.get());
                position++;
                given.get(index).add(argument(arguments.get(index), keyword.get()));
                if (arguments.get(index).positional() && arguments.get(index).kind() == ArgumentKind.ENUM) {
                    anchor = index;
                }
                continue;
            }
            int positional = firstFreePositionalValue(arguments, given, anchor + 1);
            if (positional >= 0) {
                position++;
                given.get(positional).add(RpcArgument.value(arguments.get(positional).name(), word));
                continue;
            }
            if (nested) {
                break;
            }
            throw new CommandSyntaxException("syntax error at '" + word + "' after '" + context() + "': '"
                    + command.command() + "' expects " + CommandSyntaxException.oneOf(List.copyOf(keywords.keySet())),
                    word, false);
        }
        List<RpcArgument> children = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            CommandArgument argument = arguments.get(i);
            if (argument.mandatory() && given.get(i).isEmpty()) {
                throw new CommandSyntaxException("'" + command.command() + "' needs its argument '" + argument.name()
                        + "'" + (argument.positional() ? " (written without its keyword)" : ""), "", false);
            }
            children.addAll(given.get(i));
        }
        return children;
    }

    /** The child element for {@code argument}, selected by {@code keyword} (its name, or a word of a positional enum or choice). */
    private RpcArgument argument(CommandArgument argument, String keyword) {
        return switch (argument.kind()) {
            case FLAG -> RpcArgument.flag(argument.name());
            case VALUE -> RpcArgument.value(argument.name(), nextWord(argument));
            case ENUM -> RpcArgument.value(argument.name(), keyword.equals(argument.name()) ? enumWord(argument) : keyword);
            case CHOICE -> RpcArgument.flag(keyword.equals(argument.name()) ? enumWord(argument) : keyword);
            case GROUP -> new RpcArgument(argument.name(), null, parseLevel(argument.children(), true));
        };
    }

    private String nextWord(CommandArgument argument) {
        if (position >= words.size()) {
            throw new CommandSyntaxException("'" + context() + "' is missing the value of '" + argument.name() + "' ("
                    + argument.type() + ")", "", false);
        }
        return words.get(position++);
    }

    private String enumWord(CommandArgument argument) {
        String word = nextWord(argument);
        return Abbreviations.match(word, new TreeSet<>(argument.values()), context())
                .orElseThrow(() -> new CommandSyntaxException("'" + word + "' is not a value of '" + argument.name()
                        + "' of '" + command.command() + "': expecting " + CommandSyntaxException.oneOf(argument.values()),
                        word, false));
    }

    /** Of the arguments a keyword may select, the first not yet given (or that may repeat). */
    private int firstFree(List<Integer> candidates, List<CommandArgument> arguments, List<List<RpcArgument>> given,
                          String keyword) {
        for (int index : candidates) {
            if (given.get(index).isEmpty() || arguments.get(index).repeatable()) {
                return index;
            }
        }
        throw new CommandSyntaxException("'" + keyword + "' is given twice in '" + context() + "'", keyword, false);
    }

    /**
     * The first positional value not yet given, looking from {@code from} on, then from the start.
     * Juniper's YANG flattens {@code advertising-protocol bgp NEIGHBOR} into a positional enum
     * followed by its positional value, so the word after such an enum fills the value after it
     * ({@code neighbor}), not the command's first ({@code destination}).
     */
    private static int firstFreePositionalValue(List<CommandArgument> arguments, List<List<RpcArgument>> given,
                                                int from) {
        for (int step = 0; step < arguments.size(); step++) {
            int i = (from + step) % arguments.size();
            CommandArgument argument = arguments.get(i);
            if (argument.positional() && argument.kind() == ArgumentKind.VALUE
                    && (given.get(i).isEmpty() || argument.repeatable())) {
                return i;
            }
        }
        return -1;
    }

    /** Each keyword of a level (an argument's name, a word of a positional enum or choice) and the arguments it may select, in order. */
    private static NavigableMap<String, List<Integer>> keywordsOf(List<CommandArgument> arguments) {
        NavigableMap<String, List<Integer>> keywords = new TreeMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            CommandArgument argument = arguments.get(i);
            keywords.computeIfAbsent(argument.name(), name -> new ArrayList<>()).add(i);
            if (argument.positional() && !argument.values().isEmpty()) {
                for (String value : argument.values()) {
                    keywords.computeIfAbsent(value, name -> new ArrayList<>()).add(i);
                }
            }
        }
        return keywords;
    }

    private String context() {
        return command.command() + (position == 0 ? "" : " " + String.join(" ", words.subList(0, position)));
    }
}
