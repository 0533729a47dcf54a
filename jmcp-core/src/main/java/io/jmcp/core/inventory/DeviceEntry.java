package io.jmcp.core.inventory;

import io.jmcp.core.inventory.SecretRef.SecretUnavailableException;
import io.jmcp.netconf.ssh.DeviceOptions;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One device of the inventory, validated. Secrets are referenced, not held, except a password
 * written inline in devices.json; {@link #toString()} never shows one.
 *
 * @param sshConfig an OpenSSH client configuration file, or null
 * @param extras    the device's keys that jmcp does not interpret, kept verbatim for the user
 */
public record DeviceEntry(String name, String ip, int port, String username, AuthSpec auth, Path sshConfig,
        HostKeyCheck hostKey, ObjectNode extras) {

    public DeviceEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(auth, "auth");
        Objects.requireNonNull(hostKey, "hostKey");
        sshConfig = sshConfig == null ? null : sshConfig.toAbsolutePath().normalize();
        extras = extras == null ? InventoryJson.MAPPER.createObjectNode() : extras.deepCopy();
    }

    /**
     * Validates one device given as devices.json JSON, exactly as {@link Inventory#load} would.
     *
     * @param baseDirectory what relative paths are relative to
     * @throws InventoryException with every problem of the device
     */
    public static DeviceEntry fromJson(String name, JsonNode json, Path baseDirectory, Environment environment) {
        List<String> problems = new ArrayList<>();
        return new DeviceParser(baseDirectory, environment).parse(name, json, problems)
                .orElseThrow(() -> new InventoryException("Invalid " + DeviceNames.label(name), problems));
    }

    /** A copy: the entry itself stays immutable. */
    @Override
    public ObjectNode extras() {
        return extras.deepCopy();
    }

    /** Connection options with secrets read from the process environment and files now. */
    public DeviceOptions toDeviceOptions(Duration connectTimeout, Duration rpcTimeout) {
        return toDeviceOptions(connectTimeout, rpcTimeout, Environment.system());
    }

    /**
     * Connection options, reading environment and file secrets now so that a rotated secret is
     * used without a reload.
     *
     * @throws InventoryException naming the field and variable or file when a secret has gone
     */
    public DeviceOptions toDeviceOptions(Duration connectTimeout, Duration rpcTimeout, Environment environment) {
        DeviceOptions.Builder options = DeviceOptions.builder(ip).port(port).username(username)
                .sshConfig(sshConfig).hostKeyPolicy(hostKey.policy()).knownHosts(hostKey.knownHosts())
                .connectTimeout(connectTimeout).rpcTimeout(rpcTimeout);
        try {
            if (auth.type() == AuthType.PASSWORD) {
                char[] password = auth.password().resolve(passwordField(), environment);
                options.password(password);
                Arrays.fill(password, '\0');
            } else {
                options.privateKey(auth.privateKey());
                if (auth.passphrase() != null) {
                    char[] passphrase = auth.passphrase().resolve(
                            DeviceFields.auth(DeviceFields.AUTH_PASSPHRASE_ENV), environment);
                    options.passphrase(passphrase);
                    Arrays.fill(passphrase, '\0');
                }
            }
        } catch (SecretUnavailableException e) {
            throw InventoryException.of(DeviceNames.label(name) + ": " + e.getMessage());
        }
        return options.build();
    }

    private String passwordField() {
        return DeviceFields.auth(passwordKey());
    }

    /** The key inside {@code auth} that the password source is written under. */
    private String passwordKey() {
        return switch (auth.password().kind()) {
            case INLINE -> DeviceFields.AUTH_PASSWORD;
            case ENV -> DeviceFields.AUTH_PASSWORD_ENV;
            case FILE -> DeviceFields.AUTH_PASSWORD_FILE;
        };
    }

    /**
     * This device in devices.json form, paths absolute, for persisting a device added at run
     * time. A password written inline stays inline: the file is where it came from.
     */
    public ObjectNode toJson() {
        ObjectNode json = InventoryJson.MAPPER.createObjectNode();
        json.put(DeviceFields.IP, ip);
        json.put(DeviceFields.PORT, port);
        json.put(DeviceFields.USERNAME, username);
        json.set(DeviceFields.AUTH, authJson());
        if (sshConfig != null) {
            json.put(DeviceFields.SSH_CONFIG, sshConfig.toString());
        }
        if (!hostKey.equals(HostKeyCheck.DEFAULT)) {
            json.put(DeviceFields.HOST_KEY, HostKeyCheck.jsonName(hostKey.policy()));
        }
        if (hostKey.knownHosts() != null) {
            json.put(DeviceFields.KNOWN_HOSTS, hostKey.knownHosts().toString());
        }
        json.setAll(extras.deepCopy());
        return json;
    }

    private ObjectNode authJson() {
        ObjectNode json = InventoryJson.MAPPER.createObjectNode();
        json.put(DeviceFields.AUTH_TYPE, auth.type().jsonName());
        if (auth.type() == AuthType.PASSWORD) {
            json.put(passwordKey(), auth.password().value());
        } else {
            json.put(DeviceFields.AUTH_PRIVATE_KEY_PATH, auth.privateKey().toString());
            if (auth.passphrase() != null) {
                json.put(DeviceFields.AUTH_PASSPHRASE_ENV, auth.passphrase().value());
            }
        }
        return json;
    }

    /**
     * What to tell a user whose connection was refused because of this device's host key:
     * the policy in force and the exact commands or devices.json change that fix it.
     */
    public String hostKeyAdvice() {
        Path knownHosts = hostKey.knownHosts() != null ? hostKey.knownHosts()
                : Path.of(System.getProperty("user.home"), ".ssh", "known_hosts");
        String label = DeviceNames.label(name);
        if (hostKey.policy() == HostKeyPolicy.ACCEPT_NEW) {
            return label + " has \"host_key\": \"accept-new\" and now offers a host key different from the one"
                    + " recorded in " + knownHosts + ". Someone may be intercepting the connection; if the router"
                    + " was reinstalled or its key regenerated, remove the old key with: ssh-keygen -R '"
                    + knownHostsName() + "' -f " + knownHosts;
        }
        if (hostKey.policy() == HostKeyPolicy.OFF) {
            return label + " has \"host_key\": \"off\": its host key is not checked.";
        }
        return label + " checks host keys strictly (\"host_key\": \"strict\", the default): the key of " + ip
                + " port " + port + " must already be in " + knownHosts + ". Add it after checking its fingerprint"
                + " on the router's console: ssh-keyscan -p " + port + " " + ip + " >> " + knownHosts
                + "; or set \"host_key\": \"accept-new\" for " + label + " in devices.json to trust the key"
                + " offered on first connection and refuse any later change.";
    }

    // How OpenSSH writes a host in known_hosts: bare on port 22, "[host]:port" otherwise.
    private String knownHostsName() {
        return port == 22 ? ip : "[" + ip + "]:" + port;
    }

    @Override
    public String toString() {
        return "DeviceEntry[" + name + " " + username + "@" + ip + ":" + port + ", auth=" + auth
                + ", host_key=" + hostKey + (sshConfig == null ? "" : ", ssh_config=" + sshConfig) + "]";
    }
}
