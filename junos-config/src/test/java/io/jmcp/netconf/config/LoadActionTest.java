package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import org.junit.jupiter.api.Test;

/** {@code load merge|replace|override|update|set} as Junos does them. */
class LoadActionTest {

    private static final Configuration CANDIDATE = Configuration.parse("""
            system {
                host-name r1;
                name-server {
                    10.0.0.53;
                }
                services {
                    ssh;
                    telnet;
                }
            }
            interfaces {
                ge-0/0/0 {
                    description uplink;
                    unit 0 {
                        family inet {
                            address 10.0.0.1/24;
                        }
                    }
                }
            }
            """, ConfigFormat.TEXT);

    @Test
    void mergeAddsNewStatementsAndChangesValues() {
        Configuration merged = CANDIDATE.load(LoadAction.MERGE, "system { host-name r2; domain-name example.net; }",
                ConfigFormat.TEXT);

        assertThat(merged.textAt("system")).hasValue("""
                host-name r2;
                services {
                    ssh;
                    telnet;
                }
                domain-name example.net;
                name-server {
                    10.0.0.53;
                }
                """);
    }

    @Test
    void mergeIgnoresReplaceTags() {
        Configuration merged = CANDIDATE.load(LoadAction.MERGE, "system { replace: services { netconf { ssh; } } }",
                ConfigFormat.TEXT);

        assertThat(merged.toSet()).contains("set system services ssh", "set system services telnet",
                "set system services netconf ssh");
    }

    @Test
    void replaceReplacesTheStatementsTaggedInText() {
        Configuration replaced = CANDIDATE.load(LoadAction.REPLACE,
                "system { replace: services { netconf { ssh; } } host-name r3; }", ConfigFormat.TEXT);

        assertThat(replaced.textAt("system")).hasValue("""
                host-name r3;
                services {
                    netconf {
                        ssh;
                    }
                }
                name-server {
                    10.0.0.53;
                }
                """);
    }

    @Test
    void replaceReplacesTheElementsMarkedInXml() {
        Configuration replaced = CANDIDATE.load(LoadAction.REPLACE, """
                <configuration>
                  <interfaces>
                    <interface replace="replace">
                      <name>ge-0/0/0</name>
                      <description>core</description>
                    </interface>
                  </interfaces>
                </configuration>""", ConfigFormat.XML);

        assertThat(replaced.textAt("interfaces")).hasValue("""
                ge-0/0/0 {
                    description core;
                }
                """);
    }

    @Test
    void overrideResultsInExactlyThePayload() {
        Configuration overridden = CANDIDATE.load(LoadAction.OVERRIDE, "system { host-name fresh; }", ConfigFormat.TEXT);

        assertThat(overridden.toText()).isEqualTo("""
                system {
                    host-name fresh;
                }
                """);
    }

    @Test
    void updateResultsInTheSameConfigurationAsOverride() {
        String payload = "system { host-name r1; services { ssh; } }";

        assertThat(CANDIDATE.load(LoadAction.UPDATE, payload, ConfigFormat.TEXT))
                .isEqualTo(CANDIDATE.load(LoadAction.OVERRIDE, payload, ConfigFormat.TEXT));
    }

    @Test
    void setAppliesCommandsInOrder() {
        Configuration changed = CANDIDATE.load(LoadAction.SET, """
                # comments and blank lines are skipped

                set interfaces ge-0/0/1 unit 0 family inet address 10.0.1.1/24
                delete interfaces ge-0/0/0 description
                deactivate system services telnet
                set system services telnet
                activate system services telnet
                """, ConfigFormat.TEXT);

        assertThat(changed.textAt("interfaces")).hasValue("""
                ge-0/0/0 {
                    unit 0 {
                        family inet {
                            address 10.0.0.1/24;
                        }
                    }
                }
                ge-0/0/1 {
                    unit 0 {
                        family inet {
                            address 10.0.1.1/24;
                        }
                    }
                }
                """);
        assertThat(changed.toSet()).contains("set system services telnet").doesNotContain("deactivate");
    }

