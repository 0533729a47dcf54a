package io.jmcp.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ConfigFormat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Junos {@code <command>}: CLI commands in text, XML and JSON, with abbreviations and pipes. */
class CommandTest {
    private static final String BOOT = """
            system {
                host-name cli-test;
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
                    description uplink;
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
                }
                router-id 10.255.0.1;
                autonomous-system 64512;
            }
            protocols {
                bgp {
                    group ibgp {
                        type internal;
                        neighbor 10.255.0.2;
                        neighbor 10.255.0.3;
                    }
                }
            }
            """;

    @RegisterExtension
    static final SimulatedRouters routers = SimulatedRouters.of(
            DeviceSpec.builder("cli-mx").initialConfiguration(BOOT, ConfigFormat.TEXT).build(),
            DeviceSpec.builder("cli-ex").platform(Platform.EX).build());

    @Test
    void showsVersionAsText() {
        assertThat(text(routers.session("cli-mx"), "show version")).startsWith("Hostname: cli-test\nModel: mx960\nJunos: 22.4R3.25\n");
    }

    @Test
    void answersInXmlUnlessAskedOtherwise() {
        ReplyXml reply = ReplyXml.of(routers.session("cli-mx").rpc("<command>show version</command>"));

        assertThat(reply.text("/rpc-reply/software-information/host-name")).isEqualTo("cli-test");
    }

    @Test
    void answersInJunosJson() {
        JsonNode json = json(routers.session("cli-mx").rpc("<command format=\"json\">show version</command>"));

        assertThat(json.at("/software-information/0/host-name/0/data").asString()).isEqualTo("cli-test");
    }

