package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Configurations checked against Juniper's schema as Junos checks them on load. */
class SchemaValidationTest {

    private static List<SchemaViolation> violations(String setLines, PlatformFamily family) {
        return Configuration.parse(setLines, ConfigFormat.SET).schemaViolations(family);
    }

    @Test
    void refusesAnUnknownStatementUnderAnInterface() {
        assertThat(violations("set interfaces ge-0/0/1 bogus-statement 1", PlatformFamily.JUNOS))
                .containsExactly(new SchemaViolation("[edit interfaces ge-0/0/1]", "bogus-statement", "syntax error"));
    }

    @Test
    void refusesAnUnknownTopLevelStatement() {
        assertThat(violations("set system1 host-name r1", null))
                .containsExactly(new SchemaViolation("[edit]", "system1", "syntax error"));
    }

    @Test
    void securityPoliciesExistOnSrxOnly() {
        String policy = "set security policies from-zone trust to-zone untrust policy p1 then permit";
        assertThat(violations(policy, PlatformFamily.JUNOS_ES)).isEmpty();
        assertThat(violations(policy, PlatformFamily.JUNOS))
                .containsExactly(new SchemaViolation("[edit security]", "policies", "syntax error"));
        assertThat(violations("set security zones security-zone trust", PlatformFamily.JUNOS_EX))
                .containsExactly(new SchemaViolation("[edit security]", "zones", "syntax error"));
    }

    @Test
    void badHostNameGetsTheYangPatternMessage() {
        assertThat(violations("set system host-name \"r1 bad!\"", PlatformFamily.JUNOS))
                .containsExactly(new SchemaViolation("[edit system]", "host-name",
                        "Must be a string of alphanumericals, dashes or underscores"));
        assertThat(violations("set system host-name r1-core_2.lab", PlatformFamily.JUNOS)).isEmpty();
    }

    @Test
    void acceptsTheValidStatementsTheHandTableRefusedOrSplit() {
        String valid = """
                set routing-options static route 0.0.0.0/0 next-hop 10.0.0.1
                set protocols bgp group ebgp neighbor 10.1.1.1 local-as 64611 private no-prepend-global-as
                set policy-options policy-statement p term t from route-filter 10.0.0.0/8 longer
                set policy-options policy-statement p term t then community add A
                set policy-options policy-statement p term t then community add B
                set class-of-service schedulers be transmit-rate percent 30
                set system syslog file messages any notice
                set system services ssh
                set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.1/24
                set interfaces ge-0/0/0 disable
                set groups g1 interfaces <*> mtu 9192
                set apply-groups g1
                """;
        assertThat(violations(valid, PlatformFamily.JUNOS)).isEmpty();
    }
}
