package io.jmcp.simulator;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import io.jmcp.netconf.JunosDevice;
import io.jmcp.netconf.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * A large router: learned routes in {@code show route} and its summary, made from their index, and
 * a configuration with many interface units.
 */
class LargeRouterTest {
    private static final String BOOT = """
            system {
                host-name big;
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
                    route 0.0.0.0/0 next-hop 10.0.0.2;
                    route 192.0.2.0/24 next-hop 10.0.0.2;
                }
            }
            """;

    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(
            DeviceSpec.builder("small").initialConfiguration(BOOT, ConfigFormat.TEXT).routes(3).build(),
            DeviceSpec.builder("large").routes(200_000).interfaceUnits(2_500).build());

    @Test
    void listsConfiguredAndLearnedRoutesInAddressOrder() {
        assertThat(text(routers.session("small"), "show route") + "\n").isEqualTo("""
                inet.0: 8 destinations, 8 routes (8 active, 0 holddown, 0 hidden)
                + = Active Route, - = Last Active, * = Both

                0.0.0.0/0          *[Static/5] 1w2d 00:00:00
                                    >  to 10.0.0.2
                10.0.0.0/30        *[Direct/0] 1w2d 00:43:10
                                    >  via ge-0/0/0.0
                10.0.0.1/32        *[Local/0] 1w2d 00:43:43
                                       Local via ge-0/0/0.0
                10.255.0.1/32      *[Direct/0] 1w2d 02:51:43
                                    >  via lo0.0
                16.0.0.0/24        *[BGP/170] 1w2d 15:32:40
                                    >  to 10.0.0.2 via ge-0/0/0.0
                16.0.1.0/24        *[BGP/170] 1w2d 17:44:56
                                    >  to 10.0.0.2 via ge-0/0/0.0
                16.0.2.0/24        *[BGP/170] 1w2d 19:57:12
                                    >  to 10.0.0.2 via ge-0/0/0.0
                192.0.2.0/24       *[Static/5] 1w2d 22:52:08
                                    >  to 10.0.0.2
                """);
    }

    @Test
    void countsLearnedRoutesInTheSummary() {
        assertThat(text(routers.session("small"), "show route summary")).contains("inet.0: 8 destinations, 8 routes (8 active")
                .contains("                 BGP:      3 routes,      3 active\n")
                .contains("              Direct:      2 routes,      2 active\n")
                .endsWith("              Static:      2 routes,      2 active");
        assertThat(text(routers.session("large"), "show route summary")).contains("BGP: 200000 routes, 200000 active");
    }

    @Test
    void showsTheMostSpecificRouteToADestination() {
        assertThat(text(routers.session("small"), "show route 16.0.1.77")).isEqualTo("""
                inet.0: 8 destinations, 8 routes (8 active, 0 holddown, 0 hidden)
                + = Active Route, - = Last Active, * = Both

                16.0.1.0/24        *[BGP/170] 1w2d 17:44:56
                                    >  to 10.0.0.2 via ge-0/0/0.0""");
        assertThat(text(routers.session("small"), "show route 10.0.0.1")).contains("10.0.0.1/32        *[Local/0]")
                .doesNotContain("10.0.0.0/30");
        assertThat(text(routers.session("small"), "show route 198.51.100.1")).contains("0.0.0.0/0          *[Static/5]");
        assertThat(text(routers.session("large"), "show route 16.3.13.1/32")).contains("16.3.13.0/24       *[BGP/170]");
    }

    @Test
    void showsOnlyTheDefaultRouteForADestinationNoOtherRouteCovers() {
        assertThat(text(routers.session("large"), "show route 203.0.113.9")).contains("\n0.0.0.0/0          *[Static/5] ")
                .doesNotContain("/24");
    }

    @Test
    void refusesADestinationThatIsNoAddress() {
        assertThat(ReplyXml.of(routers.session("small").rpc("<command format=\"text\">show route bogus</command>"))
                .text("//error-message")).isEqualTo("invalid value: 'bogus'");
    }

    @Test
    void listsEveryLearnedRouteOfALargeTable() {
        SimulatedDevice device = routers.device("large");
        try (JunosDevice junos = JunosDevice.connect(DeviceOptions.builder(SimulatedDevice.HOST).port(device.port())
                .username(DeviceSpec.DEFAULT_USER).password(DeviceSpec.DEFAULT_PASSWORD).hostKeyPolicy(HostKeyPolicy.OFF).build())) {
            String table = junos.command("show route", OutputFormat.TEXT);

            // 4 configured interfaces with a Direct and a Local route each (lo0 has only a Direct one), the
            // units' Direct and Local routes, the static default, and the learned routes: two lines each
            long routes = 200_000 + 2 * 2_500 + 7 + 1;
            assertThat(table.strip().lines().count()).isEqualTo(3 + 2 * routes);
            assertThat(table).contains("\n16.3.13.0/24       *[BGP/170] ");
        }
    }

    @Test
    void configuresTheInterfaceUnitsAskedFor() {
        String interfaces = ReplyXml.of(routers.session("large").rpc("<command format=\"text\">show configuration interfaces ae2</command>"))
                .text("/rpc-reply/configuration-information/configuration-output");

        assertThat(interfaces).startsWith("vlan-tagging;\nunit 1 {\n    vlan-id 1;\n    family inet {\n"
                + "        address 100.64.15.160/31;\n");
        assertThat(interfaces.lines().filter(line -> line.startsWith("unit ")).count()).isEqualTo(500);
    }

    private static String text(RawNetconfSession netconf, String command) {
        return ReplyXml.of(netconf.rpc("<command format=\"text\">" + command + "</command>")).text("/rpc-reply/output");
    }
}
