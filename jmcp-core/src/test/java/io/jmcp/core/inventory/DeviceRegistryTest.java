package io.jmcp.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ssh.HostKeyPolicy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeviceRegistryTest {
    private static final Environment NO_VARIABLES = name -> null;

    private static final String ORIGINAL = """
            {
                "r1": {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password": "pw"},
                       "site": "east", "rack": {"row": 4}},
                "r2": {"ip": "192.0.2.2", "port": 22, "username": "u", "password": "legacy"},
                "r3": {"ip": "192.0.2.3", "port": 22, "username": "u", "auth": {"type": "password", "password": "pw"}}
            }
            """;

    @TempDir
    Path dir;

    private Path file;
    private Path key;
    private DeviceRegistry registry;

    @BeforeEach
    void loadOriginal() throws IOException {
        file = Files.writeString(dir.resolve("devices.json"), ORIGINAL);
        key = Files.writeString(dir.resolve("new.pem"), "key");
        registry = new DeviceRegistry(Inventory.load(file, NO_VARIABLES), NO_VARIABLES);
    }

    private DeviceEntry newDevice(String name) {
        return new DeviceEntry(name, "192.0.2.50", 830, "netops", AuthSpec.sshKey(key, null), null,
                new HostKeyCheck(HostKeyPolicy.ACCEPT_NEW, null), null);
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json);
    }

    @Test
    void reloadSwapsInTheNewFileAndReportsAddedChangedAndRemovedDevices() throws IOException {
        Path next = write("next.json", """
                {"r1": {"ip": "192.0.2.1", "port": 22, "username": "u", "auth": {"type": "password", "password": "pw"},
                        "site": "east", "rack": {"row": 4}},
                 "r2": {"ip": "192.0.2.2", "port": 830, "username": "u", "password": "legacy"},
                 "r4": {"ip": "192.0.2.4", "port": 22, "username": "u", "password": "pw"}}
                """);

        InventoryChange change = registry.reload(next);

        assertThat(change).isEqualTo(new InventoryChange(Set.of("r4"), Set.of("r2"), Set.of("r3")));
        assertThat(change.affected()).containsExactly("r2", "r3");
        assertThat(registry.current().names()).containsExactly("r1", "r2", "r4");
        assertThat(registry.current().source()).contains(next);
    }

    @Test
    void reloadCountsAChangedExtraKeyAsAChange() throws IOException {
        InventoryChange change = registry.reload(write("next.json", ORIGINAL.replace("\"east\"", "\"west\"")));

        assertThat(change.changed()).containsExactly("r1");
    }

    @Test
    void reloadOfAnInvalidFileKeepsTheCurrentInventory() throws IOException {
        Inventory before = registry.current();
        Path broken = write("broken.json", ORIGINAL.replace("\"port\": 22, \"username\": \"u\", \"password\"",
                "\"port\": \"x\", \"username\": \"u\", \"password\""));

        assertThatThrownBy(() -> registry.reload(broken))
                .isInstanceOf(InventoryException.class)
                .hasMessageContaining("device 'r2': field 'port' must be an integer 1-65535, got \"x\"");
        assertThat(registry.current()).isSameAs(before);
    }

    @Test
    void listenersSeeTheNewInventoryAndTheChange() throws IOException {
        List<InventoryChange> seen = new ArrayList<>();
        registry.addListener((current, change) -> {
            assertThat(registry.current()).isSameAs(current);
            seen.add(change);
        });

        registry.reload(write("next.json", "{}"));

        assertThat(seen).containsExactly(new InventoryChange(Set.of(), Set.of(), Set.of("r1", "r2", "r3")));
    }

    @Test
    void aFailingListenerDoesNotStopTheOthers() throws IOException {
        List<InventoryChange> seen = new ArrayList<>();
        registry.addListener((current, change) -> {
            throw new IllegalStateException("listener bug");
        });
        registry.addListener((current, change) -> seen.add(change));

        registry.reload(write("next.json", "{}"));

        assertThat(seen).hasSize(1);
    }

    @Test
    void addMakesTheDeviceAvailableAtOnceWithoutTouchingTheFile() throws IOException {
        List<InventoryChange> seen = new ArrayList<>();
        registry.addListener((current, change) -> seen.add(change));

        registry.add(newDevice("r9"), false);

        assertThat(registry.current().device("r9")).contains(newDevice("r9"));
        assertThat(registry.current().names()).containsExactly("r1", "r2", "r3", "r9");
        assertThat(seen).containsExactly(new InventoryChange(Set.of("r9"), Set.of(), Set.of()));
        assertThat(Files.readString(file)).isEqualTo(ORIGINAL);
    }

    @Test
    void addRefusesAnExistingNameAndLeavesTheDeviceAlone() {
        DeviceEntry before = registry.current().device("r1").orElseThrow();

        assertThatThrownBy(() -> registry.add(newDevice("r1"), true))
                .isInstanceOf(InventoryException.class)
                .hasMessage("device 'r1' already exists; it was left unchanged");
        assertThat(registry.current().device("r1")).contains(before);
    }

    @Test
    void addValidatesTheDeviceLikeTheDevicesFile() throws IOException {
        Files.delete(key);

        assertThatThrownBy(() -> registry.add(newDevice("bad name"), false))
                .isInstanceOf(InventoryException.class)
                .hasMessage("Invalid device 'bad name' (2 problems):\n"
                        + "  - device name 'bad name' must not contain whitespace or control characters\n"
                        + "  - device 'bad name': field 'auth.private_key_path' names " + key
                        + ", which does not exist");
        assertThat(registry.current().names()).containsExactly("r1", "r2", "r3");
    }

    @Test
    void persistingAppendsTheDeviceAndKeepsOtherEntriesTheirExtraKeysAndOrder() throws IOException {
        registry.add(newDevice("r9"), true);

        Inventory reloaded = Inventory.load(file, NO_VARIABLES);
        Inventory original = Inventory.load(write("original.json", ORIGINAL), NO_VARIABLES);
        assertThat(reloaded.names()).containsExactly("r1", "r2", "r3", "r9");
        assertThat(reloaded.devices().subList(0, 3)).isEqualTo(original.devices());
        assertThat(reloaded.device("r9")).contains(newDevice("r9"));
        assertThat(Files.readString(file)).contains("\"site\": \"east\"", "\"password\": \"legacy\"");
    }

    @Test
    void persistingKeepsTheFileMode() throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

        registry.add(newDevice("r9"), true);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
    }

    @Test
    void persistingReplacesTheFileByRenameAndLeavesNoTemporaryFile() throws IOException {
        Object inodeBefore = Files.getAttribute(file, "unix:ino");

        registry.add(newDevice("r9"), true);

        assertThat(Files.getAttribute(file, "unix:ino")).isNotEqualTo(inodeBefore);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("devices.json", "new.pem");
        }
    }

    @Test
    void persistingThroughASymbolicLinkRewritesTheLinkedFile() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), file);
        DeviceRegistry linked = new DeviceRegistry(Inventory.load(link, NO_VARIABLES), NO_VARIABLES);

        linked.add(newDevice("r9"), true);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Inventory.load(file, NO_VARIABLES).names()).contains("r9");
    }

    @Test
    void persistingKeepsEditsMadeToTheFileSinceTheLastReload() throws IOException {
        Files.writeString(file, ORIGINAL.replace("\"east\"", "\"edited\""));

        registry.add(newDevice("r9"), true);

        assertThat(Files.readString(file)).contains("\"site\": \"edited\"");
    }

    @Test
    void persistingRefusesANameAddedToTheFileSinceTheLastReload() throws IOException {
        Files.writeString(file, ORIGINAL.replace("\"r3\"", "\"r9\""));

        assertThatThrownBy(() -> registry.add(newDevice("r9"), true))
                .isInstanceOf(InventoryException.class)
                .hasMessage("device 'r9' already exists in " + file
                        + " (added there since the last reload); it was left unchanged");
        assertThat(registry.current().contains("r9")).isFalse();
    }

    @Test
    void persistingAnInventoryBuiltInCodeIsRefused() {
        DeviceRegistry inMemory = new DeviceRegistry(Inventory.empty(), NO_VARIABLES);

        assertThatThrownBy(() -> inMemory.add(newDevice("r9"), true))
                .isInstanceOf(InventoryException.class)
                .hasMessage("cannot persist device 'r9': the inventory was not loaded from a devices file");
        assertThat(inMemory.current().size()).isZero();
    }
}
