package io.jmcp.netconf.config;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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

    /**
     * Every real configuration of ../shared/real-configs is valid on at least one family, except
     * the files below (file -> the words refused), each for a reason Junos 23.4R1 would share:
     * NAPALM's deliberately malformed inputs ({@code *_typo.conf}: {@code unt} for {@code unit});
     * fragments printed below the top ({@code show configuration protocols bgp} or
     * {@code interfaces} output, loaded here at the top where those statements do not exist);
     * and fixtures of older releases whose statements are absent from Juniper's 23.4R1 YANG in
     * every family (prefix-list dynamic-db, GPRS renamed GTP, bgp no-validate, login user shell,
     * web-management http, user-firewall client-match). The map is exact: the test fails when another file is refused and when
     * one of these is accepted.
     */
    @Test
    void realConfigurationsHaveNoSchemaViolationsButFragmentsAndOlderReleases() throws IOException {
        Path dir = Path.of(System.getProperty("jmcp.shared.dir", "../../shared"), "real-configs");
        Map<String, String> refused = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                ConfigFormat format = formatOf(file);
                if (format == null) {
                    continue;
                }
                Configuration configuration;
                try {
                    configuration = Configuration.parse(Files.readString(file), format);
                } catch (ConfigSyntaxException e) {
                    continue; // the fidelity test accounts for files the model cannot read
                }
                List<SchemaViolation> found = configuration.schemaViolations(null);
                if (!found.isEmpty()) {
                    refused.put(file.getFileName().toString(), found.stream()
                            .map(violation -> violation.path() + " " + violation.badElement())
                            .distinct().collect(Collectors.joining("; ")));
                }
            }
        }
        assertThat(refused).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                entry("ansible__ansible_collections_junipernetworks_junos_tests_integration_targets_junos_prefix_"
                        + "lists_tests_netconf_fixtures_parsed.cfg.xml",
                        "[edit policy-options prefix-list 64500] dynamic-db"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_integration_targets_junos_securit"
                        + "y_policies_tests_netconf_fixtures_parsed.xml",
                        "[edit security policies from-zone one to-zone three policy test_policy_3 then permit"
                        + " application-services] gprs-gtp-profile; [edit security] gprs"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_bgp_address_family.cfg.conf",
                        "[edit] description; [edit] preference; [edit] hold-time; [edit] advertise-inactive;"
                        + " [edit] out-delay; [edit] bgp-error-tolerance; [edit] authentication-algorithm; [edit]"
                        + " advertise-bgp-static; [edit] bfd-liveness-detection; [edit] egress-te-sid-stats"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_bgp_global.cfg.conf",
                        "[edit] description; [edit] preference; [edit] hold-time; [edit] advertise-inactive;"
                        + " [edit] out-delay; [edit] bgp-error-tolerance; [edit] authentication-algorithm; [edit]"
                        + " advertise-bgp-static; [edit] bfd-liveness-detection; [edit] egress-te-sid-stats"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_interfaces.cfg.conf",
                        "[edit] fxp0"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_l2_interfaces.cfg.conf",
                        "[edit] fxp0"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_l3_interfaces.cfg.conf",
                        "[edit] fxp0"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_ospf_interfaces.cfg.conf",
                        "[edit] area"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_prefix_lists_config.cfg.xml",
                        "[edit policy-options prefix-list customer_64500] dynamic-db"),
                entry("ansible__ansible_collections_junipernetworks_junos_tests_unit_modules_network_junos_fixtur"
                        + "es_junos_security_policies_config.cfg.xml",
                        "[edit security policies from-zone one to-zone three policy test_policy_3 then permit"
                        + " firewall-authentication user-firewall] client-match; [edit security policies from-zone"
                        + " one to-zone three policy test_policy_3 then permit application-services]"
                        + " gprs-gtp-profile; [edit security policies from-zone one to-zone three policy"
                        + " test_policy_3 then permit application-services] gprs-sctp-profile"),
                entry("napalm__test_junos_junos_merge_typo.conf",
                        "[edit interfaces ge-0/0/1] unt"),
                entry("napalm__test_junos_junos_mock_data__configuration__protocols__bgp__group____bgp___protocol"
                        + "s___configuration_.txt.xml",
                        "[edit protocols bgp group PEERS-GROUP-NAME neighbor 172.17.17.1 family inet unicast]"
                        + " no-validate"),
                entry("napalm__test_junos_junos_mock_data__configuration__protocols__bgp__group__neighbor____grou"
                        + "p___bgp___protocols___configuration_.txt.xml",
                        "[edit protocols bgp group PEERS-GROUP-NAME neighbor 172.17.17.1 family inet unicast]"
                        + " no-validate"),
                entry("napalm__test_junos_junos_new_typo.conf",
                        "[edit interfaces ge-0/0/1] unt"),
                entry("napalm__test_junos_mocked_data_test_get_bgp_config_normal__configuration__protocols__bgp__"
                        + "group____bgp___protocols___configuration_.xml",
                        "[edit protocols bgp group PEERS-GROUP-NAME neighbor 172.17.17.1 family inet unicast]"
                        + " no-validate"),
                entry("pyez__tests_unit_factory_rpc-reply_get-configuration-user.xml",
                        "[edit system login user test] shell"),
                entry("pyez__tests_unit_ofacts_rpc-reply_chassis_get-configuration.xml",
                        "[edit system services web-management] http"),
                entry("pyez__tests_unit_rpc-reply_get-configuration.xml",
                        "[edit system services web-management] http"),
                entry("pyez__tests_unit_utils_rpc-reply_get-configuration.xml",
                        "[edit system services web-management] http"))));
    }

    private static ConfigFormat formatOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith(".conf")) {
            return ConfigFormat.TEXT;
        }
        if (name.endsWith(".set")) {
            return ConfigFormat.SET;
        }
        return name.endsWith(".xml") ? ConfigFormat.XML : null;
    }
}