    @Test
    void deleteTagsDeleteInTextXmlAndJson() {
        Configuration viaText = CANDIDATE.load(LoadAction.MERGE,
                "system { delete: name-server; services { delete: telnet; } }", ConfigFormat.TEXT);
        Configuration viaXml = CANDIDATE.load(LoadAction.MERGE,
                "<configuration><system><name-server delete=\"delete\"/><services><telnet operation=\"delete\"/></services></system></configuration>",
                ConfigFormat.XML);
        Configuration viaJson = CANDIDATE.load(LoadAction.MERGE,
                "{\"configuration\": {\"system\": {\"name-server\": {\"@\": {\"operation\": \"delete\"}},"
                        + " \"services\": {\"telnet\": [null], \"@telnet\": {\"operation\": \"delete\"}}}}}",
                ConfigFormat.JSON);

        String expected = "set system host-name r1\nset system services ssh\n";
        assertThat(viaText.textAt("system")).isEqualTo(viaXml.textAt("system")).isEqualTo(viaJson.textAt("system"));
        assertThat(viaText.toSet()).startsWith(expected);
    }

    @Test
    void deletingWhatIsNotThereIsAWarningNotAnError() {
        Configuration result = CANDIDATE.load(LoadAction.SET, "delete system ntp\ndelete system host-name r9",
                ConfigFormat.SET);

        assertThat(result.warnings()).containsExactly(
                new ConfigWarning(1, "[edit system]", "ntp", "statement not found"),
                new ConfigWarning(2, "[edit system]", "host-name r9", "statement not found"));
        assertThat(result).isEqualTo(CANDIDATE);
    }

    @Test
    void deleteTagOnAnAbsentStatementWarnsWithItsLine() {
        Configuration result = CANDIDATE.load(LoadAction.MERGE, "system {\n    delete: ntp;\n}", ConfigFormat.TEXT);

        assertThat(result.warnings()).extracting(ConfigWarning::describe)
                .containsExactly("warning: statement not found: [edit system] ntp (line 2)");
    }

    @Test
    void activeAndInactiveTagsChangeOnlyTheState() {
        Configuration inactive = CANDIDATE.load(LoadAction.MERGE, "interfaces { inactive: ge-0/0/0; }", ConfigFormat.TEXT);
        Configuration active = inactive.load(LoadAction.MERGE, "interfaces { active: ge-0/0/0; }", ConfigFormat.TEXT);

        assertThat(inactive.toSet()).endsWith("deactivate interfaces ge-0/0/0\n");
        assertThat(inactive.textAt("interfaces ge-0/0/0 unit 0")).isEqualTo(CANDIDATE.textAt("interfaces ge-0/0/0 unit 0"));
        assertThat(active).isEqualTo(CANDIDATE);
    }

    @Test
    void leafListsMergeByAddingValues() {
        Configuration merged = CANDIDATE.load(LoadAction.MERGE,
                "system { authentication-order password; } system { authentication-order radius; }", ConfigFormat.TEXT);

        assertThat(merged.textAt("system authentication-order")).hasValue("authentication-order [ password radius ];\n");
    }

    @Test
    void insertMovesAnEntryOfAnOrderedList() {
        Configuration policy = Configuration.parse(
                "policy-options { policy-statement p { term a { then accept; } term b { then reject; } } }", ConfigFormat.TEXT);

        Configuration moved = policy.load(LoadAction.SET, "insert policy-options policy-statement p term b before term a",
                ConfigFormat.SET);

        assertThat(moved.toSet()).isEqualTo("""
                set policy-options policy-statement p term b then reject
                set policy-options policy-statement p term a then accept
                """);
    }

    @Test
    void aFailedLoadLeavesTheConfigurationUnchanged() {
        Configuration before = CANDIDATE.copy();

        assertThatThrownBy(() -> CANDIDATE.load(LoadAction.SET, "set system host-name r5\nset system host-name",
                ConfigFormat.SET)).isInstanceOf(ConfigSyntaxException.class);
        assertThat(CANDIDATE).isEqualTo(before);
    }

    @Test
    void applySetChangesThisConfigurationAllOrNothing() {
        Configuration config = CANDIDATE.copy();

        assertThatThrownBy(() -> config.applySet("set system host-name r5\nfrobnicate system")).isInstanceOf(ConfigSyntaxException.class);
        assertThat(config).isEqualTo(CANDIDATE);
        assertThat(config.applySet("set system host-name r5")).isEmpty();
        assertThat(config.textAt("system host-name")).hasValue("host-name r5;\n");
    }

    @Test
    void deleteWithoutPathEmptiesTheConfiguration() {
        assertThat(CANDIDATE.load(LoadAction.SET, "delete", ConfigFormat.SET).isEmpty()).isTrue();
    }
}
