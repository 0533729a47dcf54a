package io.jmcp.simulator.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The pipes of a CLI command that the device honours over NETCONF: {@code display xml [rpc]},
 * {@code display json}, {@code display set}, {@code display inheritance ...},
 * {@code compare rollback N}, the line filters ({@code match}, {@code except}, {@code find},
 * {@code last N}, {@code count}) and {@code no-more} (which changes nothing without a pager).
 *
 * @param format          {@code xml} or {@code json} when a display pipe chose the format
 * @param displayXmlRpc   {@code | display xml rpc}: show the RPC instead of running it
 * @param displaySet      {@code | display set}
 * @param inheritance     {@code | display inheritance ...}
 * @param compareRollback N of {@code | compare rollback N}, or null
 * @param lineFilters     the line filters, in the order given
 */
public record Pipes(Optional<String> format, boolean displayXmlRpc, boolean displaySet, boolean inheritance,
                    Integer compareRollback, List<LineFilter> lineFilters) {
    private static final List<String> VERBS = List.of("display", "no-more", "compare", "match", "except", "find",
            "last", "count");
    private static final List<String> DISPLAYS = List.of("xml", "json", "set", "inheritance");
    private static final List<String> INHERITANCE_OPTIONS = List.of("no-comments", "brief", "terse", "defaults");

    /** @throws CliSyntaxException naming the first word of a pipe the device does not know */
    public static Pipes parse(List<List<String>> pipes) {
        String format = null;
        boolean xmlRpc = false;
        boolean set = false;
        boolean inheritance = false;
        Integer rollback = null;
        List<LineFilter> filters = new ArrayList<>();
        for (List<String> pipe : pipes) {
            String verb = keyword(pipe, 0, VERBS, "|");
            switch (verb) {
                case "display" -> {
                    String what = keyword(pipe, 1, DISPLAYS, "display");
                    switch (what) {
                        case "xml" -> {
                            format = "xml";
                            xmlRpc = pipe.size() > 2 && keyword(pipe, 2, List.of("rpc"), "xml").equals("rpc");
                        }
                        case "json" -> format = "json";
                        case "set" -> set = true;
                        default -> {
                            inheritance = true;
                            for (int i = 2; i < pipe.size(); i++) {
                                keyword(pipe, i, INHERITANCE_OPTIONS, "inheritance");
                            }
                        }
                    }
                }
                case "compare" -> {
                    keyword(pipe, 1, List.of("rollback"), "compare");
                    rollback = number(pipe, 2);
                }
                case "no-more" -> {
                    // there is no pager over NETCONF
                }
                default -> filters.add(LineFilter.parse(verb, pipe.subList(1, pipe.size())));
            }
        }
        return new Pipes(Optional.ofNullable(format), xmlRpc, set, inheritance, rollback, List.copyOf(filters));
    }

    /** The output with every line filter applied in turn. */
    public String filter(String output) {
        List<String> lines = output.lines().toList();
        for (LineFilter filter : lineFilters) {
            lines = filter.apply(lines);
        }
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    /** Whether a pipe applies to {@code show configuration} only. */
    public boolean configurationOnly() {
        return displaySet || inheritance || compareRollback != null;
    }

    private static String keyword(List<String> pipe, int index, List<String> keywords, String previous) {
        if (index >= pipe.size()) {
            throw new CliSyntaxException(previous);
        }
        String word = pipe.get(index);
        return Keywords.match(word, keywords).orElseThrow(() -> new CliSyntaxException(word));
    }

    private static int number(List<String> pipe, int index) {
        if (index >= pipe.size()) {
            throw new CliSyntaxException("rollback");
        }
        try {
            return Integer.parseInt(pipe.get(index));
        } catch (NumberFormatException e) {
            throw new CliSyntaxException(pipe.get(index));
        }
    }
}
