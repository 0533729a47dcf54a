package io.jmcp.simulator;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code show route receive-protocol bgp X} and {@code show route advertising-protocol bgp X}: the
 * learned routes come from the first configured neighbor (here the eBGP transit 10.0.0.2), and the
 * router advertises by Junos's default BGP export, plus its Direct and Static routes to a group
 * with an export policy.
 */
class BgpRoutesExchangedTest {
    private static final String BOOT = """
            system {
                host-name edge;
                login {
                    user jmcp {
                        class super-user;
                    }
                }
                services {
                    netconf {
                        ssh;
                    }
                }
            }
            interfaces {
                ge-0/0/0 {
                    unit 0 {
                        family inet {
                            address 10.0.0.1/30;
                        }
                    }
                }
                lo0 {
                    unit 0 {
                        family inet {
                            address 10.255.0.1/32;
                        }
                    }
                }
            }
            routing-options {
                static {
                    route 192.0.2.0/24 next-hop 10.0.0.2;
                }
                router-id 10.255.0.1;
                autonomous-system 64512;
            }
            protocols {
                bgp {
                    group transit {
                        type external;
                        peer-as 65001;
                        neighbor 10.0.0.2;
                    }
                    group ibgp {
                        type internal;
                        local-address 10.255.0.1;
                        export LOCAL;
                        neighbor 10.255.0.253;
                    }
                }
            }
            """;
    private static final String HEADING = "inet.0: 7 destinations, 7 routes (7 active, 0 holddown, 0 hidden)\n";
    private static final String COLUMNS = "  Prefix                  Nexthop              MED     Lclpref    AS path\n";
    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(
            DeviceSpec.builder("edge").initialConfiguration(BOOT, ConfigFormat.TEXT).routes(3).build(),
            DeviceSpec.builder("lab").routes(2).build());

    @Test
    void listsTheRoutesReceivedFromTheEbgpNeighborWithItsAsPath() {
        assertThat(text(routers.session("edge"), "show route receive-protocol bgp 10.0.0.2")).isEqualTo(HEADING + COLUMNS + """
                * 16.0.0.0/24             10.0.0.2                                65001 I
                * 16.0.1.0/24             10.0.0.2                                65001 I
                * 16.0.2.0/24             10.0.0.2                                65001 I""");
    }

    @Test
    void advertisesEbgpRoutesAndTheExportedLocalRoutesToTheIbgpNeighbor() {
        assertThat(text(routers.session("edge"), "show route advertising-protocol bgp 10.255.0.253")).isEqualTo(HEADING + COLUMNS + """
                * 10.0.0.0/30             Self                         100        I
                * 10.255.0.1/32           Self                         100        I
                * 16.0.0.0/24             10.0.0.2                     100        65001 I
                * 16.0.1.0/24             10.0.0.2                     100        65001 I
                * 16.0.2.0/24             10.0.0.2                     100        65001 I
                * 192.0.2.0/24            Self                         100        I""");
    }

    @Test
    void showsOnlyTheHeadingWhenNothingIsExchanged() {
        // Nothing goes back to the neighbor the routes came from, and the transit group has no export policy.
        assertThat(text(routers.session("edge"), "show route advertising-protocol bgp 10.0.0.2")).isEqualTo(HEADING.strip());
        assertThat(text(routers.session("edge"), "show route receive-protocol bgp 10.255.0.253")).isEqualTo(HEADING.strip());
        // An address that is no configured neighbor exchanges nothing.
        assertThat(text(routers.session("edge"), "show route receive-protocol bgp 198.51.100.7")).isEqualTo(HEADING.strip());
        assertThat(text(routers.session("edge"), "show route advertising-protocol bgp 2001:db8::1")).isEqualTo(HEADING.strip());
    }

    @Test
    void keepsIbgpRoutesFromOtherIbgpNeighbors() {
        // The default configuration: iBGP only, the learned routes from 10.255.0.253.
        assertThat(text(routers.session("lab"), "show route receive-protocol bgp 10.255.0.253")).endsWith(COLUMNS + """
                * 16.0.0.0/24             10.255.0.253                 100        I
                * 16.0.1.0/24             10.255.0.253                 100        I""");
        assertThat(text(routers.session("lab"), "show route advertising-protocol bgp 10.255.0.254")).startsWith("inet.0: ")
                .doesNotContain("Prefix");
    }

