package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.reply.Personality;

import java.nio.file.Path;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tools.jackson.databind.JsonNode;

/** Juniper's own Python library, PyEZ 2.1.7, against the simulator: facts, CLI, RPCs, Config. */
class PyEzTest {
    private static final KeyPair KEY = TestKeys.newKeyPair();
    @TempDir
    static Path keys;
    private static Path privateKey;
    private static SimulatorFleet fleet;

    @BeforeAll
    static void startOneDevicePerPlatform() {
        privateKey = TestKeys.writeOpenSsh(KEY, keys, "id_test");
        List<DeviceSpec> specs = new ArrayList<>();
        for (Platform platform : Platform.values()) {
            specs.add(DeviceSpec.builder("pyez-" + platform.name().toLowerCase()).platform(platform)
                    .users(List.of(UserAccount.withPassword("jmcp", "jmcp"),
                            UserAccount.withKeys("keyuser", List.of(KEY.getPublic()))))
                    .build());
        }
        fleet = SimulatorFleet.start(specs);
    }

    @BeforeEach
    void requirePyEz() {
        PythonPeers.require("jnpr.junos");
    }

    @AfterAll
    static void stopDevices() {
        fleet.close();
    }

    @ParameterizedTest
    @EnumSource(Platform.class)
    void gathersTheFactsTheSimulatorDescribes(Platform platform) {
        SimulatedDevice device = deviceOf(platform);

        JsonNode facts = PythonPeers.run("pyez_facts.py", passwordLogin(device)).get("facts");

        assertThat(facts.get("hostname").asString()).isEqualTo(device.hostname());
        assertThat(facts.get("model").asString()).isEqualTo(device.spec().model().toUpperCase());
        assertThat(facts.get("version").asString()).isEqualTo(device.spec().version());
        assertThat(facts.get("serialnumber").asString()).isEqualTo(device.spec().serialNumber());
        // PyEZ 2.1.7 does not know the vSRX's model and leaves its personality unset.
        String expectedPersonality = platform == Platform.VSRX ? null
                : device.personality().map(Personality::pyEzName).orElseThrow();
        assertThat(facts.get("personality").isNull() ? null : facts.get("personality").asString())
                .isEqualTo(expectedPersonality);
        assertThat(facts.get("master").asString()).isEqualTo("RE0");
    }

    @Test
    void readsShowVersionAndTerseInterfaces() {
        SimulatedDevice device = deviceOf(Platform.MX);

        JsonNode result = PythonPeers.run("pyez_facts.py", passwordLogin(device));

        assertThat(result.get("show_version").asString())
                .contains("Hostname: " + device.hostname(), "Model: mx960", "Junos: " + device.spec().version());
        List<String> interfaces = new ArrayList<>();
        result.get("interfaces").forEach(name -> interfaces.add(name.asString()));
        assertThat(interfaces).contains("ge-0/0/0", "fxp0", "lo0");
    }

    @Test
    void logsInWithAPrivateKey() {
        SimulatedDevice device = deviceOf(Platform.EX);

        JsonNode facts = PythonPeers.run("pyez_facts.py", "--port", Integer.toString(device.port()),
                "--user", "keyuser", "--key", privateKey.toString()).get("facts");

        assertThat(facts.get("hostname").asString()).isEqualTo(device.hostname());
    }

    @Test
    void runsTheConfigWorkflowFromLockToUnlock() {
        SimulatedDevice device = deviceOf(Platform.SRX);
        int commitsBefore = device.rollbackHistory().size();

        JsonNode steps = PythonPeers.runWithInput("pyez_config.py",
                "set system host-name pyez-renamed\nset interfaces ge-0/0/4 description \"to the lab\"\n",
                passwordLogin(device));

        assertThat(steps.get("lock").asBoolean()).isTrue();
        assertThat(steps.get("diff").asString()).contains("[edit system]", "-   host-name pyez-srx;",
                "+   host-name pyez-renamed;", "[edit interfaces]", "+       description \"to the lab\";");
        assertThat(steps.get("commit_check").asBoolean()).isTrue();
        assertThat(steps.get("commit").asBoolean()).isTrue();
        assertThat(steps.get("diff_after_commit").isNull()).isTrue();
        assertThat(steps.get("rollback").asBoolean()).isTrue();
        assertThat(steps.get("diff_after_rollback").asString()).contains("+   host-name pyez-srx;");
        assertThat(steps.get("unlock").asBoolean()).isTrue();
        List<CommitRecord> history = device.rollbackHistory();
        assertThat(history).hasSize(commitsBefore + 2);
        assertThat(history.get(1).comment()).isEqualTo("changed by pyez");
        assertThat(history.get(1).user()).isEqualTo("jmcp");
        assertThat(history.get(0).comment()).isEqualTo("rolled back by pyez");
        assertThat(device.hostname()).isEqualTo("pyez-srx");
    }

