package io.jmcp.simulator.internal.rpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.command.CommandSyntaxException;
import io.jmcp.netconf.command.JunosCommands;
import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.cli.CliGrammar;
import io.jmcp.simulator.internal.xml.SafeXml;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * Every command the simulator runs stands for the RPC Juniper's YANG gives it, with the same
 * children: the simulator's hand table of runnable commands may not invent its own.
 */
class SimulatorCommandsAgreeWithJunipersYangTest {

    /** A word for each argument of the table's patterns ({@code <interface-name>}), none of them a keyword. */
    private static final Map<String, String> SAMPLES = Map.of("interface-name", "ge-0/0/0", "interface-device",
            "ge-0/0/0", "filename", "messages", "destination", "10.0.0.0/8");
    private static final String ADDRESS = "192.0.2.1";

    /**
     * What the table runs that the YANG's rpc modules do not have: the CLI's own
     * {@code show configuration}, the CLI's {@code invoke-on} option, SRX-only commands (the
     * YANG copy has the rpc modules of plain Junos only), and {@code summary} of
     * {@code show system processes}, which 23.4R1's get-system-process-information does not declare.
     */
    private static final Set<String> NOT_IN_THE_YANG = Set.of("show configuration <path...>",
            "show version invoke-on all-routing-engines", "show chassis cluster status",
            "show security flow session summary", "show system processes summary");

    @Test
    void everyCommandTheSimulatorRunsResolvesToTheRpcTheYangGives() {
        List<String> disagreements = new ArrayList<>();
        Set<String> notInTheYang = new TreeSet<>();
        for (CliGrammar.Pattern pattern : patternsOfEveryPlatform()) {
            List<String> words = sampleWords(pattern.pattern());
            String simulator = SafeXml.serialize(CommandRpc.toElement(CliCommands.of(platformRunning(pattern))
                    .resolve(words)));
            try {
                String yang = JunosCommands.load().resolve(words).toXml();
                if (!yang.replaceAll("<([a-z-]+)></\\1>", "<$1/>").equals(simulator.replaceAll("<([a-z-]+)></\\1>",
                        "<$1/>"))) {
                    disagreements.add(String.join(" ", words) + ": simulator " + simulator + ", YANG " + yang);
                }
            } catch (CommandSyntaxException e) {
                notInTheYang.add(pattern.pattern());
            }
        }

        assertThat(disagreements).isEmpty();
        assertThat(notInTheYang).isEqualTo(new TreeSet<>(NOT_IN_THE_YANG));
    }

    private static Set<CliGrammar.Pattern> patternsOfEveryPlatform() {
        Set<CliGrammar.Pattern> patterns = new LinkedHashSet<>();
        for (Platform platform : Platform.values()) {
            patterns.addAll(CliCommands.of(platform).patterns());
        }
        return patterns;
    }

    private static Platform platformRunning(CliGrammar.Pattern pattern) {
        for (Platform platform : Platform.values()) {
            if (CliCommands.of(platform).patterns().contains(pattern)) {
                return platform;
            }
        }
        throw new IllegalArgumentException(pattern.pattern());
    }

    private static List<String> sampleWords(String pattern) {
        List<String> words = new ArrayList<>();
        for (String word : pattern.split(" ")) {
            if (word.endsWith("...>")) {
                continue;
            }
            words.add(word.startsWith("<") ? SAMPLES.getOrDefault(word.substring(1, word.length() - 1), ADDRESS) : word);
        }
        return words;
    }
}
