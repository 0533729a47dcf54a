package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.LoadAction;
import org.junit.jupiter.api.Test;

/** Malformed payloads fail with the line and a Junos-like message, never worse. */
class ConfigSyntaxErrorTest {

    @Test
    void aMissingSemicolonNamesTheLineAndTheStatement() {
        assertThatThrownBy(() -> text("system {\n    host-name r1\n}\n"))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("line 3: syntax error, expecting ';' or '{' (at 'host-name r1')");
    }

    @Test
    void setLinesGivenAsTextSayWhichFormatTheyNeed() {
        assertThatThrownBy(() -> text("set system host-name r1\nset system domain-name lab\n"))
                .hasMessage("line 2: syntax error, expecting ';' or '{' (set lines load with format set)"
                        + " (at 'set system host-name r1 set system domain-name lab')");
    }

    @Test
    void aStrayBraceExpectsAStatement() {
        assertThatThrownBy(() -> text("system {\n    {\n}\n"))
                .hasMessage("line 2: syntax error, expecting <statement> or <identifier> (at '{')");
    }

    @Test
    void anUnclosedBlockExpectsAClosingBrace() {
        assertThatThrownBy(() -> text("system {\n    services {\n        ssh;\n    }\n"))
                .hasMessage("line 4: syntax error, expecting '}' (at 'system')");
    }

    @Test
    void anUnmatchedClosingBraceIsRefused() {
        assertThatThrownBy(() -> text("system { host-name r1; }\n}\n"))
                .hasMessage("line 2: syntax error, unmatched '}' (at '}')");
    }

    @Test
    void anUnterminatedQuoteNamesWhereItStarted() {
        assertThatThrownBy(() -> text("system {\n    host-name \"r1;\n}\n"))
                .hasMessageStartingWith("line 2: syntax error, missing closing quote");
    }

    @Test
    void anUnterminatedCommentNamesWhereItStarted() {
        assertThatThrownBy(() -> text("system {\n /* note\n host-name r1; }"))
                .hasMessage("line 2: syntax error, unterminated comment (at '/*')");
    }

    @Test
    void aLeafWithoutValueIsAMissingArgument() {
        assertThatThrownBy(() -> text("system {\n    host-name;\n}"))
                .hasMessage("line 2: missing argument (at 'host-name')");
    }

    @Test
    void aLeafCannotOpenABlock() {
        assertThatThrownBy(() -> text("system { host-name r1 { } }"))
                .hasMessage("line 1: syntax error, expecting ';' (at 'host-name')");
    }

    @Test
    void aSecondIdentifierNeedsItsKeyword() {
        assertThatThrownBy(() -> text("security { policies { from-zone trust untrust { } } }"))
                .hasMessage("line 1: syntax error, expecting 'to-zone' (at 'untrust')");
    }

    @Test
    void anUnclosedValueListIsRefused() {
        assertThatThrownBy(() -> text("system { authentication-order [ radius password; }"))
                .hasMessage("line 1: syntax error, expecting ']' (at 'authentication-order')");
    }

    @Test
    void identifiersThatBecomeElementNamesMustBeValidNames() {
        assertThatThrownBy(() -> text("interfaces { ge-0/0/0 { unit 0 { family in/et; } } }"))
                .hasMessage("line 1: syntax error, invalid family (at 'in/et')");
    }

    @Test
    void controlCharactersAreRefused() {
        assertThatThrownBy(() -> text("system { host-name r\u0001; }"))
                .hasMessage("line 1: syntax error, invalid character U+0001");
    }

    @Test
    void anUnknownSetCommandNamesItsLine() {
        assertThatThrownBy(() -> Configuration.parse("set system host-name r1\n\nsett system domain-name x", ConfigFormat.SET))
                .hasMessage("line 3: unknown command (at 'sett')");
    }

    @Test
    void extraWordsAfterAValueAreRefused() {
        assertThatThrownBy(() -> Configuration.parse("set system host-name r1 r2", ConfigFormat.SET))
                .hasMessage("line 1: syntax error, unexpected word after a value (at 'r2')");
    }

    @Test
    void absurdlyDeepPathsAreRefused() {
        String deep = "set " + "a ".repeat(200) + "b";

        assertThatThrownBy(() -> Configuration.parse(deep, ConfigFormat.SET)).hasMessageContaining("deeper than 64 levels");
    }

    @Test
    void setLinesAreNotXml() {
        assertThatThrownBy(() -> Configuration.empty().load(LoadAction.SET, "<configuration/>", ConfigFormat.XML))
                .hasMessage("load action set takes set lines, not xml");
    }

    @Test
    void secretsNeverAppearInErrors() {
        assertThatThrownBy(() -> text("system {\n    root-authentication {\n        encrypted-password \"$6$s3cr3t\"\n    }\n}"))
                .hasMessage("line 4: syntax error, expecting ';' or '{' (at 'encrypted-password <redacted>')");
        assertThatThrownBy(() -> text("system { root-authentication { encrypted-password \"$6$s3cr3t; } }"))
                .hasMessage("line 1: syntax error, missing closing quote");
        assertThatThrownBy(() -> Configuration.parse("set system root-authentication encrypted-password $6$s3 cr3t", ConfigFormat.SET))
                .hasMessage("line 1: syntax error, unexpected word after a value (at '<redacted>')");
    }

    @Test
    void secretsNeverAppearInWarnings() {
        Configuration config = Configuration.parse("system { root-authentication { encrypted-password \"$6$old\"; } }",
                ConfigFormat.TEXT);

        Configuration result = config.load(LoadAction.SET,
                "delete system root-authentication encrypted-password \"$6$s3cr3t\"", ConfigFormat.SET);

        assertThat(result.warnings()).extracting(ConfigWarning::describe).containsExactly(
                "warning: statement not found: [edit system root-authentication] encrypted-password <redacted> (line 1)");
    }

    private static Configuration text(String text) {
        return Configuration.parse(text, ConfigFormat.TEXT);
    }
}