    @Test
    void displayPipesChooseTheFormat() {
        assertThat(json(routers.session("cli-mx").rpc("<command format=\"text\">show version | display json</command>"))
                .at("/software-information/0/product-model/0/data").asString()).isEqualTo("mx960");
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<command format=\"text\">show version | display xml</command>"))
                .text("//software-information/junos-version")).isEqualTo("22.4R3.25");
    }

    @Test
    void displayXmlRpcShowsTheRpcACommandStandsFor() {
        ReplyXml reply = ReplyXml.of(routers.session("cli-mx").rpc("<command>show interfaces terse ge-0/0/0 | display xml rpc</command>"));

        assertThat(reply.has("/rpc-reply/rpc/get-interface-information/terse")).isTrue();
        assertThat(reply.text("/rpc-reply/rpc/get-interface-information/interface-name")).isEqualTo("ge-0/0/0");
    }

    @Test
    void displayXmlRpcAnswersInJunosShape() {
        String reply = routers.session("cli-mx").rpc("<command>show system uptime | display xml rpc</command>");

        ReplyXml xml = ReplyXml.of(reply);
        assertThat(xml.has("/rpc-reply/rpc/get-system-uptime-information")).isTrue();
        assertThat(xml.has("/rpc-reply/cli/banner")).isTrue();
        assertThat(xml.text("/rpc-reply/cli/banner")).isEmpty();
    }

    @Test
    void displayXmlRpcAnswersForAJunosCommandTheSimulatorDoesNotRun() {
        ReplyXml rpc = ReplyXml.of(routers.session("cli-mx").rpc("<command>show ospf database area 0.0.0.0 extensive | display xml rpc</command>"));

        assertThat(rpc.has("/rpc-reply/rpc/get-ospf-database-information/extensive")).isTrue();
        assertThat(rpc.text("/rpc-reply/rpc/get-ospf-database-information/area")).isEqualTo("0.0.0.0");
        ReplyXml run = ReplyXml.of(routers.session("cli-mx").rpc("<command>show ospf database</command>"));
        assertThat(run.text("//rpc-error/error-message")).isEqualTo("syntax error, expecting <command>");
        assertThat(run.text("//rpc-error/error-info/bad-element")).isEqualTo("database");
    }

    @Test
    void displayXmlRpcOfAnUnknownCommandIsJunosSyntaxError() {
        ReplyXml unknown = ReplyXml.of(routers.session("cli-mx").rpc("<command>show flux capacitor | display xml rpc</command>"));
        assertThat(unknown.text("//rpc-error/error-message")).isEqualTo("syntax error, expecting <command>");
        assertThat(unknown.text("//rpc-error/error-info/bad-element")).isEqualTo("flux");

        ReplyXml badArgument = ReplyXml.of(routers.session("cli-mx").rpc("<command>show system uptime bogus | display xml rpc</command>"));
        assertThat(badArgument.text("//rpc-error/error-message")).isEqualTo("syntax error");
        assertThat(badArgument.text("//rpc-error/error-info/bad-element")).isEqualTo("bogus");

        ReplyXml missing = ReplyXml.of(routers.session("cli-mx").rpc("<command>show route table | display xml rpc</command>"));
        assertThat(missing.text("//rpc-error/error-message"))
                .isEqualTo("'show route table' is missing the value of 'table' (string)");
    }

    @Test
    void displayXmlRpcOfACommandOutsideTheYangShowsTheSimulatorsRpc() {
        ReplyXml reply = ReplyXml.of(routers.session("cli-mx").rpc("<command>show configuration system | display xml rpc</command>"));

        assertThat(reply.has("/rpc-reply/rpc/get-configuration")).isTrue();
    }

    @Test
    void understandsAbbreviatedWords() {
        assertThat(text(routers.session("cli-mx"), "sh ver")).startsWith("Hostname: cli-test");
        assertThat(text(routers.session("cli-mx"), "sh int te")).contains("ge-0/0/0.0");
    }

    @Test
    void namesTheFirstWordItDoesNotKnow() {
        ReplyXml reply = ReplyXml.of(routers.session("cli-mx").rpc("<command>show foo bar</command>"));

        assertThat(reply.text("//rpc-error/error-message")).isEqualTo("syntax error, expecting <command>");
        assertThat(reply.text("//rpc-error/error-info/bad-element")).isEqualTo("foo");
    }

    @Test
    void refusesAnAmbiguousAbbreviation() {
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<command>show c</command>")).text("//rpc-error/error-info/bad-element"))
                .isEqualTo("c");
    }

    @Test
    void refusesAnUnknownPipe() {
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<command>show version | frobnicate</command>"))
                .text("//rpc-error/error-info/bad-element")).isEqualTo("frobnicate");
    }

    @Test
    void showsTerseInterfacesWithTheirAddresses() {
        String terse = text(routers.session("cli-mx"), "show interfaces terse");

        assertThat(terse).startsWith("Interface               Admin Link Proto    Local");
        assertThat(terse).containsPattern("ge-0/0/0\\.0 +up +up +inet +10\\.0\\.0\\.1/30");
        assertThat(terse).containsPattern("\nge-0/0/1 +up +down\n");
    }

    @Test
    void saysWhenAnInterfaceDoesNotExist() {
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<command format=\"text\">show interfaces ge-9/9/9 terse</command>"))
                .text("/rpc-reply")).isEqualTo("protocol: operation-failed\nerror: device ge-9/9/9 not found");
    }

    @Test
    void showsTheConfigurationAfterTheLastCommitBanner() {
        String configuration = configurationOutput("show configuration | no-more");

        assertThat(configuration).startsWith("## Last commit: ").contains(" by root\nsystem {\n    host-name cli-test;");
    }

    @Test
    void showsAHierarchyRelativeToItsPath() {
        assertThat(configurationOutput("show configuration protocols bgp"))
                .startsWith("group ibgp {\n    type internal;");
    }

    @Test
    void displaysTheConfigurationAsSetCommands() {
        assertThat(configurationOutput("show configuration routing-options | display set"))
                .contains("set routing-options router-id 10.255.0.1")
                .doesNotContain("set system");
    }

    @Test
    void acceptsDisplayInheritance() {
        assertThat(configurationOutput("show configuration system host-name | display inheritance no-comments"))
                .isEqualTo("host-name cli-test;");
    }

    @Test
    void comparesTheActiveConfigurationWithARollback() {
        assertThat(configurationOutput("show configuration | compare rollback 0")).isEmpty();
    }

    @Test
    void showsTheConfigurationAsXml() {
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<command>show configuration system</command>"))
                .text("/rpc-reply/configuration/system/host-name")).isEqualTo("cli-test");
    }

    @Test
    void refusesConfigurationPipesOnOtherCommands() {
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<command>show version | display set</command>"))
                .text("//rpc-error/error-info/bad-element")).isEqualTo("set");
    }

    @Test
    void summarisesRoutesFromTheConfiguration() {
        String summary = text(routers.session("cli-mx"), "show route summary");

        assertThat(summary).contains("Router ID: 10.255.0.1", "inet.0: 4 destinations, 4 routes",
                "Direct:      2 routes", "Local:      1 routes", "Static:      1 routes");
    }

    @Test
    void listsTheConfiguredBgpNeighbors() {
        String summary = text(routers.session("cli-mx"), "show bgp summary");

        assertThat(summary).contains("Groups: 1 Peers: 2 Down peers: 0").containsPattern("10\\.255\\.0\\.2 +64512 ");
    }

    @Test
    void saysWhenBgpIsNotRunning() {
        try (SimulatorFleet bare = SimulatorFleet.start(List.of(DeviceSpec.builder("bare")
                .initialConfiguration("system { host-name bare; login { user jmcp { class super-user; } } "
                        + "services { netconf { ssh; } } }", ConfigFormat.TEXT).build()));
             RawNetconfSession netconf = RawNetconfSession.open(bare.device("bare"))) {
            assertThat(ReplyXml.of(netconf.rpc("<command>show bgp summary</command>")).text("//error-message"))
                    .isEqualTo("BGP is not running");
        }
    }

    @Test
    void showsSystemUptime() {
        assertThat(text(routers.session("cli-mx"), "show system uptime")).startsWith("Current time: ")
                .contains("System booted: ", "Last configured: ").containsPattern("up \\d+ mins?, \\d+ users");
    }

    @Test
    void listsCommitsLikeShowSystemCommit() {
        assertThat(text(routers.session("cli-mx"), "show system commit")).matches("(?s)0   \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC by root via other");
    }

    @Test
    void showsTheChassisSerialNumber() {
        assertThat(text(routers.session("cli-mx"), "show chassis hardware")).contains(routers.device("cli-mx").spec().serialNumber());
    }

    @Test
    void offersBridgeDomainsOnMxOnly() {
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<command>show bridge mac-table count</command>")).has("//l2ald-rtb-mac-count"))
                .isTrue();
        assertThat(ReplyXml.of(routers.session("cli-ex").rpc("<command>show bridge mac-table count</command>"))
                .text("//rpc-error/error-info/bad-element")).isEqualTo("bridge");
    }

    @Test
    void offersVirtualChassisOnEx() {
        assertThat(ReplyXml.of(routers.session("cli-ex").rpc("<command>show virtual-chassis</command>"))
                .text("//member/member-role")).isEqualTo("Master*");
    }

    @Test
    void runsPfeCommandsOnFpcZero() {
        String output = ReplyXml.of(routers.session("cli-mx").rpc("<request-pfe-execute><target>fpc0</target><command>show version</command>"
                + "</request-pfe-execute>")).text("/rpc-reply/output");

        assertThat(output).startsWith("SENT: Ukern command: show version").endsWith("LOCAL: End of file");
        assertThat(ReplyXml.of(routers.session("cli-mx").rpc("<request-pfe-execute><target>fpc7</target><command>show version</command>"
                + "</request-pfe-execute>")).text("//error-message")).isEqualTo("target fpc7 is not online");
    }

    private static String text(RawNetconfSession netconf, String command) {
        return ReplyXml.of(netconf.rpc("<command format=\"text\">" + command + "</command>")).text("/rpc-reply/output");
    }

    private static String configurationOutput(String command) {
        return ReplyXml.of(routers.session("cli-mx").rpc("<command format=\"text\">" + command + "</command>"))
                .text("/rpc-reply/configuration-information/configuration-output");
    }

    private static JsonNode json(String reply) {
        return JsonMapper.builder().build().readTree(ReplyXml.of(reply).text("/rpc-reply"));
    }
}
