package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import org.junit.jupiter.api.Test;

/** {@code show | compare} output, line for line. */
class ConfigDiffTest {

    private static final Configuration BASE = Configuration.parse("""
            system {
                host-name r1;
                services {
                    ssh;
                    netconf {
                        ssh;
                    }
                }
            }
            interfaces {
                ge-0/0/0 {
                    unit 0 {
                        family inet {
                            address 10.0.0.1/24;
                        }
                    }
                }
            }
            protocols {
                bgp {
                    group ibgp {
                        neighbor 10.1.1.1;
                        neighbor 10.1.1.2;
                    }
                }
            }
            policy-options {
                policy-statement export {
                    term a {
                        then accept;
                    }
                    term b {
                        then reject;
                    }
                    term c {
                        then accept;
                    }
                    term d {
                        then reject;
                    }
                }
            }
            """, ConfigFormat.TEXT);

    @Test
    void isEmptyForEqualConfigurations() {
        assertThat(ConfigDiff.compare(BASE, BASE.copy())).isEmpty();
        assertThat(ConfigDiff.compare(BASE, Configuration.parse(BASE.toXml(), ConfigFormat.XML))).isEmpty();
    }

    @Test
    void showsAChangedLeafAsOldThenNew() {
        assertThat(diffAfterSet("set system host-name r2")).isEqualTo("""
                [edit system]
                -   host-name r1;
                +   host-name r2;
                """);
    }

    @Test
    void showsAnAddedStatement() {
        assertThat(diffAfterSet("set system services telnet")).isEqualTo("""
                [edit system services]
                +   telnet;
                """);
    }

    @Test
    void showsADeletedHierarchyInFull() {
        assertThat(diffAfterSet("delete interfaces ge-0/0/0")).isEqualTo("""
                [edit interfaces]
                -   ge-0/0/0 {
                -       unit 0 {
                -           family inet {
                -               address 10.0.0.1/24;
                -           }
                -       }
                -   }
                """);
    }

    @Test
    void showsANestedAddedSubtreeInFullUnderItsParent() {
        String diff = diffAfterSet("""
                set interfaces ge-0/0/1 description "to core"
                set interfaces ge-0/0/1 unit 0 family inet address 10.0.1.1/31
                """);

        assertThat(diff).isEqualTo("""
                [edit interfaces]
                +   ge-0/0/1 {
                +       description "to core";
                +       unit 0 {
                +           family inet {
                +               address 10.0.1.1/31;
                +           }
                +       }
                +   }
                """);
    }

    @Test
    void indentsTopLevelAdditionsLessUnderTheEditBanner() {
        assertThat(diffAfterSet("set snmp community public authorization read-only")).isEqualTo("""
                [edit]
                +  snmp {
                +      community public {
                +          authorization read-only;
                +      }
                +  }
                """);
    }

    @Test
    void repeatsABannerWhenItsLevelChangesAgainAfterADeeperOne() {
        String diff = diffAfterSet("""
                set system host-name r2
                set system services telnet
                set system domain-name example.net
                """);

        assertThat(diff).isEqualTo("""
                [edit system]
                -   host-name r1;
                +   host-name r2;
                [edit system services]
                +   telnet;
                [edit system]
                +   domain-name example.net;
                """);
    }

    @Test
    void showsThePredecessorOfAnEntryAddedToAnOrderedList() {
        String diff = diffAfterSet("""
                set interfaces ge-0/0/0 unit 0 family inet address 10.0.0.2/24
                set protocols bgp group ibgp neighbor 10.1.1.3 peer-as 65000
                """);

        assertThat(diff).isEqualTo("""
                [edit interfaces ge-0/0/0 unit 0 family inet]
                    address 10.0.0.1/24;
                +   address 10.0.0.2/24;
                [edit protocols bgp group ibgp]
                    neighbor 10.1.1.2;
                +   neighbor 10.1.1.3 {
                +       peer-as 65000;
                +   }
                """);
    }

    @Test
    void marksAnEntryMovedWithinAnOrderedList() {
        assertThat(diffAfterSet("insert policy-options policy-statement export term a after term c")).isEqualTo("""
                [edit policy-options policy-statement export]
                    term c { ... }
                !   term a { ... }
                """);
    }

    @Test
    void marksActivationChanges() {
        String deactivated = diffAfterSet("""
                deactivate interfaces ge-0/0/0
                deactivate system host-name
                """);
        Configuration inactive = BASE.load(LoadAction.SET, "deactivate interfaces ge-0/0/0", ConfigFormat.SET);

        assertThat(deactivated).isEqualTo("""
                [edit system]
                !   inactive: host-name r1;
                [edit interfaces]
                !   inactive: ge-0/0/0 { ... }
                """);
        assertThat(ConfigDiff.compare(inactive, BASE)).isEqualTo("""
                [edit interfaces]
                !   active: ge-0/0/0 { ... }
                """);
    }

    @Test
    void showsOnlyTheValuesAddedToOrRemovedFromALeafList() {
        Configuration before = text("interfaces { ge-0/0/5 { unit 0 { family ethernet-switching { vlan { members [ v1 v2 ]; } } } } }");
        Configuration after = text("interfaces { ge-0/0/5 { unit 0 { family ethernet-switching { vlan { members [ v1 v3 v4 ]; } } } } }");

        assertThat(ConfigDiff.compare(before, after)).isEqualTo("""
                [edit interfaces ge-0/0/5 unit 0 family ethernet-switching vlan]
                -   members v2;
                +   members [ v3 v4 ];
                """);
    }

    @Test
    void showsAReorderedLeafListAsWholeOldAndNewLists() {
        Configuration before = text("protocols { bgp { group g { import [ a b ]; } } }");
        Configuration after = text("protocols { bgp { group g { import [ b a ]; } } }");

        assertThat(ConfigDiff.compare(before, after)).isEqualTo("""
                [edit protocols bgp group g]
                -   import [ a b ];
                +   import [ b a ];
                """);
    }

    @Test
    void showsAChangedOneLineStatementAsAWholeLine() {
        Configuration before = text("routing-options { static { route 0.0.0.0/0 next-hop 10.0.0.1; } }");
        Configuration after = text("routing-options { static { route 0.0.0.0/0 next-hop 10.0.0.254; } }");

        assertThat(ConfigDiff.compare(before, after)).isEqualTo("""
                [edit routing-options static]
                -   route 0.0.0.0/0 next-hop 10.0.0.1;
                +   route 0.0.0.0/0 next-hop 10.0.0.254;
                """);
    }

    @Test
    void printsDeletionsWhereTheyStoodAmongKeptStatements() {
        String diff = diffAfterSet("""
                delete system services ssh
                set system services telnet
                """);

        assertThat(diff).isEqualTo("""
                [edit system services]
                -   ssh;
                +   telnet;
                """);
    }

    private static String diffAfterSet(String lines) {
        return ConfigDiff.compare(BASE, BASE.load(LoadAction.SET, lines, ConfigFormat.SET));
    }

    private static Configuration text(String text) {
        return Configuration.parse(text, ConfigFormat.TEXT);
    }
}
