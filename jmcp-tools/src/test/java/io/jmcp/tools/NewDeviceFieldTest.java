package io.jmcp.tools;

import io.jmcp.core.guard.GuardOptions;
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
import java.security.KeyPairGenerator;
import java.util.Base64;
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
                .hasMessage("device_name may hold only letters, digits, '.', '_' and '-'; it holds U+0020");
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
    void acceptsAReadableKeyFile(@TempDir Path directory) throws Exception {
        Path key = Files.writeString(directory.resolve("id_rsa"), privateKeyPem());

        assertThat(NewDeviceField.SSH_KEY_PATH.check(key.toString(), INVENTORY)).isEqualTo(key.toString());
    }

    @Test
    void refusesAFileThatIsNotAPrivateKeyWithoutQuotingIt(@TempDir Path directory) throws IOException {
        Path shadow = Files.writeString(directory.resolve("shadow"), "root:$6$SECRETHASH:19000:0:99999:7:::\n");

        assertThatThrownBy(() -> NewDeviceField.SSH_KEY_PATH.check(shadow.toString(), INVENTORY))
                .hasMessage("ssh_key_path '" + shadow + "' is not an SSH private key (expected an OpenSSH, PEM or "
                        + "PKCS#8 private key)")
                .hasNoCause();
    }

    @Test
    void refusesAKeyFileLargerThanAnyKey(@TempDir Path directory) throws IOException {
        Path big = Files.write(directory.resolve("big"), new byte[(int) SshPrivateKeyFile.MAX_BYTES + 1]);

        assertThatThrownBy(() -> NewDeviceField.SSH_KEY_PATH.check(big.toString(), INVENTORY))
                .hasMessage("ssh_key_path '" + big + "' is larger than any SSH private key (64 KiB at most)");
    }

    @Test
    void acceptsNamesOfLettersDigitsDotsUnderscoresAndDashes() {
        assertThat(NewDeviceField.DEVICE_NAME.check("pe1.east_2-b", INVENTORY)).isEqualTo("pe1.east_2-b");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../x", "<script>", "a/b", "r1;reboot", "r\u00fc1", "a\u0000b", "a\tb", "$(id)",
        "r1\u202e", "\u0440\u0443\u0442"})
    void refusesNamesWithOtherCharacters(String name) {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_NAME.check(name, INVENTORY))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("device_name may hold only letters, digits, '.', '_' and '-'; it holds U+");
    }

    @ParameterizedTest
    @ValueSource(strings = {".", ".."})
    void refusesNamesOfDotsOnly(String name) {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_NAME.check(name, INVENTORY))
                .hasMessage("device_name must not be only dots");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "169.254.0.1", "fe80::1", "FE80::a:b", "febf::1",
        "::ffff:169.254.169.254", "fd00:ec2::254", "metadata.google.internal", "METADATA.google.internal."})
    void refusesLinkLocalAndMetadataHosts(String host) {
        assertThatThrownBy(() -> NewDeviceField.DEVICE_IP.check(host, INVENTORY))
                .isInstanceOf(ToolException.class)
                .hasMessageContaining("is a link-local address")
                .hasMessageContaining("--allow-link-local-devices");
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.253.255.255", "169.255.0.1", "fec0::1", "10.0.0.1", "r1.example.net"})
    void acceptsHostsNextToTheLinkLocalRanges(String host) {
        assertThat(NewDeviceField.DEVICE_IP.check(host, INVENTORY)).isEqualTo(host);
    }

    @Test
    void acceptsALinkLocalHostWhenTheServerAllowsThem() {
        assertThat(NewDeviceField.DEVICE_IP.check("169.254.10.1", INVENTORY,
                GuardOptions.defaults().withLinkLocalHosts(true))).isEqualTo("169.254.10.1");
    }

    private static String privateKeyPem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'})
                .encodeToString(generator.generateKeyPair().getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n";
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
