package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

/** Curly-brace text: what Junos writes reads back, and reads as Junos means it. */
class TextFormatTest {

    @Test
    void dropsHashCommentsAndSecretDataMarkers() {
        Configuration config = text("""
                ## Last commit: 2014-03-24 16:34:32 UTC by rick
                # a comment line
                system {
                    root-authentication {
                        encrypted-password "$1$kmSq$9Eog"; ## SECRET-DATA
                    }
                }
                """);

        assertThat(config.toSet()).isEqualTo("set system root-authentication encrypted-password \"$1$kmSq$9Eog\"\n");
    }

    @Test
    void keepsSlashStarCommentsAsAnnotationsOfTheNextStatement() {
        String text = """
                interfaces {
                    /* uplink to core */
                    ge-0/0/0 {
                        description core;
                    }
                }
                """;

        Configuration config = text(text);

        assertThat(config.toText()).isEqualTo(text);
        assertThat(config.toXml()).contains("<junos:comment>/* uplink to core */</junos:comment>")
                .contains("xmlns:junos=");
    }

    @Test
    void readsQuotedValuesWithEscapedQuotesAndSpaces() {
        Configuration config = text("system { login { message \"say \\\"hi\\\" to the box\"; } }");

        assertThat(config.toSet()).isEqualTo("set system login message \"say \\\"hi\\\" to the box\"\n");
        assertThat(config.toXml()).contains("<message>say &quot;hi&quot; to the box</message>");
    }

    @Test
    void keepsBackslashSequencesOtherThanEscapesAsWritten() {
        Configuration config = text("system { login { announcement \"line one\\nline two\"; } }");

        assertThat(config.toText()).contains("announcement \"line one\\nline two\";");
    }

    @Test
    void leavesUnquotedValuesWithSlashesColonsDotsAndDashesBare() {
        String text = """
                system {
                    license {
                        autoupdate {
                            url https://ae1.juniper.net/junos/key_retrieval;
                        }
                    }
                }
                interfaces {
                    ge-0/0/0 {
                        unit 0 {
                            family inet6 {
                                address 2001:db8::1/64;
                            }
                        }
                    }
                }
                """;

        assertThat(text(text).toText()).isEqualTo(text);
    }

    @Test
    void quotesValuesJunosQuotes() {
        Configuration config = text("policy-options { as-path AS65000 \"^65000$\"; }"
                + " system { syslog { host 10.0.0.1 { match \"!(.*rancid.*)\"; } } }");

        assertThat(config.toSet()).isEqualTo("""
                set policy-options as-path AS65000 "^65000$"
                set system syslog host 10.0.0.1 match "!(.*rancid.*)"
                """);
    }

    @Test
    void readsAndWritesInactiveAndProtectPrefixes() {
        String text = """
                interfaces {
                    inactive: ge-0/0/1 {
                        unit 0;
                    }
                    protect: ge-0/0/2 {
                        inactive: description spare;
                    }
                }
                """;

        Configuration config = text(text);

        assertThat(config.toText()).isEqualTo(text);
        assertThat(config.toSet()).isEqualTo("""
                set interfaces ge-0/0/1 unit 0
                deactivate interfaces ge-0/0/1
                set interfaces ge-0/0/2 description spare
                deactivate interfaces ge-0/0/2 description
                protect interfaces ge-0/0/2
                """);
        assertThat(config.toXml()).contains("<interface inactive=\"inactive\">")
                .contains("<interface protect=\"protect\">")
                .contains("<description inactive=\"inactive\">spare</description>");
    }

    @Test
    void readsLeafListsInBracketsAndPrintsOneValueWithout() {
        Configuration config = text("""
                interfaces { ge-0/0/5 { unit 0 { family ethernet-switching { vlan { members [ v10 v20 default ]; } } } } }
                system { authentication-order password; }
                """);

        assertThat(config.toSet()).isEqualTo("""
                set interfaces ge-0/0/5 unit 0 family ethernet-switching vlan members v10
                set interfaces ge-0/0/5 unit 0 family ethernet-switching vlan members v20
                set interfaces ge-0/0/5 unit 0 family ethernet-switching vlan members default
                set system authentication-order password
                """);
        assertThat(config.toText()).contains("members [ v10 v20 default ];").contains("authentication-order password;");
    }

    @Test
    void readsApplyGroupsAtAnyLevel() {
        Configuration config = text("""
                apply-groups [ common site ];
                interfaces { ge-0/0/0 { apply-groups uplink; mtu 9192; } }
                """);

        assertThat(config.toSet()).isEqualTo("""
                set apply-groups common
                set apply-groups site
                set interfaces ge-0/0/0 apply-groups uplink
                set interfaces ge-0/0/0 mtu 9192
                """);
        assertThat(config.toXml()).contains("<apply-groups>common</apply-groups>\n    <apply-groups>site</apply-groups>");
    }

    @Test
    void readsConfigurationGroupsAsWholeConfigurationsInsideAnEntry() {
        Configuration config = text("""
                groups {
                    common {
                        system {
                            ntp {
                                server 10.0.0.123;
                            }
                        }
                        interfaces {
                            <ge-*> {
                                mtu 9192;
                            }
                        }
                    }
                }
                apply-groups common;
                """);

        assertThat(XmlOutline.of(config.toXml())).isEqualTo("<configuration><groups><name>common</name>"
                + "<system><ntp><server><name>10.0.0.123</name></server></ntp></system>"
                + "<interfaces><interface><name><ge-*></name><mtu>9192</mtu></interface></interfaces>"
                + "</groups><apply-groups>common</apply-groups></configuration>");
        assertThat(config.toSet()).isEqualTo("""
                set groups common system ntp server 10.0.0.123
                set groups common interfaces <ge-*> mtu 9192
                set apply-groups common
                """);
    }

