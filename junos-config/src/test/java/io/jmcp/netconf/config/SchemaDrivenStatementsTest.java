package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import org.junit.jupiter.api.Test;

/**
 * Statements the hand-written hierarchy table read wrong (issue 11's list), read and printed as
 * Juniper's schema says: each is parsed, printed in every format and read back unchanged.
 */
class SchemaDrivenStatementsTest {

    private static Configuration set(String lines) {
        return roundTrips(Configuration.parse(lines, ConfigFormat.SET));
    }

    private static Configuration text(String text) {
        return roundTrips(Configuration.parse(text, ConfigFormat.TEXT));
    }

    private static Configuration roundTrips(Configuration config) {
        for (ConfigFormat format : ConfigFormat.values()) {
            assertThat(Configuration.parse(config.render(format), format)).as(format.name()).isEqualTo(config);
        }
        return config;
    }

    @Test
    void resolutionRibImportIsOneStatement() {
        Configuration config = set("set routing-options resolution rib inet.0 import respol");

        assertThat(config.toSet()).isEqualTo("set routing-options resolution rib inet.0 import respol\n");
        assertThat(XmlOutline.of(config.toXml()))
                .contains("<resolution><rib><name>inet.0</name><import>respol</import></rib></resolution>");
    }

    @Test
    void siblingsSetInOneLineAreEachKept() {
        Configuration config = set("""
                set applications application ping term t1 icmp-type 5 inactivity-timeout 60
                set protocols ospf area 0.0.0.0 area-range 10.0.0.0/16 override-metric 123 restrict
                """);

        assertThat(config.toSet()).isEqualTo("""
                set applications application ping term t1 icmp-type 5
                set applications application ping term t1 inactivity-timeout 60
                set protocols ospf area 0.0.0.0 area-range 10.0.0.0/16 restrict
                set protocols ospf area 0.0.0.0 area-range 10.0.0.0/16 override-metric 123
                """);
    }

    @Test
    void snmpFilterInterfacesListsTheInterface() {
        Configuration config = set("set snmp filter-interfaces interfaces ge-0/0/0");

        assertThat(config.toText()).isEqualTo("""
                snmp {
                    filter-interfaces {
                        interfaces {
                            ge-0/0/0;
                        }
                    }
                }
                """);
        assertThat(XmlOutline.of(config.toXml())).contains("<filter-interfaces><interfaces><name>ge-0/0/0</name>");
    }

    @Test
    void repeatedCommunityAddKeepsBoth() {
        Configuration config = text(
                "policy-options { policy-statement p { term t { then { community add A; community add B; accept; } } } }");

        assertThat(config.toSet()).isEqualTo("""
                set policy-options policy-statement p term t then community add A
                set policy-options policy-statement p term t then community add B
                set policy-options policy-statement p term t then accept
                """);
        assertThat(XmlOutline.of(config.toXml()))
                .contains("<community><add></add><community-name>A</community-name></community>"
                        + "<community><add></add><community-name>B</community-name></community>");
    }

    @Test
    void transmitRatePercentKeepsItsMeaning() {
        Configuration config = text("class-of-service { schedulers { s1 { transmit-rate percent 30; } } }");

        assertThat(config.toSet()).isEqualTo("set class-of-service schedulers s1 transmit-rate percent 30\n");
        assertThat(XmlOutline.of(config.toXml())).contains("<transmit-rate><percent>30</percent></transmit-rate>");
        assertThat(config.toText()).contains("transmit-rate percent 30;");
    }

    @Test
    void natPortRangeToIsOneValue() {
        Configuration config = set("set security nat source pool P port range 1000 to 2000");

        assertThat(config.toText()).contains("        range 1000 to 2000;\n");
        assertThat(XmlOutline.of(config.toXml()))
                .contains("<port><range><low>1000</low><to><high>2000</high></to></range></port>");
    }

    @Test
    void addressBookWildcardAndRangeAddressesAreKept() {
        Configuration config = set("""
                set security address-book global address A wildcard-address 10.0.0.0/255.0.0.255
                set security address-book global address B range-address 10.0.0.1 to 10.0.0.5
                """);

        assertThat(XmlOutline.of(config.toXml()))
                .contains("<wildcard-address><name>10.0.0.0/255.0.0.255</name></wildcard-address>")
                .contains("<range-address><name>10.0.0.1</name><to><range-high>10.0.0.5</range-high></to></range-address>");
    }

    @Test
    void dhcpRelayServerGroupAddressIsAnEntryOfTheGroup() {
        Configuration config = set("set forwarding-options dhcp-relay server-group SG 1.1.1.1");

        assertThat(config.toSet()).isEqualTo("set forwarding-options dhcp-relay server-group SG 1.1.1.1\n");
        assertThat(XmlOutline.of(config.toXml())).contains(
                "<server-group><server-group><name>SG</name><address><name>1.1.1.1</name></address></server-group></server-group>");
    }

    @Test
    void localAsOptionsPrintOnOneLine() {
        Configuration config = set("set protocols bgp local-as 64611 private no-prepend-global-as");

        assertThat(config.toText()).isEqualTo("""
                protocols {
                    bgp {
                        local-as 64611 private no-prepend-global-as;
                    }
                }
                """);
        assertThat(XmlOutline.of(config.toXml()))
                .contains("<local-as><as-number>64611</as-number><private></private><no-prepend-global-as>");
    }

