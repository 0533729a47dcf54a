package io.jmcp.core.guard;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.jmcp.netconf.ConfigFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where block files come from, and that a bad one stops the server instead of weakening it. */
class GuardrailsLoadingTest {
    @TempDir
    Path dir;

    private Path workingDirectory;
    private Path devicesDirectory;

    @BeforeEach
    void directories() throws IOException {
        workingDirectory = Files.createDirectory(dir.resolve("cwd"));
        devicesDirectory = Files.createDirectory(dir.resolve("config"));
    }

    private Guardrails load() {
        return Guardrails.load(List.of(workingDirectory, devicesDirectory));
    }

    @Test
    void usesTheShippedDefaultsWhenNoDirectoryHasBlockFiles() {
        Guardrails guardrails = load();

        assertThatThrownBy(() -> guardrails.checkCommand("request system reboot"))
                .hasMessageEndingWith("(built-in default block.cmd line 5)");
        assertThatThrownBy(() -> guardrails.checkConfig("set system root-authentication x",
                ConfigFormat.SET))
                .hasMessageEndingWith("(built-in default block.cfg line 6)");
    }

    @Test
    void prefersTheWorkingDirectoryOverTheDevicesFileDirectory() throws IOException {
        Files.writeString(workingDirectory.resolve("block.cmd"), "show version\n");
        Files.writeString(devicesDirectory.resolve("block.cmd"), "show chassis\n");

        Guardrails guardrails = load();

        assertThatThrownBy(() -> guardrails.checkCommand("show version")).isInstanceOf(BlockedException.class);
        assertThatCode(() -> guardrails.checkCommand("show chassis hardware")).doesNotThrowAnyException();
    }

    @Test
    void findsBlockFilesBesideTheDevicesFile() throws IOException {
        Files.writeString(devicesDirectory.resolve("block.cmd"), "show chassis\n");

        Guardrails guardrails = load();

        assertThatThrownBy(() -> guardrails.checkCommand("show chassis hardware"))
                .hasMessageEndingWith("(" + devicesDirectory.resolve("block.cmd") + " line 1)");
    }

    @Test
    void replacesTheDefaultsOfEachFileSeparately() throws IOException {
        Files.writeString(workingDirectory.resolve("block.cfg"), "set snmp\n");

        Guardrails guardrails = load();

        assertThatThrownBy(() -> guardrails.checkCommand("request system halt")).isInstanceOf(BlockedException.class);
        assertThatCode(() -> guardrails.checkConfig("set system root-authentication x",
                ConfigFormat.SET)).doesNotThrowAnyException();
    }

    @Test
    void refusesAnInvalidRegexNamingFileAndLine() throws IOException {
        Path blockCmd = Files.writeString(workingDirectory.resolve("block.cmd"),
                "# commands\nrequest system reboot\nrequest system (halt\n");

        assertThatThrownBy(this::load)
                .isInstanceOf(BlockListException.class)
                .hasMessage("Cannot use guardrail file " + blockCmd + ": line 3: invalid regex"
                        + " 'request system (halt': Unclosed group near index 20");
    }

    @Test
    void refusesAnInvalidRegexWordOfAConfigPattern() throws IOException {
        Path blockCfg = Files.writeString(devicesDirectory.resolve("block.cfg"),
                "set system (login user) authentication\n");

        assertThatThrownBy(this::load)
                .isInstanceOf(BlockListException.class)
                .hasMessage("Cannot use guardrail file " + blockCfg + ": line 1: invalid regex"
                        + " 'set system (login user) authentication' (in '(login'): Unclosed group near index 6");
    }

    @Test
    void refusesABlockFileThatIsADirectory() throws IOException {
        Path blockCfg = Files.createDirectory(workingDirectory.resolve("block.cfg"));

        assertThatThrownBy(this::load)
                .isInstanceOf(BlockListException.class)
                .hasMessage("Cannot use guardrail file " + blockCfg + ": it is a directory");
    }

    @Test
    void refusesABlockFileThatIsABrokenLink() throws IOException {
        Path blockCmd = Files.createSymbolicLink(workingDirectory.resolve("block.cmd"), dir.resolve("gone"));

        assertThatThrownBy(this::load)
                .isInstanceOf(BlockListException.class)
                .hasMessage("Cannot use guardrail file " + blockCmd + ": it does not exist");
    }

    @Test
    void refusesABlockFileWithoutReadPermission() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads any file");
        Path blockCmd = Files.writeString(workingDirectory.resolve("block.cmd"), "request system reboot\n");
        Files.setPosixFilePermissions(blockCmd, PosixFilePermissions.fromString("-w-------"));

        assertThatThrownBy(this::load)
                .isInstanceOf(BlockListException.class)
                .hasMessage("Cannot use guardrail file " + blockCmd + ": permission denied");
    }

    @Test
    void refusesABlockFileThatIsNotUtf8() throws IOException {
        Path blockCmd = Files.write(workingDirectory.resolve("block.cmd"), new byte[] {'r', (byte) 0xff, '\n'});

        assertThatThrownBy(this::load)
                .isInstanceOf(BlockListException.class)
                .hasMessage("Cannot use guardrail file " + blockCmd + ": it is not UTF-8 text");
    }

    @Test
    void refusesAGivenFileThatDoesNotExist() throws IOException {
        Path blockCfg = Files.writeString(dir.resolve("block.cfg"), "");

        assertThatThrownBy(() -> Guardrails.fromFiles(dir.resolve("missing.cmd"), blockCfg))
                .isInstanceOf(BlockListException.class)
                .hasMessage("Cannot use guardrail file " + dir.resolve("missing.cmd") + ": it does not exist");
    }
}
