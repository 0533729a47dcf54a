package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigDatabase;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.LoadAction;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The statements issue 11 saw refused, split or lost, loaded into the simulator over NETCONF (the
 * path of load_and_commit_config) and read back: the candidate holds exactly what was loaded.
 */
class SchemaDrivenLoadTest {

    private static SimulatorFleet fleet;
    private static JunosDevice mx;
    private static JunosDevice srx;

    @BeforeAll
    static void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.of("mx", Platform.MX), DeviceSpec.of("srx", Platform.VSRX)));
        mx = connect("mx");
        srx = connect("srx");
    }

    @AfterAll
    static void stop() {
        mx.close();
        srx.close();
        fleet.close();
    }

    @Test
    void routingStatementsLoadAsWritten() {
        loadsExactly(mx, "routing-options", """
                set routing-options resolution rib inet.0 import respol
                """);
        loadsExactly(mx, "protocols", """
                set protocols bgp local-as 64611
                set protocols bgp local-as private
                set protocols bgp local-as no-prepend-global-as
                set protocols ospf area 0.0.0.0 area-range 10.0.0.0/16 restrict
                set protocols ospf area 0.0.0.0 area-range 10.0.0.0/16 override-metric 123
                """);
        loadsExactly(mx, "policy-options", """
                set policy-options policy-statement p term t from route-filter 10.0.0.0/8 longer next-hop self
                set policy-options policy-statement p term t then community add A
                set policy-options policy-statement p term t then community add B
                set policy-options policy-statement p term t then accept
                """);
    }

    @Test
    void serviceStatementsLoadAsWritten() {
        loadsExactly(mx, "snmp", "set snmp filter-interfaces interfaces ge-0/0/0\n");
        loadsExactly(mx, "class-of-service", "set class-of-service schedulers s1 transmit-rate percent 30\n");
        loadsExactly(mx, "forwarding-options", "set forwarding-options dhcp-relay server-group SG 1.1.1.1\n");
        loadsExactly(mx, "system syslog", "set system syslog console any info\n");
    }

    @Test
    void securityStatementsLoadAsWrittenOnTheSrx() {
        loadsExactly(srx, "security nat", """
                set security nat source pool P address 10.0.0.1/32 to 10.0.0.9/32
                set security nat source pool P port range 1000
                set security nat source pool P port range to 2000
                """);
        loadsExactly(srx, "security authentication-key-chains",
                "set security authentication-key-chains key-chain K key 1 algorithm md5\n");
        loadsExactly(srx, "security address-book", """
                set security address-book global address A wildcard-address 10.0.0.0/255.0.0.255
                set security address-book global address B range-address 10.0.0.1 to 10.0.0.5
                """);
    }

    /** The section's set lines gain exactly the loaded lines, in order, and nothing else. */
    /** 23.4R1's SRX schema orders a routing instance's interface before its instance-type; MX's the other way. */
    @Test
    void eachPlatformPrintsInTheStatementOrderOfItsFamily() {
        String mxOrder = """
                set routing-instances R instance-type virtual-router
                set routing-instances R interface ge-0/0/1.0
                """;
        loadsExactly(mx, "routing-instances", mxOrder);
        try {
            srx.loadConfiguration(mxOrder, ConfigFormat.SET, LoadAction.SET);
            assertThat(setLines(srx, "routing-instances")).containsExactly(
                    "set routing-instances R interface ge-0/0/1.0",
                    "set routing-instances R instance-type virtual-router");
        } finally {
            srx.discardChanges();
        }
    }

    private static void loadsExactly(JunosDevice device, String section, String lines) {
        List<String> before = setLines(device, section);
        try {
            device.loadConfiguration(lines, ConfigFormat.SET, LoadAction.SET);
            List<String> added = setLines(device, section).stream().filter(line -> !before.contains(line)).toList();
            assertThat(added).containsExactlyElementsOf(lines.lines().toList());
        } finally {
            device.discardChanges();
        }
    }

    private static List<String> setLines(JunosDevice device, String section) {
        return device.getConfiguration(ConfigFormat.SET, ConfigDatabase.CANDIDATE, section).lines().toList();
    }

    private static JunosDevice connect(String name) {
        SimulatedDevice device = fleet.device(name);
        return JunosDevice.connect(DeviceOptions.builder(SimulatedDevice.HOST).port(device.port())
                .username("jmcp").password("jmcp").hostKeyPolicy(HostKeyPolicy.OFF)
                .connectTimeout(Duration.ofSeconds(10)).rpcTimeout(Duration.ofSeconds(30)).build());
    }
}
