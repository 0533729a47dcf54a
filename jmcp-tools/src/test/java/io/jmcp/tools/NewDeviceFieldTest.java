package io.jmcp.tools;

import io.jmcp.core.inventory.AuthSpec;
import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.HostKeyCheck;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.core.inventory.SecretRef;
import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NewDeviceFieldTest {
    private static final Inventory INVENTORY = Inventory.of(List.of(new DeviceEntry("core-1", "192.0.2.1", 22, "ops",
            AuthSpec.password(SecretRef.inline("secret")), null, HostKeyCheck.DEFAULT, null)));

    @Test
    void acceptsANewNameOfFiftyCharacters() {
        assertThat(NewDeviceField.DEVICE_NAME.check("r".repeat(50), INVENTORY)).isEqualTo("r".repeat(50));
    }

    @Test
    void refusesANameOfFiftyOneCharacters() {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_NAME.check("r".repeat(51), INVENTORY))
                .isInstanceOf(ToolException.class).hasMessage("device_name must be 1-50 characters, got 51");
    }

    @Test
    void refusesTheNameOfAnExistingDevice() {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_NAME.check("core-1", INVENTORY))
                .hasMessageStartingWith("device_name 'core-1' is already a device");
    }

    @Test
    void refusesANameWithASpace() {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_NAME.check("core 2", INVENTORY))
                .hasMessageContaining("must not contain spaces");
    }

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "2001:db8::1", "::1", "r1.example.net", "core-router-7", "fw1."})
    void acceptsAddressesAndHostNames(String host) {
        assertThat(NewDeviceField.DEVICE_IP.check(host, INVENTORY)).isEqualTo(host);
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "10.0.0", "not a host", "-bad.example", "r1..example", "2001:db8::g",
            "under_score.net"})
    void refusesWhatIsNeitherAnAddressNorAHostName(String host) {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_IP.check(host, INVENTORY))
                .hasMessage("device_ip must be an IPv4 or IPv6 address or a host name, got '" + host + "'");
    }

    @Test
    void readsAPortGivenAsNumberOrText() {
        assertThat(NewDeviceField.DEVICE_PORT.check(830, INVENTORY)).isEqualTo(830);
        assertThat(NewDeviceField.DEVICE_PORT.check(22.0, INVENTORY)).isEqualTo(22);
        assertThat(NewDeviceField.DEVICE_PORT.check("2222", INVENTORY)).isEqualTo(2222);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 65536, -22})
    void refusesAPortOutOfRange(int port) {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_PORT.check(port, INVENTORY))
                .hasMessage("device_port must be between 1 and 65535, got " + port);
    }

    @Test
    void refusesAFractionalPort() {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_PORT.check(22.5, INVENTORY))
                .hasMessage("device_port must be a whole number, got '22.5'");
    }

    @Test
    void refusesABlankUsername() {
        assertThatThrownBy(() -> NewDeviceField.USERNAME.check("  ", INVENTORY))
                .hasMessage("username must be a non-empty string");
    }

    @Test
    void acceptsAReadableKeyFile(@TempDir Path directory) throws IOException {
        Path key = Files.writeString(directory.resolve("id_rsa"), "key");

        assertThat(NewDeviceField.SSH_KEY_PATH.check(key.toString(), INVENTORY)).isEqualTo(key.toString());
    }

    @Test
    void refusesAMissingKeyFile(@TempDir Path directory) {
        Path key = directory.resolve("id_missing");

        assertThatThrownBy(() -> NewDeviceField.SSH_KEY_PATH.check(key.toString(), INVENTORY))
                .hasMessage("ssh_key_path '" + key + "' does not exist");
    }

    @Test
    void refusesADirectoryAsKeyFile(@TempDir Path directory) {
        assertThatThrownBy(() -> NewDeviceField.SSH_KEY_PATH.check(directory.toString(), INVENTORY))
                .hasMessage("ssh_key_path '" + directory + "' is not a regular file");
    }

    @Test
    void refusesARelativeKeyPath() {
        assertThatThrownBy(() -> NewDeviceField.SSH_KEY_PATH.check("keys/id_rsa", INVENTORY))
                .hasMessage("ssh_key_path must be an absolute path (or start with ~/), got 'keys/id_rsa'");
    }
}
