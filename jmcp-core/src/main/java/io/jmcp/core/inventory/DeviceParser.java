package io.jmcp.core.inventory;

import static io.jmcp.core.inventory.DeviceFields.auth;

import io.jmcp.core.inventory.SecretRef.SecretUnavailableException;
import io.jmcp.netconf.ssh.HostKeyPolicy;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns the JSON of devices into {@link DeviceEntry}s, checking every rule and collecting every
 * problem instead of stopping at the first. Relative paths are taken from the devices file's
 * directory, so the server finds its keys whatever directory it was started from.
 */
final class DeviceParser {
    private static final int MAX_SHOWN_VALUE = 60;

    private final Path baseDirectory;
    private final Environment environment;

    DeviceParser(Path baseDirectory, Environment environment) {
        this.baseDirectory = baseDirectory;
        this.environment = environment;
    }

    /** The devices of a document in file order; the problems of all of them go to {@code problems}. */
    List<DeviceEntry> parseAll(ObjectNode document, List<String> problems) {
        List<DeviceEntry> entries = new ArrayList<>();
        for (Map.Entry<String, JsonNode> device : document.properties()) {
            parse(device.getKey(), device.getValue(), problems).ifPresent(entries::add);
        }
        return entries;
    }

    Optional<DeviceEntry> parse(String name, JsonNode json, List<String> problems) {
        return new DeviceReader(name, json, problems).read();
    }

    /** How a JSON value is shown after "got": JSON text, cut short. */
    static String shown(JsonNode value) {
        String text = value.toString();
        return text.length() <= MAX_SHOWN_VALUE ? text : text.substring(0, MAX_SHOWN_VALUE - 3) + "...";
    }

    /** Reads one device; every check reports into the shared problem list and carries on. */
    private final class DeviceReader {
        private final String name;
        private final String label;
        private final JsonNode json;
        private final List<String> problems;

        DeviceReader(String name, JsonNode json, List<String> problems) {
            this.name = name;
            this.label = DeviceNames.label(name);
            this.json = json;
            this.problems = problems;
        }

        Optional<DeviceEntry> read() {
            int problemsBefore = problems.size();
            DeviceNames.problem(name).ifPresent(problems::add);
            if (!json.isObject()) {
                problems.add(label + ": must be a JSON object, got " + shown(json));
                return Optional.empty();
            }
            ObjectNode device = (ObjectNode) json;
            String ip = host(device);
            Integer port = port(device);
            String username = requiredString(device, DeviceFields.USERNAME, DeviceFields.USERNAME);
            AuthSpec authSpec = credentials(device);
            Path sshConfig = optionalString(device, DeviceFields.SSH_CONFIG, DeviceFields.SSH_CONFIG, false)
                    .flatMap(value -> readableFile(DeviceFields.SSH_CONFIG, value)).orElse(null);
            HostKeyCheck hostKey = hostKey(device);
            if (problems.size() > problemsBefore) {
                return Optional.empty();
            }
            return Optional.of(new DeviceEntry(name, ip, port, username, authSpec, sshConfig, hostKey,
                    extras(device)));
        }

        private String host(ObjectNode device) {
            String ip = requiredString(device, DeviceFields.IP, DeviceFields.IP);
            if (ip != null && ip.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                problem("field 'ip' must be an IP address or host name without spaces or control characters, got "
                        + shown(device.get(DeviceFields.IP)));
                return null;
            }
            return ip;
        }

        private Integer port(ObjectNode device) {
            JsonNode port = device.get(DeviceFields.PORT);
            if (absent(port)) {
                problem("field 'port' is missing");
                return null;
            }
            if (!port.isIntegralNumber() || !port.canConvertToInt() || port.intValue() < 1
                    || port.intValue() > 65535) {
                problem("field 'port' must be an integer 1-65535, got " + shown(port));
                return null;
            }
            return port.intValue();
        }

        private AuthSpec credentials(ObjectNode device) {
            JsonNode authNode = device.get(DeviceFields.AUTH);
            boolean hasLegacyPassword = !absent(device.get(DeviceFields.LEGACY_PASSWORD));
            if (absent(authNode)) {
                if (!hasLegacyPassword) {
                    problem("no credentials: add 'auth' with type \"password\" or \"ssh_key\""
                            + " (or the legacy field 'password')");
                    return null;
                }
                return inlineSecret(device, DeviceFields.LEGACY_PASSWORD, DeviceFields.LEGACY_PASSWORD)
                        .map(AuthSpec::password).orElse(null);
            }
            if (hasLegacyPassword) {
                problem("field 'password' (legacy) cannot be combined with 'auth'; keep the password in 'auth' only");
            }
            if (!authNode.isObject()) {
                problem("field 'auth' must be a JSON object, got " + shown(authNode));
                return null;
            }
            return authSection((ObjectNode) authNode);
        }

