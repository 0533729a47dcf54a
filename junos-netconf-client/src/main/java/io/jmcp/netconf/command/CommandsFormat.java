package io.jmcp.netconf.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The text format of the commands resource, written by junos-schema-generator and read at run
 * time; one definition for both sides. Lines:
 * <pre>
 * # comment (the generator's header)
 * families junos junos-es junos-ex                 the families the YANG had operational RPCs for
 * show interfaces TAB get-interface-information      a command and its RPC; a third column lists its
 *                                                  families when not all of them have it
 * TAB level TAB enum nokeyword TAB extensive statistics media
 *                                                  an argument: one TAB per depth, name, kind and its
 *                                                  modifiers (nokeyword, mandatory, repeatable), then the
 *                                                  value type (value) or the words (enum, choice)
 * </pre>
 * Commands are sorted by their words; arguments keep the YANG's order.
 */
public final class CommandsFormat {

    private static final String FAMILIES = "families ";

    private CommandsFormat() {
    }

    /** The resource text for {@code commands}, of the YANG families {@code families}. */
    public static String write(List<String> header, List<String> families, List<CommandSpec> commands) {
        StringBuilder out = new StringBuilder();
        header.forEach(line -> out.append("# ").append(line).append('\n'));
        out.append(FAMILIES).append(String.join(" ", families)).append('\n');
        for (CommandSpec command : commands) {
            out.append(command.command()).append('\t').append(command.rpc());
            if (!command.families().equals(families)) {
                out.append('\t').append(String.join(" ", command.families()));
            }
            out.append('\n');
            writeArguments(out, command.arguments(), 1);
        }
        return out.toString();
    }

    private static void writeArguments(StringBuilder out, List<CommandArgument> arguments, int depth) {
        for (CommandArgument argument : arguments) {
            out.append("\t".repeat(depth)).append(argument.name()).append('\t')
                    .append(argument.kind().name().toLowerCase(Locale.ROOT));
            if (argument.positional()) {
                out.append(" nokeyword");
            }
            if (argument.mandatory()) {
                out.append(" mandatory");
            }
            if (argument.repeatable()) {
                out.append(" repeatable");
            }
            out.append('\t').append(argument.values().isEmpty() ? argument.type() : String.join(" ", argument.values()))
                    .append('\n');
            writeArguments(out, argument.children(), depth + 1);
        }
    }

    /** The commands of a resource in this format. */
    static List<CommandSpec> read(String text) {
        List<String> lines = text.lines().filter(line -> !line.startsWith("#")).toList();
        if (lines.isEmpty() || !lines.get(0).startsWith(FAMILIES)) {
            throw new IllegalArgumentException("commands resource: the first line after the header must be '"
                    + FAMILIES + "...'");
        }
        List<String> families = words(lines.get(0).substring(FAMILIES.length()));
        List<CommandSpec> commands = new ArrayList<>(lines.size() / 4);
        int[] next = {1};
        while (next[0] < lines.size()) {
            String[] fields = lines.get(next[0]++).split("\t", -1);
            List<CommandArgument> arguments = readArguments(lines, next, 1);
            commands.add(new CommandSpec(fields[0], fields[1], fields.length > 2 ? words(fields[2]) : families,
                    arguments));
        }
        return commands;
    }

    /** The arguments at {@code depth} from {@code lines[next[0]]} on; leaves {@code next[0]} after them. */
    private static List<CommandArgument> readArguments(List<String> lines, int[] next, int depth) {
        List<CommandArgument> arguments = new ArrayList<>();
        while (next[0] < lines.size() && depthOf(lines.get(next[0])) == depth) {
            String[] fields = lines.get(next[0]++).substring(depth).split("\t", -1);
            List<String> kindAndModifiers = words(fields[1]);
            ArgumentKind kind = ArgumentKind.valueOf(kindAndModifiers.get(0).toUpperCase(Locale.ROOT));
            boolean hasWords = kind == ArgumentKind.ENUM || kind == ArgumentKind.CHOICE;
            List<CommandArgument> children = readArguments(lines, next, depth + 1);
            arguments.add(new CommandArgument(fields[0], kind, kindAndModifiers.contains("nokeyword"),
                    kindAndModifiers.contains("mandatory"), kindAndModifiers.contains("repeatable"),
                    hasWords ? "" : fields[2], hasWords ? words(fields[2]) : List.of(), children));
        }
        return arguments;
    }

    private static int depthOf(String line) {
        int depth = 0;
        while (depth < line.length() && line.charAt(depth) == '\t') {
            depth++;
        }
        return depth;
    }

    private static List<String> words(String text) {
        return text.isEmpty() ? List.of() : Arrays.asList(text.split(" "));
    }
}