    @Test
    void keyChainKeyLevelIsKept() {
        Configuration config = set("set security authentication-key-chains key-chain K key 1 algorithm md5");

        assertThat(config.toSet()).isEqualTo("set security authentication-key-chains key-chain K key 1 algorithm md5\n");
        assertThat(XmlOutline.of(config.toXml()))
                .contains("<key-chain><name>K</name><key><name>1</name><algorithm>md5</algorithm></key></key-chain>");
    }

    @Test
    void routeFilterKeepsNextHopSelf() {
        Configuration config = set(
                "set policy-options policy-statement p term t from route-filter 10.0.0.0/8 longer next-hop self");

        assertThat(config.toText()).contains("            route-filter 10.0.0.0/8 longer next-hop self;\n");
        assertThat(XmlOutline.of(config.toXml())).contains(
                "<route-filter><address>10.0.0.0/8</address><longer></longer><next-hop><self></self></next-hop></route-filter>");
    }

    @Test
    void routeFilterMatchValueIsKept() {
        Configuration config = set("""
                set policy-options policy-statement p term t from route-filter 10.0.0.0/8 upto /24 accept
                set policy-options policy-statement p term t from route-filter 172.16.0.0/12 exact
                """);

        assertThat(config.toText()).contains("route-filter 10.0.0.0/8 upto /24 accept;")
                .contains("route-filter 172.16.0.0/12 exact;");
        assertThat(XmlOutline.of(config.toXml()))
                .contains("<route-filter><address>10.0.0.0/8</address><upto>/24</upto><accept></accept></route-filter>");
    }

    @Test
    void syslogConsoleFacilityRoundTrips() {
        Configuration config = roundTrips(Configuration.parse(
                "<configuration><system><syslog><console><name>any</name><info/></console></syslog></system></configuration>",
                ConfigFormat.XML));

        assertThat(config.toText()).isEqualTo("""
                system {
                    syslog {
                        console {
                            any info;
                        }
                    }
                }
                """);
        assertThat(config.toSet()).isEqualTo("set system syslog console any info\n");
    }

    @Test
    void omittedBlockAndCommentsAreRead() {
        Configuration config = text("""
                system {
                    login {
                        /* OMITTED */
                    };
                    host-name /* the router's name */ r1;
                    services {
                        ssh; # the only way in
                    }
                }
                """);

        assertThat(config.toSet()).isEqualTo("""
                set system host-name r1
                set system login
                set system services ssh
                """);
    }

    @Test
    void enumeratedKeywordlessValueIsAStatementOfItsBlock() {
        Configuration config = roundTrips(Configuration.parse(
                "<configuration><security><policies><default-policy><permit-all/></default-policy></policies></security>"
                        + "</configuration>", ConfigFormat.XML));

        assertThat(config.toText()).contains("""
                        default-policy {
                            permit-all;
                        }
                """);
        assertThat(config.toSet()).isEqualTo("set security policies default-policy permit-all\n");
    }

    @Test
    void valuesOfAPresenceKeywordAreNotTheParentsOwn() {
        Configuration config = set("set protocols mpls label-switched-path l1 to 10.0.0.2");

        assertThat(config.toText()).isEqualTo("""
                protocols {
                    mpls {
                        label-switched-path l1 {
                            to 10.0.0.2;
                        }
                    }
                }
                """);
    }

    @Test
    void aStatementTheSchemaDoesNotKnowIsKeptAsWritten() {
        Configuration config = set("""
                set system future-knob 5
                set protocols bgp group g future-option
                """);

        assertThat(config.toSet()).isEqualTo("""
                set system future-knob 5
                set protocols bgp group g future-option
                """);
        assertThat(config.schemaViolations(null)).extracting(SchemaViolation::badElement)
                .containsExactly("future-knob", "future-option");
    }

    @Test
    void aValueWhereTheSchemaHasAListIsKeptAsWritten() {
        Configuration config = Configuration.parse("<configuration><security><policies><policy><from-zone-name>a"
                + "</from-zone-name><to-zone-name>b</to-zone-name><policy><name>p</name><then><permit>"
                + "<firewall-authentication><pass-through><auth-user-agent>Opera1</auth-user-agent></pass-through>"
                + "</firewall-authentication></permit></then></policy></policy></policies></security></configuration>",
                ConfigFormat.XML);

        assertThat(config.toSet()).isEqualTo("set security policies from-zone a to-zone b policy p then permit"
                + " firewall-authentication pass-through auth-user-agent Opera1\n");
    }

    @Test
    void loadingASecondCommunityAddKeepsTheFirst() {
        Configuration running = set("set policy-options policy-statement p term t then community add A");

        Configuration loaded = running.load(LoadAction.SET,
                "set policy-options policy-statement p term t then community add B", ConfigFormat.SET);

        assertThat(loaded.toSet()).isEqualTo("""
                set policy-options policy-statement p term t then community add A
                set policy-options policy-statement p term t then community add B
                """);
    }
}