        private AuthSpec authSection(ObjectNode authNode) {
            authNode.propertyNames().stream().filter(key -> !DeviceFields.AUTH_KNOWN.contains(key))
                    .forEach(key -> problem("field '" + auth(DeviceNames.printable(key)) + "' is not recognised;"
                            + " 'auth' takes " + String.join(", ", DeviceFields.AUTH_KNOWN)));
            Optional<AuthType> type = authType(authNode);
            if (type.isEmpty()) {
                return null;
            }
            return type.get() == AuthType.PASSWORD ? passwordAuth(authNode) : keyAuth(authNode);
        }

        private Optional<AuthType> authType(ObjectNode authNode) {
            JsonNode type = authNode.get(DeviceFields.AUTH_TYPE);
            if (absent(type)) {
                problem("field 'auth.type' is missing (expected \"password\" or \"ssh_key\")");
                return Optional.empty();
            }
            Optional<AuthType> known = type.isString() ? AuthType.fromJsonName(type.stringValue()) : Optional.empty();
            if (known.isEmpty()) {
                problem("field 'auth.type' must be \"password\" or \"ssh_key\", got " + shown(type));
            }
            return known;
        }

        private AuthSpec passwordAuth(ObjectNode authNode) {
            notApplicable(authNode, DeviceFields.KEY_ONLY, AuthType.PASSWORD);
            List<String> sources = DeviceFields.PASSWORD_SOURCES.stream()
                    .filter(key -> !absent(authNode.get(key))).toList();
            if (sources.isEmpty()) {
                problem("auth type \"password\" needs one of 'auth.password', 'auth.password_env'"
                        + " or 'auth.password_file'");
                return null;
            }
            if (sources.size() > 1) {
                problem("auth has several password sources ("
                        + String.join(", ", sources.stream().map(key -> "'" + auth(key) + "'").toList())
                        + "); keep exactly one");
                return null;
            }
            return secret(authNode, sources.get(0)).map(AuthSpec::password).orElse(null);
        }

        private AuthSpec keyAuth(ObjectNode authNode) {
            notApplicable(authNode, DeviceFields.PASSWORD_SOURCES, AuthType.SSH_KEY);
            String field = auth(DeviceFields.AUTH_PRIVATE_KEY_PATH);
            if (absent(authNode.get(DeviceFields.AUTH_PRIVATE_KEY_PATH))) {
                problem("auth type \"ssh_key\" needs field '" + field + "'");
                return null;
            }
            Optional<Path> key = optionalString(authNode, DeviceFields.AUTH_PRIVATE_KEY_PATH, field, false)
                    .flatMap(value -> readableFile(field, value));
            Optional<SecretRef> passphrase = absent(authNode.get(DeviceFields.AUTH_PASSPHRASE_ENV))
                    ? Optional.empty() : secret(authNode, DeviceFields.AUTH_PASSPHRASE_ENV);
            return key.map(path -> AuthSpec.sshKey(path, passphrase.orElse(null))).orElse(null);
        }

        private void notApplicable(ObjectNode authNode, List<String> keys, AuthType type) {
            keys.stream().filter(key -> !absent(authNode.get(key))).forEach(key -> problem(
                    "field '" + auth(key) + "' does not apply to auth type \"" + type.jsonName() + "\""));
        }

        /** A secret source named by {@code key} in auth, checked to be readable now. */
        private Optional<SecretRef> secret(ObjectNode authNode, String key) {
            String field = auth(key);
            Optional<SecretRef> source = switch (key) {
                case DeviceFields.AUTH_PASSWORD -> inlineSecret(authNode, key, field);
                case DeviceFields.AUTH_PASSWORD_FILE -> optionalString(authNode, key, field, false)
                        .flatMap(value -> path(field, value)).map(SecretRef::file);
                default -> optionalString(authNode, key, field, false).map(SecretRef::env);
            };
            return source.filter(ref -> readable(ref, field));
        }

        private Optional<SecretRef> inlineSecret(ObjectNode node, String key, String field) {
            Optional<String> secret = optionalString(node, key, field, true);
            if (secret.isPresent() && secret.get().isEmpty()) {
                problem("field '" + field + "' must not be empty");
                return Optional.empty();
            }
            return secret.map(SecretRef::inline);
        }

