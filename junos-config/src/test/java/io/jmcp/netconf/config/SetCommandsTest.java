package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

/** What a load would do, as command lines, whatever the payload's format: what guardrails check. */
class SetCommandsTest {

    @Test
    void showsRootAuthenticationHiddenInText() {
        assertThat(SetCommands.of("system { root-authentication { encrypted-password \"$6$x\"; } }", ConfigFormat.TEXT))
                .containsExactly("set system root-authentication encrypted-password \"$6$x\"");
    }

    @Test
    void showsRootAuthenticationHiddenInXml() {
        String xml = "<configuration><system><root-authentication><ssh-rsa><name>ssh-rsa AAAA key</name></ssh-rsa>"
                + "</root-authentication></system></configuration>";

        assertThat(SetCommands.of(xml, ConfigFormat.XML))
                .containsExactly("set system root-authentication ssh-rsa \"ssh-rsa AAAA key\"");
    }

    @Test
    void showsRootAuthenticationHiddenInJson() {
        String json = "{\"configuration\": {\"system\": {\"root-authentication\": {\"encrypted-password\": \"$6$x\"}}}}";

        assertThat(SetCommands.of(json, ConfigFormat.JSON))
                .containsExactly("set system root-authentication encrypted-password \"$6$x\"");
    }

    @Test
    void turnsDeleteTagsOfTextIntoDeleteLines() {
        String text = """
                interfaces {
                    delete: ge-0/0/1;
                    ge-0/0/2 {
                        unit 0 {
                            family ethernet-switching {
                                vlan {
                                    delete: members v20;
                                }
                            }
                        }
                    }
                }
                """;

        assertThat(SetCommands.of(text, ConfigFormat.TEXT)).containsExactly(
                "delete interfaces ge-0/0/1",
                "delete interfaces ge-0/0/2 unit 0 family ethernet-switching vlan members v20");
    }

    @Test
    void turnsDeleteAttributesOfXmlIntoDeleteLines() {
        String xml = """
                <configuration>
                  <protocols><bgp><group delete="delete"><name>old-peers</name></group></bgp></protocols>
                  <system><services><telnet operation="delete"/></services></system>
                </configuration>""";

        assertThat(SetCommands.of(xml, ConfigFormat.XML)).containsExactly(
                "delete protocols bgp group old-peers",
                "delete system services telnet");
    }

    @Test
    void turnsReplaceTagsIntoADeleteBeforeTheNewStatements() {
        assertThat(SetCommands.of("system { replace: login { user ops { class read-only; } } }", ConfigFormat.TEXT))
                .containsExactly("delete system login", "set system login user ops class read-only");
    }

    @Test
    void turnsActivationTagsIntoActivationLines() {
        assertThat(SetCommands.of("protocols { inactive: ospf; active: isis; protect: bgp { group g { type internal; } } }",
                ConfigFormat.TEXT)).containsExactly(
                "set protocols bgp group g type internal",
                "protect protocols bgp",
                "set protocols isis",
                "activate protocols isis",
                "set protocols ospf",
                "deactivate protocols ospf");
    }

    @Test
    void writesSetLinesCanonicallySoPatternsCannotBeDodgedBySpacingOrQuoting() {
        assertThat(SetCommands.of("set   \"system\"  root-authentication   encrypted-password \"$6$x\"\n"
                + "  delete system services telnet  # tidy up\n", ConfigFormat.SET)).containsExactly(
                "set system root-authentication encrypted-password \"$6$x\"",
                "delete system services telnet");
    }

    @Test
    void readsWindowsLineEndingsAsLineBreaksAndCountsLinesAcrossBlankOnes() {
        assertThat(SetCommands.of("set system host-name r1\r\n\r\ndelete system services telnet\r\n", ConfigFormat.SET))
                .containsExactly("set system host-name r1", "delete system services telnet");
        assertThatThrownBy(() -> SetCommands.of("set system host-name r1\r\n\r\nset system host-name\r\n", ConfigFormat.SET))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("line 3: missing argument (at 'host-name')");
    }

    @Test
    void refusesMalformedSetLinesAsALoadWould() {
        assertThatThrownBy(() -> SetCommands.of("set system host-name r1\nset system host-name", ConfigFormat.SET))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("line 2: missing argument (at 'host-name')");
    }

    @Test
    void aSetFileDeleteLineIsAppliedAsLoadSetDoesAndKeptAsACommand() {
        String lines = "delete interfaces ae11\nset interfaces ae11 unit 0 description Test\n";

        assertThat(Configuration.parse(lines, ConfigFormat.SET).toSet())
                .isEqualTo("set interfaces ae11 unit 0 description Test\n");
        assertThat(SetCommands.of(lines, ConfigFormat.SET))
                .containsExactly("delete interfaces ae11", "set interfaces ae11 unit 0 description Test");
    }
}
