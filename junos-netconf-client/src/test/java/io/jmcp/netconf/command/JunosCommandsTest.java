package io.jmcp.netconf.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.JunosReplies;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped command lookup: command lines to the RPCs Juniper's YANG gives, and clear errors for the rest. */
class JunosCommandsTest {

    private static final JunosCommands COMMANDS = JunosCommands.load();

    @Test
    void holdsEveryCommandOfJunipersRpcModules() {
        assertThat(COMMANDS.commands()).hasSize(6436);
        assertThat(COMMANDS.command("show interfaces")).get().extracting(CommandSpec::rpc)
                .isEqualTo("get-interface-information");
        assertThat(COMMANDS.command("show interfaces")).get().extracting(CommandSpec::families)
                .isEqualTo(List.of("junos"));
        assertThat(COMMANDS.command("show nothing-such")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = "=>", value = {
        "show interfaces ge-0/0/0 extensive => <get-interface-information><extensive/><interface-name>ge-0/0/0</interface-name></get-interface-information>",
        "show interfaces extensive ge-0/0/0 => <get-interface-information><extensive/><interface-name>ge-0/0/0</interface-name></get-interface-information>",
        "show interfaces terse            => <get-interface-information><terse/></get-interface-information>",
        "show interfaces mc-ae             => <get-mc-ae-interface-information/>",
        "show version                      => <get-software-information/>",
        "show route protocol bgp           => <get-route-information><protocol>bgp</protocol></get-route-information>",
        "show route advertising-protocol bgp 10.0.0.1 => <get-route-information><advertising-protocol-name>bgp</advertising-protocol-name><neighbor>10.0.0.1</neighbor></get-route-information>",
        "show route receive-protocol bgp 10.0.0.1 extensive => <get-route-information><extensive/><receive-protocol-name>bgp</receive-protocol-name><peer>10.0.0.1</peer></get-route-information>",
        "show route 10.0.0.0/8 exact       => <get-route-information><destination>10.0.0.0/8</destination><exact/></get-route-information>",
        "ping 192.0.2.1 count 5 rapid      => <ping><count>5</count><rapid/><host>192.0.2.1</host></ping>",
        "sh int ter                        => <get-interface-information><terse/></get-interface-information>",
        "show interfaces terse | match ge- | count => <get-interface-information><terse/></get-interface-information>",
        "show interfaces \"a<b&c\"         => <get-interface-information><interface-name>a&lt;b&amp;c</interface-name></get-interface-information>",
    })
    void resolvesACommandLineToItsRpc(String line, String xml) {
        assertThat(COMMANDS.resolve(line.strip()).toXml()).isEqualTo(xml.strip());
    }

    @Test
    void givesWhatARealDeviceShowedForDisplayXmlRpc() {
        assertThat(COMMANDS.resolve("show interfaces routing-instance all media ge-0/0/0.0").toXml())
                .isEqualTo(capturedRpc("core/show-interfaces-routing-instance-media-rpc.xml"));
        assertThat(COMMANDS.resolve("show system uptime").toXml())
                .isEqualTo(capturedRpc("core/show-system-uptime-rpc.xml"));
    }

    @Test
    void takesTheLongestRunOfCommandWords() {
        assertThat(COMMANDS.resolve("show interfaces mc-ae revertive-info").rpc()).isEqualTo("get-mc-ae-revertive-information");
        assertThat(COMMANDS.resolve("show interfaces mc-ae").rpc()).isEqualTo("get-mc-ae-interface-information");
        assertThat(COMMANDS.resolve("show interfaces").rpc()).isEqualTo("get-interface-information");
    }

    @Test
    void anUnknownCommandWordIsASyntaxErrorExpectingACommand() {
        assertThatThrownBy(() -> COMMANDS.resolve("show foo"))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.word()).isEqualTo("foo");
                    assertThat(e.unknownCommand()).isTrue();
                    assertThat(e.getMessage()).startsWith("syntax error at 'foo' after 'show', expecting <command>: one of ");
                });
        assertThatThrownBy(() -> COMMANDS.resolve("shw version"))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> assertThat(e.getMessage())
                        .startsWith("syntax error at 'shw' at the start, expecting <command>: one of "));
    }

    @Test
    void anIncompleteCommandNamesWhatMayFollow() {
        assertThatThrownBy(() -> COMMANDS.resolve("show bgp"))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.word()).isEmpty();
                    assertThat(e.unknownCommand()).isTrue();
                    assertThat(e.getMessage()).contains("after 'show bgp', expecting <command>: one of ", "neighbor");
                });
        assertThatThrownBy(() -> COMMANDS.resolve("")).isInstanceOf(CommandSyntaxException.class);
    }

    @Test
    void anUnknownArgumentNamesTheWordAndTheArgumentsExpected() {
        assertThatThrownBy(() -> COMMANDS.resolve("show system uptime bogus"))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.word()).isEqualTo("bogus");
                    assertThat(e.unknownCommand()).isFalse();
                    assertThat(e.getMessage()).startsWith("syntax error at 'bogus' after 'show system uptime': "
                            + "'show system uptime' expects one of ");
                });
    }

    @Test
    void aValueArgumentWithoutItsValueIsRefused() {
        assertThatThrownBy(() -> COMMANDS.resolve("show route table"))
                .hasMessage("'show route table' is missing the value of 'table' (string)");
    }

    @Test
    void anEnumerationTakesOnlyItsWords() {
        assertThatThrownBy(() -> COMMANDS.resolve("show route protocol nonsense"))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.word()).isEqualTo("nonsense");
                    assertThat(e.getMessage()).startsWith("'nonsense' is not a value of 'protocol' of 'show route': "
                            + "expecting one of aggregate, bgp, ");
                });
    }

    @Test
    void anAmbiguousAbbreviationNamesTheKeywordsItBegins() {
        assertThatThrownBy(() -> COMMANDS.resolve("show interfaces ter ter"))
                .isInstanceOf(CommandSyntaxException.class);
        assertThatThrownBy(() -> COMMANDS.resolve("show s"))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> {
                    assertThat(e.word()).isEqualTo("s");
                    assertThat(e.getMessage()).startsWith("'s' is ambiguous after 'show': it begins one of ");
                });
    }

    @Test
    void anArgumentGivenTwiceIsRefused() {
        assertThatThrownBy(() -> COMMANDS.resolve("show route protocol bgp protocol ospf"))
                .hasMessage("'protocol' is given twice in 'show route protocol bgp'");
    }

    @Test
    void aMissingMandatoryArgumentIsNamed() {
        assertThatThrownBy(() -> COMMANDS.resolve("ping count 5"))
                .hasMessage("'ping' needs its argument 'host' (written without its keyword)");
    }

    @Test
    void aRepeatableArgumentKeepsEveryValue() {
        assertThat(COMMANDS.resolve("show route community 65000:1 community 65000:2").toXml())
                .isEqualTo("<get-route-information><community>65000:1</community><community>65000:2</community>"
                        + "</get-route-information>");
    }

    @Test
    void aGroupReadsItsOwnArgumentsThenReturnsToTheCommand() {
        assertThat(COMMANDS.resolve("show route output interface ge-0/0/0.0 protocol bgp").toXml())
                .isEqualTo("<get-route-information><output><interface>ge-0/0/0.0</interface></output>"
                        + "<protocol>bgp</protocol></get-route-information>");
    }

    @Test
    void theResourceFormatReadsBackToTheSameText() throws Exception {
        byte[] resource;
        try (var in = JunosCommands.class.getResourceAsStream(JunosCommands.RESOURCE)) {
            resource = in.readAllBytes();
        }
        String text = new String(resource, StandardCharsets.UTF_8);
        List<String> header = text.lines().takeWhile(line -> line.startsWith("# ")).map(line -> line.substring(2)).toList();

        String written = CommandsFormat.write(header, List.of("junos"),
                JunosCommands.read(new ByteArrayInputStream(resource)).commands());

        assertThat(written).isEqualTo(text);
    }

    @ParameterizedTest(name = "[{0}]")
    @CsvSource(delimiterString = "=>", value = {
        "''                                   => ''",
        "'   '                                => ''",
        "'| match x'                          => ''",
        "show interfaces ge-0/0/0 ge-0/0/1    => ge-0/0/1",
        "show interfaces terse extensive terse => terse",
        "'show version; request system reboot' => version;",
        "'show version</command><request-reboot/>' => version</command><request-reboot/>",
        "request system reboot now now        => now",
    })
    void hostileLinesAreRefusedNamingTheWord(String line, String word) {
        assertThatThrownBy(() -> COMMANDS.resolve(line))
                .isInstanceOfSatisfying(CommandSyntaxException.class, e -> assertThat(e.word()).isEqualTo(word));
    }

    @Test
    void aQuotedValueKeepsItsSpacesAndMarkupIsEscaped() {
        assertThat(COMMANDS.resolve("show interfaces \"ge-0/0/0 </interface-name><reboot/>\"").toXml())
                .isEqualTo("<get-interface-information><interface-name>ge-0/0/0 &lt;/interface-name&gt;&lt;reboot/&gt;"
                        + "</interface-name></get-interface-information>");
        assertThat(COMMANDS.resolve("show interfaces \"unterminated ge-0/0/0").toXml())
                .isEqualTo("<get-interface-information><interface-name>unterminated ge-0/0/0</interface-name>"
                        + "</get-interface-information>");
    }

    @Test
    void noBreakSpacesSeparateWordsAsOtherWhitespace() {
        assertThat(COMMANDS.resolve("show\u00a0version").rpc()).isEqualTo("get-software-information");
    }

    @Test
    void aValueXmlCannotCarryIsRefusedWhenWrittenAsXml() {
        ResolvedCommand resolved = COMMANDS.resolve("show interfaces ge\u0001");

        assertThatThrownBy(resolved::toXml).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("character U+0001 at position 2 cannot be sent in XML");
    }

    /** The RPC element of a captured {@code | display xml rpc} reply, without the layout's whitespace. */
    private static String capturedRpc(String file) {
        String reply = JunosReplies.read(file).replaceAll(">\\s+<", "><");
        String rpc = reply.substring(reply.indexOf("<rpc>") + "<rpc>".length(), reply.indexOf("</rpc>"));
        return rpc.replaceAll("<([a-z-]+)></\\1>", "<$1/>");
    }
}
