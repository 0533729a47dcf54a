package io.jmcp.core.guard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** block.cmd: the seed's cases, then the ways a blocked command could be disguised. */
class GuardrailsCommandTest {
    private static final Guardrails DEFAULTS = Guardrails.defaults();

    @TempDir
    Path dir;

    private Guardrails withCommandPatterns(String patterns) throws IOException {
        Path blockCmd = Files.writeString(dir.resolve("block.cmd"), patterns);
        Path blockCfg = Files.writeString(dir.resolve("block.cfg"), "");
        return Guardrails.fromFiles(blockCmd, blockCfg);
    }

    private static void assertBlocked(Guardrails guardrails, String command) {
        assertThatThrownBy(() -> guardrails.checkCommand(command)).as(command).isInstanceOf(BlockedException.class);
    }

    private static void assertAllowed(Guardrails guardrails, String command) {
        assertThatCode(() -> guardrails.checkCommand(command)).as(command).doesNotThrowAnyException();
    }

    @Test
    void blocksACommandStartingWithALiteralPattern() throws IOException {
        Guardrails guardrails = withCommandPatterns("request system reboot\n");

        BlockedException blocked = catchThrowableOfType(BlockedException.class,
                () -> guardrails.checkCommand("request system reboot in 1"));

        assertThat(blocked).hasMessage("Blocked command rejected: command 'request system reboot in 1' matches"
                + " blocked pattern 'request system reboot' (" + dir.resolve("block.cmd") + " line 1)");
        assertThat(blocked.kind()).isEqualTo(BlockedException.Kind.COMMAND);
        assertThat(blocked.offending()).isEqualTo("request system reboot in 1");
        assertThat(blocked.pattern()).isEqualTo(new BlockPattern("request system reboot",
                dir.resolve("block.cmd").toString(), 1));
    }

    @Test
    void blocksACommandMatchingARegexPattern() throws IOException {
        Guardrails guardrails = withCommandPatterns("request system reboot(.*)\n");

        assertThatThrownBy(() -> guardrails.checkCommand("request system reboot at 22:00"))
                .hasMessageContaining("matches blocked pattern 'request system reboot(.*)'");
    }

    @Test
    void allowsACommandNoPatternMatches() throws IOException {
        assertAllowed(withCommandPatterns("request system reboot\n"), "show interfaces terse");
    }

    @Test
    void namesTheLineOfThePatternInTheFile() throws IOException {
        Guardrails guardrails = withCommandPatterns("# operational commands\n\nrequest system halt\n"
                + "  request system zeroize  \n");

        assertThatThrownBy(() -> guardrails.checkCommand("request system zeroize media"))
                .hasMessageEndingWith("matches blocked pattern 'request system zeroize' ("
                        + dir.resolve("block.cmd") + " line 4)");
    }

    @Test
    void reportsTheCommandWhitespaceNormalised() {
        assertThatThrownBy(() -> DEFAULTS.checkCommand("  request \t system    reboot  "))
                .hasMessageStartingWith("Blocked command rejected: command 'request system reboot' matches");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "request system reboot",
        "request system halt in 5",
        "request system power-cycle",
        "request system power-off",
        "request system zeroize media",
        "request    system\treboot",
        "\n request system reboot \n",
        "request\u00a0system reboot",
        "REQUEST SYSTEM REBOOT",
        "Request System Halt",
        "req sys reb",
        "request system rebo",
        "req system power-o",
        "request \"system\" \"reboot\"",
        "request system reboot | no-more",
        "request system reboot|no-more",
        "show version | request system reboot",
        "show version\nrequest system reboot",
        "show version\r\nrequest system halt",
    })
    void blocksTheDefaultCommandsHoweverWritten(String command) {
        assertBlocked(DEFAULTS, command);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "show system reboot",
        "show system uptime",
        "show system users",
        "request system software add /var/tmp/junos.tgz",
        "request system storage cleanup dry-run",
        "request system snapshot",
        "request system reset",
        "request support information",
        "show log messages | match \"reboot|halt\"",
        "show log messages | match \"request system reboot\"",
        "show configuration system | display set",
    })
    void allowsLookAlikesOfTheDefaultCommands(String command) {
        assertAllowed(DEFAULTS, command);
    }

    @Test
    void checksEachPartOfAPipeline() throws IOException {
        Guardrails guardrails = withCommandPatterns("request message\n");

        assertBlocked(guardrails, "show system alarms | request message all");
    }

    @Test
    void doesNotSplitAPipeInsideQuotes() throws IOException {
        Guardrails guardrails = withCommandPatterns("request message\n");

        assertAllowed(guardrails, "show log messages | match \"error|request message\"");
    }

    @Test
    void doesNotAbbreviateRegexWords() throws IOException {
        Guardrails guardrails = withCommandPatterns("request system (reboot|halt)$\n");

        assertBlocked(guardrails, "req sys halt");
        assertAllowed(guardrails, "request system h");
    }

    @Test
    void aFileWithOnlyCommentsBlocksNothing() throws IOException {
        assertAllowed(withCommandPatterns("# nothing blocked here\n\n"), "request system reboot");
    }
}
