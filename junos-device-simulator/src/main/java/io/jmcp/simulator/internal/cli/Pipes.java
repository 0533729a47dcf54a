package io.jmcp.simulator.internal.cli;

import java.util.List;
import java.util.Optional;

/**
 * The pipes of a CLI command that the device honours over NETCONF: {@code display xml [rpc]},
 * {@code display json}, {@code display set}, {@code display inheritance ...},
 * {@code compare rollback N} and {@code no-more} (which changes nothing without a pager).
 *
 * @param format          {@code xml} or {@code json} when a display pipe chose the format
 * @param displayXmlRpc   {@code | display xml rpc}: show the RPC instead of running it
 * @param displaySet      {@code | display set}
 * @param inheritance     {@code | display inheritance ...}
 * @param compareRollback N of {@code | compare rollback N}, or null
 */
public record Pipes(Optional<String> format, boolean displayXmlRpc, boolean displaySet, boolean inheritance,
                    Integer compareRollback) {
    private static final List<String> VERBS = List.of("display", "no-more", "compare");
    private static final List<String> DISPLAYS = List.of("xml", "json", "set", "inheritance");
    private static final List<String> INHERITANCE_OPTIONS = List.of("no-comments", "brief", "terse", "defaults");

    /** @throws CliSyntaxException naming the first word of a pipe the device does not know */
    public static Pipes parse(List<List<String>> pipes) {
        String format = null;
        boolean xmlRpc = false;
        boolean set = false;
        boolean inheritance = false;
        Integer rollback = null;
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
                default -> {
                    // no-more: there is no pager over NETCONF
                }
            }
        }
        return new Pipes(Optional.ofNullable(format), xmlRpc, set, inheritance, rollback);
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
