package io.jmcp.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What get_router_list may show of the inventory. */
class PublicViewTest {
    @TempDir
    Path dir;

    @Test
    void removesCredentialsTheirSourcesKeyPathsAndLocalFilesButKeepsExtraKeys() throws IOException {
        Files.writeString(dir.resolve("r2.pem"), "key");
        Files.writeString(dir.resolve("r3.secret"), "pw");
        Files.writeString(dir.resolve("jump.conf"), "Host *\n");
        Files.writeString(dir.resolve("known_hosts"), "");
        Path file = Files.writeString(dir.resolve("devices.json"), """
                {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u", "password": "legacy-secret", "site": "east"},
                 "r2": {"ip": "192.0.2.2", "port": 22, "username": "u", "ssh_config": "jump.conf",
                        "known_hosts": "known_hosts", "host_key": "strict",
                        "auth": {"type": "ssh_key", "private_key_path": "r2.pem", "passphrase_env": "R2_KEY"}},
                 "r3": {"ip": "192.0.2.3", "port": 830, "username": "u", "tags": ["core"],
                        "auth": {"type": "password", "password_file": "r3.secret"}},
                 "r4": {"ip": "192.0.2.4", "port": 22, "username": "u",
                        "auth": {"type": "password", "password_env": "R4_PASSWORD"}}}
                """);
        Inventory inventory = Inventory.load(file, Map.of("R2_KEY", "k", "R4_PASSWORD", "p")::get);

        String view = inventory.publicView().toString();

        assertThat(view).isEqualTo("{"
                + "\"r1\":{\"ip\":\"192.0.2.1\",\"port\":22,\"username\":\"u\",\"site\":\"east\"},"
                + "\"r2\":{\"ip\":\"192.0.2.2\",\"port\":22,\"username\":\"u\",\"host_key\":\"strict\","
                + "\"auth\":{\"type\":\"ssh_key\"}},"
                + "\"r3\":{\"ip\":\"192.0.2.3\",\"port\":830,\"username\":\"u\",\"tags\":[\"core\"],"
                + "\"auth\":{\"type\":\"password\"}},"
                + "\"r4\":{\"ip\":\"192.0.2.4\",\"port\":22,\"username\":\"u\",\"auth\":{\"type\":\"password\"}}}");
    }

    @Test
    void isACopyThatCannotChangeTheInventory() throws IOException {
        Path file = Files.writeString(dir.resolve("devices.json"), """
                {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password": "pw"}}}
                """);
        Inventory inventory = Inventory.load(file);

        ((tools.jackson.databind.node.ObjectNode) inventory.publicView().get("r1")).put("ip", "203.0.113.9");

        assertThat(inventory.publicView().get("r1").get("ip").stringValue()).isEqualTo("192.0.2.1");
    }
}
