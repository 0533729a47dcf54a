package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.command.ArgumentKind;
import io.jmcp.netconf.command.CommandArgument;
import io.jmcp.netconf.command.CommandSpec;
import io.jmcp.netconf.command.JunosCommands;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * PyEZ's {@code display_xml_rpc} (the device's {@code | display xml rpc}, read by Juniper's own
 * library) gives, for a sample of Junos's commands, the RPC the client's lookup gives.
 */
class PyEzDisplayXmlRpcTest {
    /** Every this-many-th command of the YANG's, so that the sample spans every module. */
    private static final int SAMPLE_STEP = 25;
    /** Lines with arguments of every kind. */
    private static final List<String> WITH_ARGUMENTS = List.of("show interfaces terse", "show interfaces ge-0/0/0 extensive",
            "show interfaces routing-instance all media ge-0/0/0.0", "show route advertising-protocol bgp 10.0.0.1",
            "show route receive-protocol bgp 10.0.0.2 extensive", "show route protocol bgp table inet.0",
            "show route 10.0.0.0/8 exact", "ping 192.0.2.1 count 5 rapid", "sh int ter", "show ospf database",
            "show mpls lsp", "show isis adjacency", "show system uptime", "show version",
            "show route community 65000:1 community 65000:2", "show route output interface ge-0/0/0.0");
    private static SimulatorFleet fleet;

    @BeforeAll
    static void startDevice() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("pyez-rpc").platform(Platform.MX)
                .users(List.of(UserAccount.withPassword("jmcp", "jmcp"))).build()));
    }

    @AfterAll
    static void stopDevice() {
        fleet.close();
    }

    @BeforeEach
    void requirePyEz() {
        PythonPeers.require("jnpr.junos");
    }

    @Test
    void pyEzReadsTheRpcOfEachSampledCommandAsTheLookupGivesIt() {
        Map<String, String> expected = new LinkedHashMap<>();
        List<CommandSpec> commands = JunosCommands.load().commands();
        for (int i = 0; i < commands.size(); i += SAMPLE_STEP) {
            String line = lineWithMandatoryArguments(commands.get(i));
            expected.put(line, JunosCommands.load().resolve(line).toXml());
        }
        WITH_ARGUMENTS.forEach(line -> expected.put(line, JunosCommands.load().resolve(line).toXml()));
        SimulatedDevice device = fleet.device("pyez-rpc");

        JsonNode result = PythonPeers.runWithInput("pyez_display_xml_rpc.py", String.join("\n", expected.keySet()) + "\n",
                "--port", Integer.toString(device.port()), "--user", "jmcp", "--password", "jmcp");

        Map<String, String> seenByPyEz = new LinkedHashMap<>();
        expected.keySet().forEach(line -> seenByPyEz.put(line, canonical(result.get("rpcs").get(line).asString())));
        assertThat(seenByPyEz).hasSize(expected.size()).isEqualTo(expected);
        assertThat(result.get("rpc_string").asString())
                .isEqualTo("rpc.get_interface_information(terse=True, interface_name='ge-0/0/0')");
    }

    /** The command's words and a sample for each mandatory argument, in the YANG's order. */
    private static String lineWithMandatoryArguments(CommandSpec command) {
        List<String> words = new ArrayList<>(List.of(command.command()));
        for (CommandArgument argument : command.arguments()) {
            if (argument.mandatory()) {
                if (!argument.positional() || argument.kind() == ArgumentKind.FLAG) {
                    words.add(argument.name());
                }
                if (argument.kind() != ArgumentKind.FLAG) {
                    words.add(argument.values().isEmpty() ? "sample-1" : argument.values().get(0));
                }
            }
        }
        return String.join(" ", words);
    }

    /** lxml's serialisation as the lookup writes XML: no namespace declarations, no layout whitespace, empty elements closed. */
    private static String canonical(String xml) {
        return xml.replaceAll(" xmlns(:\\w+)?=\"[^\"]*\"", "").replaceAll(">\\s+<", "><").strip()
                .replaceAll("<([a-z0-9_-]+)></\\1>", "<$1/>");
    }
}
