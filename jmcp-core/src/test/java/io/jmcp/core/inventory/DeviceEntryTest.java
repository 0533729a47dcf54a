package io.jmcp.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class DeviceEntryTest {
    private static final Duration CONNECT = Duration.ofSeconds(7);
    private static final Duration RPC = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    private final Map<String, String> variables = new HashMap<>();
    private final Environment environment = variables::get;

    private DeviceEntry device(String json) {
        return DeviceEntry.fromJson("r1", JsonMapper.shared().readTree(json), dir, environment);
    }

    @Test
    void carriesAddressUserHostKeyCheckAndTimeoutsIntoDeviceOptions() throws IOException {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), "");
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 830, "username": "netops", "known_hosts": "known_hosts",
                 "auth": {"type": "password", "password": "pw"}}
                """);

        DeviceOptions options = device.toDeviceOptions(CONNECT, RPC, environment);

        assertThat(options.address()).isEqualTo("netops@192.0.2.1:830");
        assertThat(options.hostKeyPolicy()).isEqualTo(HostKeyPolicy.STRICT);
        assertThat(options.knownHosts()).isEqualTo(knownHosts);
        assertThat(options.connectTimeout()).isEqualTo(CONNECT);
        assertThat(options.rpcTimeout()).isEqualTo(RPC);
        assertThat(options.password()).containsExactly('p', 'w');
    }

    @Test
    void readsAPasswordVariableWhenConnectingSoARotatedSecretIsUsed() {
        variables.put("R1_PASSWORD", "first");
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password_env": "R1_PASSWORD"}}
                """);
        variables.put("R1_PASSWORD", "rotated");

        assertThat(device.toDeviceOptions(CONNECT, RPC, environment).password()).isEqualTo("rotated".toCharArray());
    }

    @Test
    void readsAPasswordFileWithoutItsTrailingLineBreak() throws IOException {
        Files.writeString(dir.resolve("r1.secret"), "s3cret with space \r\n");
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password_file": "r1.secret"}}
                """);

        assertThat(device.toDeviceOptions(CONNECT, RPC, environment).password())
                .isEqualTo("s3cret with space ".toCharArray());
    }

    @Test
    void passesTheKeyAndItsPassphraseFromTheEnvironment() throws IOException {
        Path key = Files.writeString(dir.resolve("r1.pem"), "key");
        variables.put("R1_KEY", "unlock");
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 22, "username": "u",
                 "auth": {"type": "ssh_key", "private_key_path": "r1.pem", "passphrase_env": "R1_KEY"}}
                """);

        DeviceOptions options = device.toDeviceOptions(CONNECT, RPC, environment);

        assertThat(options.privateKey()).isEqualTo(key);
        assertThat(options.passphrase()).isEqualTo("unlock".toCharArray());
        assertThat(options.password()).isNull();
    }

    @Test
    void reportsAPasswordVariableUnsetSinceLoadingWhenConnecting() {
        variables.put("R1_PASSWORD", "pw");
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password_env": "R1_PASSWORD"}}
                """);
        variables.remove("R1_PASSWORD");

        assertThatThrownBy(() -> device.toDeviceOptions(CONNECT, RPC, environment))
                .isInstanceOf(InventoryException.class)
                .hasMessage("device 'r1': field 'auth.password_env' names environment variable 'R1_PASSWORD',"
                        + " which is not set");
    }

    @Test
    void neverShowsAnInlinePasswordInToString() {
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password": "hunter2"}}
                """);

        assertThat(device.toString())
                .isEqualTo("DeviceEntry[r1 u@192.0.2.1:22, auth=password (written in devices.json), host_key=strict]")
                .doesNotContain("hunter2");
        assertThat(device.auth().toString()).doesNotContain("hunter2");
        assertThat(device.auth().password().toString()).doesNotContain("hunter2");
    }

    @Test
    void validatesJsonLikeTheDevicesFile() {
        assertThatThrownBy(() -> device("""
                {"ip": "192.0.2.1", "port": 99999, "username": "u", "auth": {"type": "ssh_key"}}
                """))
                .isInstanceOf(InventoryException.class)
                .hasMessage("Invalid device 'r1' (2 problems):\n"
                        + "  - device 'r1': field 'port' must be an integer 1-65535, got 99999\n"
                        + "  - device 'r1': auth type \"ssh_key\" needs field 'auth.private_key_path'");
    }

    @Test
    void writesItselfBackInDevicesJsonFormatWithAbsolutePaths() throws IOException {
        Files.writeString(dir.resolve("r1.pem"), "key");
        DeviceEntry device = device("""
                {"site": "east", "ip": "192.0.2.1", "port": 22, "username": "u", "host_key": "accept-new",
                 "auth": {"type": "ssh_key", "private_key_path": "r1.pem"}}
                """);

        assertThat(device.toJson().toString()).isEqualTo("{\"ip\":\"192.0.2.1\",\"port\":22,\"username\":\"u\","
                + "\"auth\":{\"type\":\"ssh_key\",\"private_key_path\":\"" + dir.resolve("r1.pem") + "\"},"
                + "\"host_key\":\"accept-new\",\"site\":\"east\"}");
        assertThat(DeviceEntry.fromJson("r1", device.toJson(), Path.of("/"), environment)).isEqualTo(device);
    }

    @Test
    void advisesHowToTrustAnUnknownHostKeyUnderStrictChecking() {
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 830, "username": "u", "auth": {"type": "password", "password": "pw"}}
                """);
        Path knownHosts = Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");

        assertThat(device.hostKeyAdvice()).isEqualTo("device 'r1' checks host keys strictly"
                + " (\"host_key\": \"strict\", the default): the key of 192.0.2.1 port 830 must already be in "
                + knownHosts + ". Add it after checking its fingerprint on the router's console:"
                + " ssh-keyscan -p 830 192.0.2.1 >> " + knownHosts + "; or set \"host_key\": \"accept-new\" for"
                + " device 'r1' in devices.json to trust the key offered on first connection and refuse any"
                + " later change.");
    }

    @Test
    void advisesHowToClearAChangedHostKeyUnderAcceptNew() throws IOException {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), "");
        DeviceEntry device = device("""
                {"ip": "192.0.2.1", "port": 830, "username": "u", "host_key": "accept-new", "known_hosts": "known_hosts",
                 "auth": {"type": "password", "password": "pw"}}
                """);

        assertThat(device.hostKeyAdvice()).endsWith("remove the old key with: ssh-keygen -R '[192.0.2.1]:830' -f "
                + knownHosts);
    }
}
