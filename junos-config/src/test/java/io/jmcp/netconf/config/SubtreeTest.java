package io.jmcp.netconf.config;

import io.jmcp.netconf.JunosReplies;
import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

/** Parts of a configuration named by a path: subtree filters and {@code show configuration <path>}. */
class SubtreeTest {

    private static final Configuration CONFIG = Configuration.parse(JunosReplies.read("core/get-configuration.xml"),
            ConfigFormat.XML);

    @Test
    void subtreeKeepsTheHierarchyWithItsAncestors() {
        assertThat(CONFIG.subtree("interfaces ge-0/0/1").map(Configuration::toText)).hasValue("""
                interfaces {
                    ge-0/0/1 {
                        unit 0 {
                            family inet {
                                address 192.168.2.1/24;
                            }
                        }
                    }
                }
                """);
    }

    @Test
    void subtreeOfAListKeywordKeepsEveryEntry() {
        assertThat(CONFIG.subtree("system syslog file").map(Configuration::toSet)).hasValue("""
                set system syslog file messages any any
                set system syslog file messages authorization info
                set system syslog file interactive-commands interactive-commands any
                """);
    }

    @Test
    void subtreeIsEmptyWhenThePathIsAbsent() {
        assertThat(CONFIG.subtree("protocols bgp")).isEmpty();
        assertThat(CONFIG.subtree("interfaces ge-0/0/9")).isEmpty();
    }

    @Test
    void subtreeNamesSecurityPoliciesByBothZones() {
        assertThat(CONFIG.subtree("security policies from-zone untrust to-zone trust").map(Configuration::toSet)).hasValue("""
                set security policies from-zone untrust to-zone trust policy default-deny match source-address any
                set security policies from-zone untrust to-zone trust policy default-deny match destination-address any
                set security policies from-zone untrust to-zone trust policy default-deny match application any
                set security policies from-zone untrust to-zone trust policy default-deny then deny
                """);
    }

    @Test
    void textAtPrintsWhatShowConfigurationPrintsForThePath() {
        assertThat(CONFIG.textAt("routing-options")).hasValue("""
                static {
                    route 0.0.0.0/0 next-hop 10.0.0.1;
                }
                """);
        assertThat(CONFIG.textAt("system host-name")).hasValue("host-name firefly;\n");
        assertThat(CONFIG.textAt("")).hasValue(CONFIG.toText());
        assertThat(CONFIG.textAt("snmp")).isEmpty();
    }

    @Test
    void filterOfAnInterfaceNamesItsListElement() {
        assertThat(ConfigPaths.toXmlFilter("interfaces ge-0/0/0"))
                .isEqualTo("<interfaces><interface><name>ge-0/0/0</name></interface></interfaces>");
    }

    @Test
    void filterOfAHierarchyIsItsElements() {
        assertThat(ConfigPaths.toXmlFilter("protocols bgp")).isEqualTo("<protocols><bgp/></protocols>");
        assertThat(ConfigPaths.toXmlFilter("system host-name")).isEqualTo("<system><host-name/></system>");
        assertThat(ConfigPaths.toXmlFilter("  ")).isEmpty();
    }

    @Test
    void filterFollowsTheXmlShapeOfEachStatement() {
        assertThat(ConfigPaths.toXmlFilter("interfaces ge-0/0/0 unit 0 family inet"))
                .isEqualTo("<interfaces><interface><name>ge-0/0/0</name><unit><name>0</name>"
                        + "<family><inet/></family></unit></interface></interfaces>");
        assertThat(ConfigPaths.toXmlFilter("security policies from-zone a to-zone b"))
                .isEqualTo("<security><policies><policy><from-zone-name>a</from-zone-name>"
                        + "<to-zone-name>b</to-zone-name></policy></policies></security>");
        assertThat(ConfigPaths.toXmlFilter("security zones security-zone untrust interfaces ge-0/0/0.0"))
                .isEqualTo("<security><zones><security-zone><name>untrust</name>"
                        + "<interfaces><name>ge-0/0/0.0</name></interfaces></security-zone></zones></security>");
        assertThat(ConfigPaths.toXmlFilter("protocols bgp group")).isEqualTo("<protocols><bgp><group/></bgp></protocols>");
    }

    @Test
    void filterEscapesIdentifiers() {
        assertThat(ConfigPaths.toXmlFilter("policy-options policy-statement \"a<b&c\""))
                .isEqualTo("<policy-options><policy-statement><name>a&lt;b&amp;c</name></policy-statement></policy-options>");
    }
}
