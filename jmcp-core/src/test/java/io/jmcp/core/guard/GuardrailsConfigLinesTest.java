package io.jmcp.core.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jmcp.netconf.ConfigFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** block.cfg against set lines: the seed's cases, then every verb and disguise. */
class GuardrailsConfigLinesTest {
    private static final Guardrails DEFAULTS = Guardrails.defaults();

    @TempDir
    Path dir;

    private Guardrails withConfigPatterns(String patterns) throws IOException {
        Path blockCmd = Files.writeString(dir.resolve("block.cmd"), "");
        Path blockCfg = Files.writeString(dir.resolve("block.cfg"), patterns);
        return Guardrails.fromFiles(blockCmd, blockCfg);
    }

    private static void assertBlocked(Guardrails guardrails, String setLines) {
        assertThatThrownBy(() -> guardrails.checkConfig(setLines, ConfigFormat.SET)).as(setLines)
                .isInstanceOf(BlockedException.class);
    }

    private static void assertAllowed(Guardrails guardrails, String setLines) {
        assertThatCode(() -> guardrails.checkConfig(setLines, ConfigFormat.SET)).as(setLines)
                .doesNotThrowAnyException();
    }

    @Test
    void blocksALineStartingWithALiteralPattern() throws IOException {
        Guardrails guardrails = withConfigPatterns("set system root-authentication\n");

        BlockedException blocked = catchThrowableOfType(BlockedException.class, () -> guardrails.checkConfig(
                "set system root-authentication encrypted-password foo", ConfigFormat.SET));

        assertThat(blocked).hasMessage("Blocked configuration rejected: line 'set system root-authentication"
                + " encrypted-password foo' matches blocked pattern 'set system root-authentication' ("
                + dir.resolve("block.cfg") + " line 1)");
        assertThat(blocked.kind()).isEqualTo(BlockedException.Kind.CONFIGURATION);
    }

    @Test
    void blocksALineMatchingARegexPattern() throws IOException {
        Guardrails guardrails = withConfigPatterns("set system login user (.*) authentication\n");

        assertThatThrownBy(() -> guardrails.checkConfig(
                "set system login user automation authentication encrypted-password bar", ConfigFormat.SET))
                .hasMessageContaining("matches blocked pattern 'set system login user (.*) authentication'");
    }

    @Test
    void blocksALineWithExtraSpaces() throws IOException {
        Guardrails guardrails = withConfigPatterns("set system login user (.*) authentication\n");

        assertThatThrownBy(() -> guardrails.checkConfig(
                "set   system   login user guardx authentication encrypted-password xyz", ConfigFormat.SET))
                .hasMessageStartingWith("Blocked configuration rejected: line 'set system login user guardx"
                        + " authentication encrypted-password xyz'");
    }

    @Test
    void keepsACharacterClassWithASpaceAsOnePatternWord() throws IOException {
        Guardrails guardrails = withConfigPatterns("set system login user ([^ ]+) authentication\n");

        assertBlocked(guardrails, "set system login user guardx authentication encrypted-password");
    }

    @Test
    void allowsALineNoPatternMatches() throws IOException {
        assertAllowed(withConfigPatterns("set system root-authentication\n"),
                "set interfaces ge-0/0/0 description test");
    }

    @Test
    void reportsTheFirstOffendingLineOfSeveral() {
        assertThatThrownBy(() -> DEFAULTS.checkConfig("""
                set system host-name r1
                set interfaces ge-0/0/0 description uplink
                set system login user ops authentication ssh-ed25519 "ssh-ed25519 AAAAC3 ops@lab"
                set system root-authentication plain-text-password-value hunter2
                """, ConfigFormat.SET))
                .hasMessageStartingWith("Blocked configuration rejected: line 'set system login user ops"
                        + " authentication ssh-ed25519");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "set system root-authentication encrypted-password \"$6$abc\"",
        "set system root-authentication ssh-rsa \"ssh-rsa AAAA root@x\"",
        "set system login user bob authentication encrypted-password \"$6$abc\"",
        "SET SYSTEM ROOT-AUTHENTICATION encrypted-password x",
        "set sys root-auth encrypted-password x",
        "set system login user \"bob\" \"authentication\" encrypted-password x",
        "  set\tsystem  root-authentication  ",
        "delete system root-authentication",
        "delete system root-authentication encrypted-password",
        "deactivate system login user bob authentication",
        "del system login user bob authentication ssh-rsa",
        "copy system login user admin to user intruder",
        "rename system login user admin to user intruder",
        "annotate system root-authentication \"why\"",
        "set groups backdoor system root-authentication encrypted-password x",
        "set groups backdoor system login user <*> authentication ssh-rsa \"ssh-rsa AAAA x\"",
        "delete groups ops system login user bob authentication",
        "set interfaces lo0 unit 0\nset system root-authentication encrypted-password x",
    })
    void blocksChangesToTheDefaultGuardedPathsHoweverWritten(String setLines) {
        assertBlocked(DEFAULTS, setLines);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "set system host-name r1",
        "set groups mgmt system host-name r1",
        "delete groups ops",
        "set system login user bob class super-user",
        "set system login user bob full-name \"set system root-authentication\"",
        "set system login message \"set system root-authentication is blocked\"",
        "set interfaces ge-0/0/0 description \"root-authentication\"",
        "delete system login user bob",
        "delete system login",
        "delete interfaces ge-0/0/0",
        "deactivate protocols bgp",
        "activate interfaces ge-0/0/0",
        // Activation restores what the router's owner configured; its effect is judged once loaded
        // (Guardrails#checkChange), so that undoing a deactivation stays possible.
        "activate system root-authentication",
        "activate system login user bob",
        "activate system",
        "insert policy-options policy-statement export term b before term a",
        "# set system root-authentication encrypted-password x",
        "",
    })
    void allowsLookAlikesAndOtherChanges(String setLines) {
        assertAllowed(DEFAULTS, setLines);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "set system login user \"ops admin\" authentication encrypted-password x",
        "set system login user \"ops\\\"admin\" authentication encrypted-password x",
        "set system login user \"ops\u00a0admin\" authentication encrypted-password x",
        "set system login user \"op\u00e9rateur \u00e9t\u00e9\" authentication ssh-ed25519 \"ssh-ed25519 AAAA x\"",
        "set system login user \"\u0440\u0443\u0442 \u0430\u0434\u043c\" authentication encrypted-password x",
    })
    void matchesAQuotedValueWithSpacesEscapesOrUnicodeAsOneWord(String setLines) {
        assertBlocked(DEFAULTS, setLines);
    }

    @Test
    void appliesAPatternForDeleteOnlyToDelete() throws IOException {
        Guardrails guardrails = withConfigPatterns("delete interfaces\n");

        assertBlocked(guardrails, "delete interfaces ge-0/0/0");
        assertAllowed(guardrails, "set interfaces ge-0/0/0 disable");
    }
}
