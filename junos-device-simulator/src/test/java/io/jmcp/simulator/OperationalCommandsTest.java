package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The operational commands an engineer (or jmcp's prompts) runs, on the default (demo)
 * configuration: each in text and XML, and all telling one story about the same interfaces,
 * neighbours and addresses.
 */
class OperationalCommandsTest {
    private static final Pattern UPLINK_ADDRESS = Pattern.compile("ge-0/0/0\\.0\\s+up\\s+up\\s+inet\\s+(10\\.1\\.\\d+)\\.1/30");
    private static SimulatorFleet fleet;
    private static RawNetconfSession mx;
    private static RawNetconfSession ex;
    private static RawNetconfSession srx;

    @BeforeAll
    static void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("op-mx").build(), DeviceSpec.builder("op-mx-changed").build(),
                DeviceSpec.builder("op-ex").platform(Platform.EX).build(),
                DeviceSpec.builder("op-srx").platform(Platform.SRX).build()));
        mx = RawNetconfSession.open(fleet.device("op-mx"));
        ex = RawNetconfSession.open(fleet.device("op-ex"));
        srx = RawNetconfSession.open(fleet.device("op-srx"));
    }

    @AfterAll
    static void stop() {
        mx.close();
        ex.close();
        srx.close();
        fleet.close();
    }

    /** The uplink's subnet (10.1.N) as show interfaces terse reports it: every other command must agree. */
    private static String uplinkSubnet() {
        Matcher matcher = UPLINK_ADDRESS.matcher(text(mx, "show interfaces terse"));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void showsAnInterfaceInDetailAndExtensively() {
        String extensive = text(mx, "show interfaces ge-0/0/0 extensive");
        assertThat(extensive).startsWith("Physical interface: ge-0/0/0, Enabled, Physical link is Up\n")
                .contains("  Description: uplink to core\n", "Speed: 1000mbps", "  Last flapped   : ",
                        "  Input errors:\n    Errors: 0, Drops: 0,", "  Output errors:\n    Carrier transitions: 1,",
                        "      Local: " + uplinkSubnet() + ".1/30");
        assertThat(text(mx, "show interfaces ge-0/0/0 detail")).contains("Traffic statistics:").doesNotContain("Input errors:");
        assertThat(text(mx, "show interfaces ge-0/0/0")).contains("Speed: 1000mbps").doesNotContain("Input errors:");
        assertThat(text(mx, "show interfaces extensive ge-0/0/1")).startsWith("Physical interface: ge-0/0/1,");
        String xml = mx.rpc("<command>show interfaces ge-0/0/0 extensive</command>");
        ReplyXml reply = ReplyXml.of(xml);
        assertThat(reply.text("//physical-interface/traffic-statistics/input-packets")).matches("\\d+");
        assertThat(reply.text("//physical-interface/input-error-list/input-errors")).isEqualTo("0");
        assertThat(reply.text("//physical-interface/speed")).isEqualTo("1000mbps");
    }

    @Test
    void lldpAndArpNameTheNeighbourOfEachAddressedPort() {
        String subnet = uplinkSubnet();
        assertThat(text(mx, "show lldp neighbors")).startsWith("Local Interface    Parent Interface    Chassis Id")
                .contains("ge-0/0/0           -                   2c:6b:f5:")
                .contains("nbr-" + subnet.replace('.', '-') + "-2");
        assertThat(text(mx, "show lldp neighbors interface ge-0/0/0")).contains("ge-0/0/0").doesNotContain("ge-0/0/1 ");
        assertThat(ReplyXml.of(mx.rpc("<command>show lldp neighbors interface ge-0/0/0</command>"))
                .text("//lldp-neighbor-information/lldp-local-port-id")).isEqualTo("ge-0/0/0");
        assertThat(text(mx, "show arp no-resolve")).contains(subnet + ".2 ").contains("ge-0/0/0.0")
                .contains("192.168.255.254").contains("Total entries: 3");
    }

    @Test
    void ospfRunsOnTheUplinkTowardsTheIbgpNeighbour() {
        String subnet = uplinkSubnet();
        assertThat(text(mx, "show ospf neighbor")).contains(subnet + ".2       ge-0/0/0.0            Full     10.255.0.253");
        assertThat(text(mx, "show bgp neighbor 10.255.0.253")).startsWith("Peer: 10.255.0.253+179 AS 64512 Local: ")
                .contains("  Group: ibgp", "State: Established", "Last Error: None");
        assertThat(text(mx, "show bgp neighbor")).contains("Peer: 10.255.0.253+179", "Peer: 10.255.0.254+179");
        assertThat(text(mx, "show bgp neighbor 192.0.2.99")).isEmpty();
        assertThat(text(mx, "traceroute 10.255.0.253")).contains(" 1  " + subnet + ".2 (" + subnet + ".2)")
                .contains(" 2  10.255.0.253 (10.255.0.253)");
        assertThat(text(mx, "traceroute 10.255.0.254")).contains(" 2  10.255.0.254 (10.255.0.254)");
        assertThat(text(mx, "traceroute 203.0.113.9")).contains("30  * * *");
    }

    @Test
    void pingsWhatTheNetworkHasAndLosesTheRest() {
        assertThat(text(mx, "ping 10.255.0.253 count 5 rapid")).contains("!!!!!\n--- 10.255.0.253 ping statistics ---\n")
                .contains("5 packets transmitted, 5 packets received, 0% packet loss");
        assertThat(text(mx, "ping " + uplinkSubnet() + ".2 count 2")).contains("icmp_seq=1 ttl=64");
        assertThat(text(mx, "ping 203.0.113.9 rapid count 3")).contains("...\n")
                .contains("3 packets transmitted, 0 packets received, 100% packet loss");
        assertThat(ReplyXml.of(mx.rpc("<command>ping 10.255.0.254 count 2</command>"))
                .text("//probe-results-summary/responses-received")).isEqualTo("2");
        assertThat(mx.rpc("<command>ping 10.255.0.253 count 0</command>")).contains("<rpc-error>");
    }

    @Test
    void logsWhatTheDeviceDid() {
        String log = text(mx, "show log messages");
        assertThat(log).contains("op-mx mib2d[1512]: SNMP_TRAP_LINK_UP:", "ifName ge-0/0/0",
                "RPD_OSPF_NBRUP", "RPD_BGP_NEIGHBOR_STATE_CHANGED: BGP peer 10.255.0.253", "UI_COMMIT");
        assertThat(text(mx, "show log messages | match ge-0/0/0 | last 50"))
                .isEqualTo(String.join("\n", log.lines().filter(line -> line.contains("ge-0/0/0")).toList()));
        assertThat(mx.rpc("<command>show log nonexistent</command>")).contains("could not resolve file: nonexistent");
    }

    @Test
    void filtersLinesWithEveryPipe() {
        String terse = text(mx, "show interfaces terse");
        assertThat(text(mx, "show interfaces terse | match lo0")).isEqualTo("lo0                     up    up\n"
                + "lo0.0                   up    up   inet     10.255.0." + terse.split("10\\.255\\.0\\.")[1].split("/")[0]
                + "/32");
        assertThat(text(mx, "show interfaces terse | except ge-").lines()).noneMatch(line -> line.startsWith("ge-"));
        assertThat(text(mx, "show interfaces terse | count")).isEqualTo("Count: "
                + terse.lines().filter(line -> !line.isEmpty()).count() + " lines");
        assertThat(text(mx, "show interfaces terse | last 2").lines().toList())
                .isEqualTo(terse.lines().skip(terse.lines().count() - 2).toList());
        assertThat(text(mx, "show interfaces terse | find ^lo0")).startsWith("lo0 ");
        assertThat(text(mx, "show interfaces terse | no-more")).isEqualTo(terse);
        assertThat(text(mx, "show configuration | display set | match host-name")).isEqualTo(
                "set system host-name op-mx");
        assertThat(text(mx, "show chassis alarms | match \"No alarms\"")).isEqualTo("No alarms currently active");
        assertThat(mx.rpc("<command>show interfaces terse | last x</command>")).contains("<bad-element>x</bad-element>");
        assertThat(mx.rpc("<command>show interfaces terse | match</command>")).contains("<bad-element>match</bad-element>");
        assertThat(mx.rpc("<command>show interfaces terse | save /tmp/x</command>")).contains("<bad-element>save</bad-element>");
    }

    @Test
    void answersTheChassisAndSystemHealthCommands() {
        assertThat(text(mx, "show chassis alarms")).isEqualTo("No alarms currently active");
        assertThat(text(mx, "show system alarms")).isEqualTo("No alarms currently active");
        assertThat(text(mx, "show chassis environment")).contains("Routing Engine 0", "OK", "degrees C");
        assertThat(text(mx, "show system storage")).contains("/dev/gpt/junos", "Mounted on");
        assertThat(text(mx, "show system processes summary")).contains("load averages", "rpd");
        assertThat(ReplyXml.of(mx.rpc("<command>show chassis alarms</command>")).text("//alarm-summary/no-active-alarms"))
                .isEmpty();
        assertThat(text(mx, "show interfaces diagnostics optics ge-0/0/0")).contains("Receiver signal average optical power");
        assertThat(text(mx, "show lacp interfaces ge-0/0/0")).contains("lacp subsystem not running");
    }

    @Test
    void answersThePlatformsOwnCommandsOnlyThere() {
        assertThat(text(ex, "show ethernet-switching table")).contains("Ethernet switching table : 0 entries");
        assertThat(text(srx, "show security flow session summary")).contains("Valid sessions: 1", "Maximum-sessions:");
        assertThat(mx.rpc("<command>show security flow session summary</command>"))
                .contains("<bad-element>security</bad-element>");
        assertThat(mx.rpc("<command>show ethernet-switching table</command>"))
                .contains("<bad-element>ethernet-switching</bad-element>");
    }

    @Test
    void aDisabledPortLosesItsNeighboursEverywhere() {
        try (RawNetconfSession netconf = RawNetconfSession.open(fleet.device("op-mx-changed"))) {
            assertThat(text(netconf, "show ospf neighbor")).contains("ge-0/0/0.0");
            assertThat(netconf.rpc("<load-configuration action=\"set\" format=\"text\"><configuration-set>"
                    + "set interfaces ge-0/0/0 disable</configuration-set></load-configuration>")).doesNotContain("<rpc-error>");
            assertThat(netconf.rpc("<commit-configuration/>")).doesNotContain("<rpc-error>");

            assertThat(text(netconf, "show interfaces ge-0/0/0 terse")).contains("ge-0/0/0                down  down");
            assertThat(text(netconf, "show lldp neighbors")).doesNotContain("ge-0/0/0 ");
            assertThat(text(netconf, "show arp no-resolve")).doesNotContain("ge-0/0/0.0");
            assertThat(text(netconf, "show ospf neighbor")).doesNotContain("ge-0/0/0.0");
            assertThat(text(netconf, "show log messages")).contains("UI_COMMIT: User 'jmcp' requested 'commit'");
        }
    }

    @Test
    void answersInJunosJsonToo() throws Exception {
        String reply = ReplyXml.of(mx.rpc("<command format=\"json\">show lldp neighbors</command>")).text("/rpc-reply");
        JsonNode json = JsonMapper.builder().build().readTree(reply);

        assertThat(json.get("lldp-neighbors-information").get(0).get("lldp-neighbor-information").get(0)
                .get("lldp-local-port-id").get(0).get("data").asString()).isEqualTo("ge-0/0/0");
        String ping = ReplyXml.of(mx.rpc("<command>ping 10.255.0.253 count 3 | display json</command>")).text("/rpc-reply");
        assertThat(JsonMapper.builder().build().readTree(ping).get("ping-results").get(0).get("probe-results-summary")
                .get(0).get("responses-received").get(0).get("data").asString()).isEqualTo("3");
    }

    @Test
    void givesJunossSyntaxErrorForAnUnknownCommand() {
        assertThat(mx.rpc("<command>show frobnicate</command>")).contains("<bad-element>frobnicate</bad-element>")
                .contains("syntax error");
    }

    @Test
    void runsKnownPfeCommandsAndReportsTheShellsSyntaxError() {
        assertThat(pfe(mx, "show jnh 0 pool usage")).contains("GOT: EDMEM overall usage:", "GOT: Next Hop");
        assertThat(pfe(mx, "show bogus thing")).contains("GOT: Syntax error at 'bogus'");
        assertThat(pfe(ex, "show jnh 0 pool usage")).contains("GOT: Syntax error at 'jnh'");
    }

    private static String pfe(RawNetconfSession netconf, String command) {
        return ReplyXml.of(netconf.rpc("<request-pfe-execute><target>fpc0</target><command>" + command
                + "</command></request-pfe-execute>")).text("/rpc-reply/output");
    }

    private static String text(RawNetconfSession netconf, String command) {
        String reply = netconf.rpc("<command format=\"text\">" + command + "</command>");
        assertThat(reply).as(command).doesNotContain("<rpc-error>");
        ReplyXml xml = ReplyXml.of(reply);
        return command.contains("show configuration") ? xml.text("//configuration-output") : xml.text("/rpc-reply/output");
    }
}
