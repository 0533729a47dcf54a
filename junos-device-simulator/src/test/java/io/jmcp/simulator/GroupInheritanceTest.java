package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code get-configuration inherit="inherit"}: the configuration with its groups applied where
 * they take effect, as Junos reports it (the guardrails judge changes on it).
 */
class GroupInheritanceTest {
    private static final String BOOT = """
            set groups mgmt system login user ops class operator
            set groups mgmt system login user ops authentication encrypted-password "$6$g"
            set groups mgmt system host-name from-group
            set groups mgmt system login user jmcp class super-user
            set groups mtu interfaces <ge-*> mtu 9000
            set groups mtu interfaces <ge-*> unit 0 description "via \\"group\\""
            set groups off system location building 7
            deactivate groups off
            set groups sys system domain-name example.net
            set groups sys system services netconf ssh
            set apply-groups mgmt
            set apply-groups mtu
            set apply-groups off
            set system apply-groups sys
            set system host-name explicit
            set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/30
            set interfaces lo0 unit 0 family inet address 10.255.0.1/32
            """;
    private SimulatorFleet fleet;
    private RawNetconfSession netconf;

    @BeforeEach
    void start() {
        fleet = SimulatorFleet.start(List.of(DeviceSpec.builder("inherit").initialConfiguration(BOOT, ConfigFormat.SET)
                .build()));
        netconf = RawNetconfSession.open(fleet.device("inherit"));
    }

    @AfterEach
    void stop() {
        netconf.close();
        fleet.close();
    }

    private String inheritedSet(String database) {
        return ReplyXml.of(netconf.rpc("<get-configuration database=\"" + database
                + "\" inherit=\"inherit\" format=\"set\"/>")).text("//configuration-set");
    }

    @Test
    void appliesGroupsWhereTheyTakeEffect() {
        assertThat(inheritedSet("committed").lines()).contains(
                "set system login user ops class operator",
                "set system login user ops authentication encrypted-password \"$6$g\"",
                "set system domain-name example.net");
    }

    @Test
    void keepsExplicitStatementsOverInheritedOnes() {
        assertThat(inheritedSet("committed").lines()).contains("set system host-name explicit")
                .doesNotContain("set system host-name from-group");
    }

    @Test
    void expandsWildcardsOverTheConfiguredNamesOnly() {
        assertThat(inheritedSet("committed").lines()).contains("set interfaces ge-0/0/0 mtu 9000",
                "set interfaces ge-0/0/0 unit 0 description \"via \\\"group\\\"\"")
                .doesNotContain("set interfaces lo0 mtu 9000");
    }

    @Test
    void inheritsNothingFromAnInactiveGroup() {
        assertThat(inheritedSet("committed").lines()).doesNotContain("set system location building 7");
    }

    @Test
    void keepsTheGroupsAndReportsTheCandidateToo() {
        netconf.rpc("<load-configuration action=\"set\" format=\"text\"><configuration-set>"
                + "set groups mgmt system login user ops class super-user</configuration-set></load-configuration>");

        assertThat(inheritedSet("candidate").lines()).contains("set groups mgmt system host-name from-group",
                "set system login user ops class super-user");
        assertThat(inheritedSet("committed").lines()).contains("set system login user ops class operator");
    }

    @Test
    void leavesTheConfigurationAsStoredWithoutInherit() {
        String plain = ReplyXml.of(netconf.rpc("<get-configuration database=\"committed\" format=\"set\"/>"))
                .text("//configuration-set");

        assertThat(plain.lines()).doesNotContain("set system domain-name example.net");
    }
}
