package io.jmcp.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PublicKey;
import java.util.List;

import org.apache.sshd.common.config.keys.PublicKeyEntry;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@code devices.json} for running devices in the format of the seed project's
 * inventory, so that jmcp (or the seed itself) can be pointed at the fleet, and the known_hosts
 * file it names, so that jmcp's default strict host-key check passes with no edits. The inventory
 * holds credentials: files are written atomically with mode 0600 where the file system allows.
 */
final class InventoryFile {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private InventoryFile() {
    }

    /**
     * @param privateKey when not null, devices are listed with {@code ssh_key} auth and this key
     *                   path; otherwise with {@code password} auth and {@code password}
     * @param knownHosts the known_hosts file each device names (jmcp's {@code known_hosts} field)
     */
    static void write(Path file, List<SimulatedDevice> devices, String username, String password, Path privateKey,
                      Path knownHosts) {
        ObjectNode inventory = JsonNodeFactory.instance.objectNode();
        for (SimulatedDevice device : devices) {
            ObjectNode entry = inventory.putObject(device.name());
            entry.put("ip", device.host());
            entry.put("port", device.port());
            entry.put("username", username);
            entry.put("known_hosts", knownHosts.toAbsolutePath().toString());
            ObjectNode auth = entry.putObject("auth");
            if (privateKey != null) {
                auth.put("type", "ssh_key");
                auth.put("private_key_path", privateKey.toAbsolutePath().toString());
            } else {
                auth.put("type", "password");
                auth.put("password", password);
            }
        }
        writeAtomically(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(inventory) + "\n");
    }

    /** {@code devices.json} -> {@code devices.known_hosts}, in the same folder. */
    static Path knownHostsBeside(Path inventory) {
        String name = inventory.getFileName().toString();
        String stem = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        return inventory.toAbsolutePath().resolveSibling(stem + ".known_hosts");
    }

    /** One OpenSSH known_hosts line per device: {@code [127.0.0.1]:PORT ssh-ed25519 AAAA...} (the key type is the fleet key's). */
    static void writeKnownHosts(Path file, List<SimulatedDevice> devices, PublicKey hostKey) {
        String key = PublicKeyEntry.toString(hostKey);
        StringBuilder lines = new StringBuilder();
        for (SimulatedDevice device : devices) {
            lines.append('[').append(device.host()).append("]:").append(device.port()).append(' ').append(key)
                    .append('\n');
        }
        writeAtomically(file, lines.toString());
    }

    private static void writeAtomically(Path file, String content) {
        Path target = file.toAbsolutePath();
        try {
            Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                restrictToOwner(temporary);
                Files.writeString(temporary, content);
                try {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows and similar: the file inherits the directory's access rules.
        }
    }
}