    @Test
    void commitsInPrivateModeAndDiscardsWhatIsLeftOnExit() {
        SimulatedDevice device = deviceOf(Platform.MX);

        JsonNode steps = PythonPeers.run("pyez_private.py", passwordLogin(device));

        assertThat(steps.get("diff").asString()).contains("+   host-name pyez-private;");
        assertThat(steps.get("commit").asBoolean()).isTrue();
        assertThat(steps.get("diff_uncommitted").asString()).contains("+   host-name never-committed;");
        assertThat(steps.get("diff_after_exit").isNull()).isTrue();
        assertThat(device.hostname()).isEqualTo("pyez-private");
        assertThat(device.rollbackHistory().get(0).comment()).isEqualTo("private by pyez");
    }

    @Test
    void aCommitWhileAnotherSessionHoldsTheLockFailsWithJunosLockError() {
        SimulatedDevice device = deviceOf(Platform.VSRX);
        try (RawNetconfSession holder = RawNetconfSession.open(device)) {
            holder.rpc("<lock-configuration/>");

            JsonNode result = PythonPeers.run("pyez_locked.py", passwordLogin(device));

            assertThat(result.get("lock").get("error").asString()).isEqualTo("LockError");
            assertThat(result.get("lock").get("message").asString()).startsWith("configuration database locked by:");
            assertThat(result.get("commit").get("error").asString()).isEqualTo("CommitError");
            assertThat(result.get("commit").get("message").asString()).contains("configuration database locked by:");
        }
    }

    private static SimulatedDevice deviceOf(Platform platform) {
        return fleet.device("pyez-" + platform.name().toLowerCase());
    }

    /** PyEZ's op tables (LLDP, ARP, OSPF, BGP, PhyPort, optics) read the new replies, and agree with each other. */
    @Test
    void readsTheOperationalRepliesWithItsOwnTablesAndViews() {
        SimulatedDevice device = deviceOf(Platform.MX);

        JsonNode tables = PythonPeers.run("pyez_tables.py", passwordLogin(device));

        JsonNode lldp = tables.get("lldp").get(0);
        assertThat(lldp.get("local_int").asString()).isEqualTo("ge-0/0/0");
        String peer = lldp.get("remote_sysname").asString().substring("nbr-".length()).replace('-', '.');
        assertThat(tables.get("arp")).anySatisfy(entry -> {
            assertThat(entry.get("ip_address").asString()).isEqualTo(peer);
            assertThat(entry.get("interface_name").asString()).isEqualTo("ge-0/0/0.0");
            assertThat(entry.get("mac_address").asString()).isEqualTo(lldp.get("remote_chassis_id").asString());
        });
        JsonNode ospf = tables.get("ospf").get(0);
        assertThat(ospf.get("neighbor_address").asString()).isEqualTo(peer);
        assertThat(ospf.get("ospf_neighbor_state").asString()).isEqualTo("Full");
        assertThat(tables.get("bgp")).extracting(bgp -> bgp.get("peer_id").asString())
                .contains(ospf.get("neighbor_id").asString());
        assertThat(tables.get("bgp").get(0).get("peer_as").asString()).isEqualTo("64512");
        assertThat(tables.get("ports")).anySatisfy(port -> {
            assertThat(port.get("name").asString()).isEqualTo("ge-0/0/0");
            assertThat(port.get("oper").asString()).isEqualTo("up");
            assertThat(port.get("description").asString()).isEqualTo("uplink to core");
            assertThat(port.get("speed").asString()).isEqualTo("1000mbps");
        });
        JsonNode errors = tables.get("errors").get(0);
        assertThat(errors.get("rx_err_input").asInt()).isZero();
        assertThat(errors.get("tx_err_carrier-transitions").asInt()).isEqualTo(1);
        assertThat(errors.get("rx_packets").asLong()).isNotNegative();
        assertThat(tables.get("optics").get(0).get("rx_optic_power").asString()).isEqualTo("-3.85");
    }

    private static String[] passwordLogin(SimulatedDevice device) {
        return new String[] {"--port", Integer.toString(device.port()), "--user", "jmcp", "--password", "jmcp"};
    }
}