        private boolean readable(SecretRef ref, String field) {
            try {
                Arrays.fill(ref.resolve(field, environment), '\0');
                return true;
            } catch (SecretUnavailableException e) {
                problem(e.getMessage());
                return false;
            }
        }

        private HostKeyCheck hostKey(ObjectNode device) {
            HostKeyPolicy policy = HostKeyCheck.DEFAULT.policy();
            JsonNode value = device.get(DeviceFields.HOST_KEY);
            if (!absent(value)) {
                Optional<HostKeyPolicy> named = value.isString()
                        ? HostKeyCheck.fromJsonName(value.stringValue()) : Optional.empty();
                if (named.isEmpty()) {
                    problem("field 'host_key' must be \"strict\", \"accept-new\" or \"off\", got " + shown(value));
                    return null;
                }
                policy = named.get();
            }
            Optional<Path> knownHosts = optionalString(device, DeviceFields.KNOWN_HOSTS, DeviceFields.KNOWN_HOSTS,
                    false).flatMap(path -> path(DeviceFields.KNOWN_HOSTS, path));
            if (knownHosts.isPresent() && !knownHostsUsable(policy, knownHosts.get())) {
                return null;
            }
            return new HostKeyCheck(policy, knownHosts.orElse(null));
        }

        // strict only reads the file; accept-new may create it, so only its directory must exist.
        private boolean knownHostsUsable(HostKeyPolicy policy, Path knownHosts) {
            if (policy == HostKeyPolicy.STRICT) {
                Optional<String> fileProblem = FileCheck.problem(knownHosts);
                fileProblem.ifPresent(why -> problem("field 'known_hosts' names " + knownHosts + ", which " + why));
                return fileProblem.isEmpty();
            }
            Path directory = knownHosts.getParent();
            if (policy == HostKeyPolicy.ACCEPT_NEW && (directory == null || !Files.isDirectory(directory))) {
                problem("field 'known_hosts' names " + knownHosts + ", whose directory does not exist");
                return false;
            }
            return true;
        }

        private ObjectNode extras(ObjectNode device) {
            ObjectNode extras = device.deepCopy();
            extras.remove(DeviceFields.KNOWN);
            return extras;
        }

        private String requiredString(ObjectNode node, String key, String field) {
            if (absent(node.get(key))) {
                problem("field '" + field + "' is missing");
                return null;
            }
            Optional<String> value = optionalString(node, key, field, false);
            if (value.isPresent() && value.get().isBlank()) {
                problem("field '" + field + "' must not be blank");
                return null;
            }
            return value.orElse(null);
        }

        /** The string at {@code key}; a non-string is a problem, shown only when not a secret. */
        private Optional<String> optionalString(ObjectNode node, String key, String field, boolean secret) {
            JsonNode value = node.get(key);
            if (absent(value)) {
                return Optional.empty();
            }
            if (!value.isString()) {
                problem("field '" + field + "' must be a string" + (secret ? "" : ", got " + shown(value)));
                return Optional.empty();
            }
            return Optional.of(value.stringValue());
        }

        private Optional<Path> readableFile(String field, String value) {
            Optional<Path> file = path(field, value);
            Optional<String> fileProblem = file.flatMap(FileCheck::problem);
            fileProblem.ifPresent(why -> problem("field '" + field + "' names " + file.get() + ", which " + why));
            return fileProblem.isPresent() ? Optional.empty() : file;
        }

        private Optional<Path> path(String field, String value) {
            if (value.isBlank()) {
                problem("field '" + field + "' must not be blank");
                return Optional.empty();
            }
            try {
                return Optional.of(expand(value));
            } catch (InvalidPathException e) {
                problem("field '" + field + "' is not a valid path: " + e.getReason());
                return Optional.empty();
            }
        }

        // "~" as the seed's own template writes it ("~/.ssh/config_dc"): the user's home.
        private Path expand(String value) {
            Path home = Path.of(System.getProperty("user.home"));
            Path path = value.equals("~") ? home
                    : value.startsWith("~/") ? home.resolve(value.substring(2))
                    : baseDirectory.resolve(value);
            return path.toAbsolutePath().normalize();
        }

        private void problem(String message) {
            problems.add(label + ": " + message);
        }
    }

    private static boolean absent(JsonNode value) {
        return value == null || value.isNull() || value.isMissingNode();
    }
}