    @Test
    void readsStatementsWithSeveralIdentifiers() {
        Configuration config = text("""
                security { policies { from-zone trust to-zone untrust { policy allow-web { then { permit; } } } } }
                """);

        assertThat(config.toSet()).isEqualTo(
                "set security policies from-zone trust to-zone untrust policy allow-web then permit\n");
        assertThat(XmlOutline.of(config.toXml())).contains("<policies><policy><from-zone-name>trust</from-zone-name>"
                + "<to-zone-name>untrust</to-zone-name><policy><name>allow-web</name>");
    }

    @Test
    void printsOneLineStatementsOnOneLine() {
        String text = """
                system {
                    syslog {
                        file messages {
                            any notice;
                            archive size 1m files 3;
                        }
                    }
                }
                routing-options {
                    static {
                        route 0.0.0.0/0 next-hop 10.0.0.1;
                        route 10.0.0.0/8 {
                            next-hop 10.0.0.2;
                            preference 200;
                        }
                    }
                }
                policy-options {
                    policy-statement export-static {
                        term one {
                            from {
                                protocol static;
                                route-filter 10.0.0.0/8 orlonger accept;
                            }
                            then accept;
                        }
                    }
                }
                """;

        assertThat(text(text).toText()).isEqualTo(text);
    }

    @Test
    void readsAValueWrittenRightAfterAKeyword() {
        Configuration config = text("protocols { bgp { traceoptions { file bgp.log size 10m files 5; flag update detail; } } }");

        assertThat(config.toSet()).isEqualTo("""
                set protocols bgp traceoptions file bgp.log
                set protocols bgp traceoptions file size 10m
                set protocols bgp traceoptions file files 5
                set protocols bgp traceoptions flag update detail
                """);
        assertThat(config.toXml()).contains("<file>\n                    <filename>bgp.log</filename>");
    }

    @Test
    void keepsStatementsTheHierarchyTableDoesNotKnow() {
        String text = """
                services {
                    flow-monitoring {
                        version9 {
                            template ipv4 {
                                flow-active-timeout 60;
                                ipv4-template;
                            }
                        }
                    }
                }
                """;

        Configuration config = text(text);

        assertThat(config.toText()).isEqualTo(text);
        assertThat(Configuration.parse(config.toXml(), ConfigFormat.XML)).isEqualTo(config);
        assertThat(XmlOutline.of(config.toXml())).contains("<template><name>ipv4</name><flow-active-timeout>60</flow-active-timeout>");
    }

    @Test
    void readsSetLinesOfUnknownListsIntoTheSameSetLines() {
        Configuration config = text("services { flow-monitoring { version9 { template ipv4 { ipv4-template; } } } }");

        Configuration fromSet = Configuration.parse(config.toSet(), ConfigFormat.SET);

        assertThat(fromSet.toSet()).isEqualTo(config.toSet())
                .isEqualTo("set services flow-monitoring version9 template ipv4 ipv4-template\n");
    }

    @Test
    void readsRepeatedUnknownStatementsAsOneLineEachAsWritten() {
        Configuration fromSet = Configuration.parse(
                "set chassis future-alarm ethernet link-down\nset chassis future-alarm ethernet link-up", ConfigFormat.SET);
        Configuration fromText = text("chassis { future-alarm { ethernet link-down; ethernet link-up; } }");

        assertThat(fromSet).isEqualTo(fromText);
        assertThat(fromText.toText()).isEqualTo("""
                chassis {
                    future-alarm {
                        ethernet link-down;
                        ethernet link-up;
                    }
                }
                """);
    }

    @Test
    void keepsEveryValueOfRepeatedUnknownStatements() {
        Configuration config = Configuration.parse(
                "set services dns forwarders 192.0.2.1\nset services dns forwarders 192.0.2.2", ConfigFormat.SET);

        assertThat(config.toText()).isEqualTo("""
                services {
                    dns {
                        forwarders 192.0.2.1;
                        forwarders 192.0.2.2;
                    }
                }
                """);
    }

    @Test
    void writesListsAsTheSchemaAndUnknownListsAsJunosNamesThem() {
        Configuration config = text("class-of-service { scheduler-maps { voice-map { forwarding-class voice scheduler s1; } } }"
                + " unknown-top { things { thing/1 { x 1; } } }");

        assertThat(XmlOutline.of(config.toXml()))
                .contains("<scheduler-maps><name>voice-map</name><forwarding-class><name>voice</name>")
                .contains("<things><thing><name>thing/1</name><x>1</x></thing></things>");
        assertThat(Configuration.parse(config.toXml(), ConfigFormat.XML)).isEqualTo(config);
    }

    @Test
    void mergesAStatementWrittenTwice() {
        Configuration config = text("system { host-name a; } system { domain-name example.net; }");

        assertThat(config.toText()).isEqualTo("""
                system {
                    host-name a;
                    domain-name example.net;
                }
                """);
    }

    @Test
    void keepsEntriesOfOneListTogether() {
        Configuration config = text("interfaces { ge-0/0/0 { unit 0; mtu 9000; unit 1; } }");

        assertThat(config.toSet()).isEqualTo("""
                set interfaces ge-0/0/0 mtu 9000
                set interfaces ge-0/0/0 unit 0
                set interfaces ge-0/0/0 unit 1
                """);
    }

    private static Configuration text(String text) {
        return Configuration.parse(text, ConfigFormat.TEXT);
    }
}