    @Test
    void answersInXmlWithTheRpcsElements() {
        ReplyXml reply = ReplyXml.of(routers.session("edge").rpc("<get-route-information><receive-protocol-name>bgp</receive-protocol-name>"
                + "<peer>10.0.0.2</peer></get-route-information>"));

        assertThat(reply.text("/rpc-reply/route-information/route-table/table-name")).isEqualTo("inet.0");
        assertThat(reply.text("//route-table/destination-count")).isEqualTo("7");
        assertThat(reply.texts("//rt/rt-destination")).containsExactly("16.0.0.0/24", "16.0.1.0/24", "16.0.2.0/24");
        assertThat(reply.texts("//rt/@style")).containsOnly("brief");
        assertThat(reply.text("//rt[1]/rt-entry/protocol-name")).isEqualTo("BGP");
        assertThat(reply.text("//rt[1]/rt-entry/as-path")).isEqualTo("65001 I");
        assertThat(reply.text("//rt[1]/rt-entry/nh/to")).isEqualTo("10.0.0.2");
        assertThat(reply.has("//rt/rt-entry/local-preference")).isFalse();

        ReplyXml advertised = ReplyXml.of(routers.session("edge").rpc("<get-route-information><advertising-protocol-name>bgp"
                + "</advertising-protocol-name><neighbor>10.255.0.253</neighbor></get-route-information>"));
        assertThat(advertised.texts("//rt/rt-destination")).hasSize(6);
        assertThat(advertised.text("//rt[1]/rt-entry/protocol-name")).isEqualTo("Direct");
        assertThat(advertised.text("//rt[1]/rt-entry/local-preference")).isEqualTo("100");
        assertThat(advertised.text("//rt[1]/rt-entry/nh/to")).isEqualTo("Self");
    }

    @Test
    void theCommandsStandForTheRpcAndAnswerInJson() {
        ReplyXml rpc = ReplyXml.of(routers.session("edge").rpc("<command>show route advertising-protocol bgp 10.255.0.253 | display xml rpc"
                + "</command>"));
        assertThat(rpc.text("/rpc-reply/rpc/get-route-information/advertising-protocol-name")).isEqualTo("bgp");
        assertThat(rpc.text("/rpc-reply/rpc/get-route-information/neighbor")).isEqualTo("10.255.0.253");

        String json = ReplyXml.of(routers.session("edge").rpc("<command format=\"json\">show route receive-protocol bgp 10.0.0.2</command>"))
                .text("/rpc-reply");
        assertThat(json).contains("\"route-information\"", "\"rt-destination\"", "\"16.0.2.0/24\"", "\"65001 I\"");
    }

    @Test
    void refusesAnAddressThatIsNoAddress() {
        assertThat(ReplyXml.of(routers.session("edge").rpc("<command format=\"text\">show route receive-protocol bgp bogus</command>"))
                .text("//error-message")).isEqualTo("invalid value: 'bogus'");
        assertThat(ReplyXml.of(routers.session("edge").rpc("<get-route-information><receive-protocol-name>bgp</receive-protocol-name>"
                + "<peer>10.0.0.0/30</peer></get-route-information>")).text("//error-message"))
                .isEqualTo("invalid value: '10.0.0.0/30'");
        assertThat(ReplyXml.of(routers.session("edge").rpc("<get-route-information><advertising-protocol-name>bgp"
                + "</advertising-protocol-name></get-route-information>")).text("//error-message"))
                .isEqualTo("missing mandatory argument 'neighbor'");
        assertThat(ReplyXml.of(routers.session("edge").rpc("<command>show route receive-protocol ospf 10.0.0.2</command>"))
                .text("//error-message")).isEqualTo("syntax error, expecting <command>");
    }

    private static String text(RawNetconfSession netconf, String command) {
        return ReplyXml.of(netconf.rpc("<command format=\"text\">" + command + "</command>")).text("/rpc-reply/output");
    }
}
