package io.jmcp.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.jmcp.netconf.ssh.HostKeyPolicy;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InventoryLoadTest {
    private static final Environment NO_VARIABLES = name -> null;

    @TempDir
    Path dir;

    static Path resource(String name) throws URISyntaxException {
        return Path.of(InventoryLoadTest.class.getResource("/inventory/" + name).toURI());
    }

    private Inventory load(String json) throws IOException {
        return load(json, NO_VARIABLES);
    }

    private Inventory load(String json, Environment environment) throws IOException {
        Path file = dir.resolve("devices.json");
        Files.writeString(file, json);
        return Inventory.load(file, environment);
    }

    @Test
    void loadsTheSeedReadmeFormatWithPasswordKeyAndSshConfigDevices() throws Exception {
        Path file = resource("seed-readme-devices.json");

        Inventory inventory = Inventory.load(file, NO_VARIABLES);

        DeviceEntry router1 = inventory.device("router-1").orElseThrow();
        assertThat(router1.ip()).isEqualTo("192.0.2.1");
        assertThat(router1.port()).isEqualTo(22);
        assertThat(router1.username()).isEqualTo("user");
        assertThat(router1.auth()).isEqualTo(AuthSpec.password(SecretRef.inline("pwd")));
        DeviceEntry router2 = inventory.device("router-2").orElseThrow();
        assertThat(router2.auth()).isEqualTo(AuthSpec.sshKey(file.getParent().resolve("keys/router-2.pem"), null));
        DeviceEntry router3 = inventory.device("router-3").orElseThrow();
        assertThat(router3.sshConfig()).isEqualTo(file.getParent().resolve("ssh/config_jumphost"));
        assertThat(inventory.source()).contains(file);
    }

    @Test
    void keepsDevicesInFileOrder() throws Exception {
        Inventory inventory = Inventory.load(resource("seed-readme-devices.json"), NO_VARIABLES);

        assertThat(inventory.names()).containsExactly("router-1", "router-2", "router-3", "legacy");
        assertThat(inventory.devices()).extracting(DeviceEntry::name)
                .containsExactly("router-1", "router-2", "router-3", "legacy");
    }

    @Test
    void acceptsTheLegacyTopLevelPassword() throws Exception {
        Inventory inventory = Inventory.load(resource("seed-readme-devices.json"), NO_VARIABLES);

        assertThat(inventory.device("legacy").orElseThrow().auth())
                .isEqualTo(AuthSpec.password(SecretRef.inline("secret123")));
    }

    @Test
    void keepsExtraKeysVerbatim() throws Exception {
        Inventory inventory = Inventory.load(resource("seed-readme-devices.json"), NO_VARIABLES);

        assertThat(inventory.device("legacy").orElseThrow().extras().toString())
                .isEqualTo("{\"site\":\"lab-east\",\"tags\":[\"edge\",\"mx\"],\"rack\":{\"row\":4,\"unit\":17}}");
        assertThat(inventory.device("router-1").orElseThrow().extras().isEmpty()).isTrue();
    }

    @Test
    void readsPasswordSourcesFromEnvironmentAndFile() throws IOException {
        Path secret = Files.writeString(dir.resolve("r2.secret"), "from-file\n");

        Inventory inventory = load("""
                {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u",
                        "auth": {"type": "password", "password_env": "R1_PASSWORD"}},
                 "r2": {"ip": "192.0.2.2", "port": 22, "username": "u",
                        "auth": {"type": "password", "password_file": "r2.secret"}}}
                """, Map.of("R1_PASSWORD", "from-env")::get);

        assertThat(inventory.device("r1").orElseThrow().auth().password()).isEqualTo(SecretRef.env("R1_PASSWORD"));
        assertThat(inventory.device("r2").orElseThrow().auth().password()).isEqualTo(SecretRef.file(secret));
    }

    @Test
    void readsKeyPassphraseFromEnvironment() throws IOException {
        Path key = Files.writeString(dir.resolve("r1.pem"), "key");

        Inventory inventory = load("""
                {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u",
                        "auth": {"type": "ssh_key", "private_key_path": "r1.pem", "passphrase_env": "R1_KEY"}}}
                """, Map.of("R1_KEY", "unlock")::get);

        assertThat(inventory.device("r1").orElseThrow().auth())
                .isEqualTo(AuthSpec.sshKey(key, SecretRef.env("R1_KEY")));
    }

    @Test
    void expandsTildeToTheHomeDirectory() throws IOException {
        String home = System.getProperty("user.home");
        Files.createDirectories(dir.resolve(".ssh"));
        Path config = Files.writeString(dir.resolve(".ssh/config_dc"), "Host *\n");
        System.setProperty("user.home", dir.toString());
        try {
            Inventory inventory = load("""
                    {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u", "ssh_config": "~/.ssh/config_dc",
                            "auth": {"type": "password", "password": "pw"}}}
                    """);

            assertThat(inventory.device("r1").orElseThrow().sshConfig()).isEqualTo(config);
        } finally {
            System.setProperty("user.home", home);
        }
    }

    @Test
    void checksHostKeysStrictlyByDefault() throws IOException {
        Inventory inventory = load("""
                {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password": "pw"}}}
                """);

        assertThat(inventory.device("r1").orElseThrow().hostKey())
                .isEqualTo(new HostKeyCheck(HostKeyPolicy.STRICT, null));
    }

    @Test
    void readsHostKeyPolicyAndKnownHostsFile() throws IOException {
        Path knownHosts = Files.writeString(dir.resolve("known_hosts"), "");

        Inventory inventory = load("""
                {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u", "host_key": "strict",
                        "known_hosts": "known_hosts", "auth": {"type": "password", "password": "pw"}},
                 "r2": {"ip": "192.0.2.2", "port": 22, "username": "u", "host_key": "accept-new",
                        "known_hosts": "new_known_hosts", "auth": {"type": "password", "password": "pw"}},
                 "r3": {"ip": "192.0.2.3", "port": 22, "username": "u", "host_key": "off",
                        "auth": {"type": "password", "password": "pw"}}}
                """);

        assertThat(inventory.device("r1").orElseThrow().hostKey())
                .isEqualTo(new HostKeyCheck(HostKeyPolicy.STRICT, knownHosts));
        assertThat(inventory.device("r2").orElseThrow().hostKey())
                .isEqualTo(new HostKeyCheck(HostKeyPolicy.ACCEPT_NEW, dir.resolve("new_known_hosts")));
        assertThat(inventory.device("r3").orElseThrow().hostKey().policy()).isEqualTo(HostKeyPolicy.OFF);
    }

    @Test
    void acceptsAnEmptyObjectAsAnInventoryWithoutDevices() throws IOException {
        assertThat(load("{}").size()).isZero();
    }

    @Test
    void buildsAnInventoryInCodeWithoutAFile() {
        DeviceEntry device = new DeviceEntry("sim1", "127.0.0.1", 40001, "lab",
                AuthSpec.password(SecretRef.inline("lab")), null, new HostKeyCheck(HostKeyPolicy.OFF, null), null);

        Inventory inventory = Inventory.of(java.util.List.of(device));

        assertThat(inventory.device("sim1")).contains(device);
        assertThat(inventory.source()).isEmpty();
    }
}
