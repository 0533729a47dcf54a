package io.jmcp.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every devices.json rule, with the exact message a user sees. */
class InventoryValidationTest {
    private static final Environment ENVIRONMENT = Map.of("EMPTY", "", "SET", "value")::get;

    @TempDir
    Path dir;

    private Path devicesFile() {
        return dir.resolve("devices.json");
    }

    private InventoryException failure(Path file) {
        return catchThrowableOfType(InventoryException.class, () -> Inventory.load(file, ENVIRONMENT));
    }

    private List<String> problemsOfFile(String content) throws IOException {
        Files.writeString(devicesFile(), content);
        InventoryException failure = failure(devicesFile());
        assertThat(failure).as("problems of %s", content).isNotNull();
        return failure.problems();
    }

    /** The problems of device r1 given as the JSON object body {@code fields}. */
    private List<String> problemsOf(String fields) throws IOException {
        return problemsOfFile("{\"r1\": {" + fields + "}}");
    }

    private static final String ADDRESS = "\"ip\": \"192.0.2.1\", \"port\": 22, \"username\": \"admin\", ";
    private static final String PASSWORD_AUTH = "\"auth\": {\"type\": \"password\", \"password\": \"pw\"}";

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Test
    void reportsAMissingFile() {
        InventoryException failure = failure(devicesFile());

        assertThat(failure.problems()).containsExactly("cannot read the file: it does not exist");
        assertThat(failure).hasMessage("Invalid devices file " + devicesFile() + " (1 problem):\n"
                + "  - cannot read the file: it does not exist");
    }

    @Test
    void reportsADirectoryGivenAsTheFile() throws IOException {
        Files.createDirectory(devicesFile());

        assertThat(failure(devicesFile()).problems()).containsExactly("cannot read the file: it is a directory");
    }

    @Test
    void reportsAFileWithoutReadPermission() throws IOException {
        assumeFalse(runningAsRoot(), "root reads any file");
        Files.writeString(devicesFile(), "{}");
        Files.setPosixFilePermissions(devicesFile(), PosixFilePermissions.fromString("-w-------"));

        assertThat(failure(devicesFile()).problems()).containsExactly("cannot read the file: permission denied");
    }

    @Test
    void reportsInvalidJsonWithLineAndColumn() throws IOException {
        assertThat(problemsOfFile("{\n  \"r1\": {\"ip\": \"192.0.2.1\",, }\n}")).containsExactly(
                "invalid JSON at line 2, column 28: Unexpected character (',' (code 44)):"
                        + " was expecting double-quote to start property name");
    }

    @Test
    void reportsARepeatedDeviceNameAsInvalidJson() throws IOException {
        assertThat(problemsOfFile("{\"r1\": {}, \n\"r1\": {}}"))
                .containsExactly("invalid JSON at line 2, column 5: Duplicate Object property \"r1\"");
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        assertThat(problemsOfFile("  \n")).containsExactly(
                "the file is empty; it must hold a JSON object mapping device names to devices");
    }

    @Test
    void reportsATopLevelThatIsNotAnObject() throws IOException {
        assertThat(problemsOfFile("[\"r1\"]")).containsExactly(
                "the top level must be a JSON object mapping device names to devices, got [\"r1\"]");
    }

    @Test
    void reportsADeviceThatIsNotAnObject() throws IOException {
        assertThat(problemsOfFile("{\"r1\": \"192.0.2.1\"}"))
                .containsExactly("device 'r1': must be a JSON object, got \"192.0.2.1\"");
    }

    @Test
    void reportsAMissingIp() throws IOException {
        assertThat(problemsOf("\"port\": 22, \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'ip' is missing");
    }

    @Test
    void reportsABlankIp() throws IOException {
        assertThat(problemsOf("\"ip\": \"  \", \"port\": 22, \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'ip' must not be blank");
    }

    @Test
    void reportsAnIpThatIsNotAString() throws IOException {
        assertThat(problemsOf("\"ip\": 10, \"port\": 22, \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'ip' must be a string, got 10");
    }

    @Test
    void reportsAnIpWithSpaces() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1 r1\", \"port\": 22, \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'ip' must be an IP address or host name without spaces"
                        + " or control characters, got \"192.0.2.1 r1\"");
    }

    @Test
    void reportsAMissingPort() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'port' is missing");
    }

    @Test
    void reportsAPortThatIsNotAnInteger() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": \"22a\", \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'port' must be an integer 1-65535, got \"22a\"");
    }

    @Test
    void reportsAPortWrittenAsAStringAsTheSeedDoes() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": \"22\", \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'port' must be an integer 1-65535, got \"22\"");
    }

    @Test
    void reportsAFractionalPort() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": 22.5, \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'port' must be an integer 1-65535, got 22.5");
    }

    @Test
    void reportsAPortOutOfRange() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": 65536, \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'port' must be an integer 1-65535, got 65536");
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": 0, \"username\": \"admin\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'port' must be an integer 1-65535, got 0");
    }

    @Test
    void reportsAMissingUsername() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": 22, " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'username' is missing");
    }

    @Test
    void reportsABlankUsername() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": 22, \"username\": \"\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'username' must not be blank");
    }

    @Test
    void reportsADeviceWithoutCredentials() throws IOException {
        assertThat(problemsOf("\"ip\": \"192.0.2.1\", \"port\": 22, \"username\": \"admin\""))
                .containsExactly("device 'r1': no credentials: add 'auth' with type \"password\" or \"ssh_key\""
                        + " (or the legacy field 'password')");
    }

    @Test
    void reportsALegacyPasswordBesideAuth() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"password\": \"old\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'password' (legacy) cannot be combined with 'auth';"
                        + " keep the password in 'auth' only");
    }

    @Test
    void reportsAnAuthThatIsNotAnObject() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": \"password\""))
                .containsExactly("device 'r1': field 'auth' must be a JSON object, got \"password\"");
    }

    @Test
    void reportsAMissingAuthType() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"password\": \"pw\"}"))
                .containsExactly("device 'r1': field 'auth.type' is missing (expected \"password\" or \"ssh_key\")");
    }

    @Test
    void reportsAnUnknownAuthType() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"kerberos\"}"))
                .containsExactly("device 'r1': field 'auth.type' must be \"password\" or \"ssh_key\", got \"kerberos\"");
    }

    @Test
    void reportsAnUnrecognisedAuthField() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password\": \"pw\", \"passwd\": \"x\"}"))
                .containsExactly("device 'r1': field 'auth.passwd' is not recognised; 'auth' takes type, password,"
                        + " password_env, password_file, private_key_path, passphrase_env");
    }

    @Test
    void reportsPasswordAuthWithoutAPasswordSource() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\"}"))
                .containsExactly("device 'r1': auth type \"password\" needs one of 'auth.password',"
                        + " 'auth.password_env' or 'auth.password_file'");
    }

    @Test
    void reportsSeveralPasswordSources() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password\": \"pw\", \"password_env\": \"SET\"}"))
                .containsExactly("device 'r1': auth has several password sources ('auth.password',"
                        + " 'auth.password_env'); keep exactly one");
    }

    @Test
    void reportsAPasswordThatIsNotAStringWithoutShowingIt() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password\": 123456}"))
                .containsExactly("device 'r1': field 'auth.password' must be a string");
    }

    @Test
    void reportsAnEmptyPassword() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password\": \"\"}"))
                .containsExactly("device 'r1': field 'auth.password' must not be empty");
    }

    @Test
    void reportsAPasswordVariableThatIsNotSet() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password_env\": \"R1_PASSWORD\"}"))
                .containsExactly("device 'r1': field 'auth.password_env' names environment variable 'R1_PASSWORD',"
                        + " which is not set");
    }

    @Test
    void reportsAPasswordVariableThatIsEmpty() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password_env\": \"EMPTY\"}"))
                .containsExactly("device 'r1': field 'auth.password_env' names environment variable 'EMPTY',"
                        + " which is empty");
    }

    @Test
    void reportsAPasswordFileThatDoesNotExist() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password_file\": \"r1.secret\"}"))
                .containsExactly("device 'r1': field 'auth.password_file' names " + dir.resolve("r1.secret")
                        + ", which does not exist");
    }

    @Test
    void reportsAnEmptyPasswordFile() throws IOException {
        Files.writeString(dir.resolve("r1.secret"), "\n");

        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password_file\": \"r1.secret\"}"))
                .containsExactly("device 'r1': field 'auth.password_file' names " + dir.resolve("r1.secret")
                        + ", which is empty");
    }

    @Test
    void reportsAKeyFieldOnPasswordAuth() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"password\", \"password\": \"pw\","
                + " \"private_key_path\": \"k.pem\"}"))
                .containsExactly("device 'r1': field 'auth.private_key_path' does not apply to auth type \"password\"");
    }

    @Test
    void reportsSshKeyAuthWithoutAKeyPath() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"ssh_key\"}"))
                .containsExactly("device 'r1': auth type \"ssh_key\" needs field 'auth.private_key_path'");
    }

    @Test
    void reportsAKeyFileThatDoesNotExist() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"ssh_key\", \"private_key_path\": \"keys/r1.pem\"}"))
                .containsExactly("device 'r1': field 'auth.private_key_path' names " + dir.resolve("keys/r1.pem")
                        + ", which does not exist");
    }

    @Test
    void reportsAKeyPathThatIsADirectory() throws IOException {
        Files.createDirectory(dir.resolve("keys"));

        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"ssh_key\", \"private_key_path\": \"keys\"}"))
                .containsExactly("device 'r1': field 'auth.private_key_path' names " + dir.resolve("keys")
                        + ", which is a directory, not a file");
    }

    @Test
    void reportsAKeyFileWithoutReadPermission() throws IOException {
        assumeFalse(runningAsRoot(), "root reads any file");
        Path key = Files.writeString(dir.resolve("r1.pem"), "key");
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("-w-------"));

        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"ssh_key\", \"private_key_path\": \"r1.pem\"}"))
                .containsExactly("device 'r1': field 'auth.private_key_path' names " + key
                        + ", which cannot be read (check its permissions)");
    }

    @Test
    void reportsAPassphraseVariableThatIsNotSet() throws IOException {
        Files.writeString(dir.resolve("r1.pem"), "key");

        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"ssh_key\", \"private_key_path\": \"r1.pem\","
                + " \"passphrase_env\": \"R1_KEY\"}"))
                .containsExactly("device 'r1': field 'auth.passphrase_env' names environment variable 'R1_KEY',"
                        + " which is not set");
    }

    @Test
    void reportsAPasswordFieldOnKeyAuth() throws IOException {
        Files.writeString(dir.resolve("r1.pem"), "key");

        assertThat(problemsOf(ADDRESS + "\"auth\": {\"type\": \"ssh_key\", \"private_key_path\": \"r1.pem\","
                + " \"password\": \"pw\"}"))
                .containsExactly("device 'r1': field 'auth.password' does not apply to auth type \"ssh_key\"");
    }

    @Test
    void reportsAnSshConfigThatDoesNotExist() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"ssh_config\": \"jump.conf\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'ssh_config' names " + dir.resolve("jump.conf")
                        + ", which does not exist");
    }

    @Test
    void reportsAnUnknownHostKeyPolicy() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"host_key\": \"yes\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'host_key' must be \"strict\", \"accept-new\" or \"off\","
                        + " got \"yes\"");
    }

    @Test
    void reportsAMissingKnownHostsFileUnderStrictChecking() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"known_hosts\": \"kh\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'known_hosts' names " + dir.resolve("kh")
                        + ", which does not exist");
    }

    @Test
    void reportsAKnownHostsFileInAMissingDirectoryUnderAcceptNew() throws IOException {
        assertThat(problemsOf(ADDRESS + "\"host_key\": \"accept-new\", \"known_hosts\": \"ssh/kh\", " + PASSWORD_AUTH))
                .containsExactly("device 'r1': field 'known_hosts' names " + dir.resolve("ssh/kh")
                        + ", whose directory does not exist");
    }

    @Test
    void reportsAnEmptyDeviceName() throws IOException {
        assertThat(problemsOfFile("{\"\": {" + ADDRESS + PASSWORD_AUTH + "}}"))
                .containsExactly("device name '' must be 1-50 characters, got 0");
    }

    @Test
    void reportsADeviceNameLongerThanFiftyCharacters() throws IOException {
        String name = "r".repeat(51);

        assertThat(problemsOfFile("{\"" + name + "\": {" + ADDRESS + PASSWORD_AUTH + "}}"))
                .containsExactly("device name '" + name + "' must be 1-50 characters, got 51");
    }

    @Test
    void acceptsADeviceNameOfFiftyCharacters() throws IOException {
        Files.writeString(devicesFile(), "{\"" + "r".repeat(50) + "\": {" + ADDRESS + PASSWORD_AUTH + "}}");

        assertThat(Inventory.load(devicesFile(), ENVIRONMENT).names()).containsExactly("r".repeat(50));
    }

    @Test
    void reportsADeviceNameWithWhitespace() throws IOException {
        assertThat(problemsOfFile("{\"core router\": {" + ADDRESS + PASSWORD_AUTH + "}}"))
                .containsExactly("device name 'core router' must not contain whitespace or control characters");
    }

    @Test
    void reportsADeviceNameWithAControlCharacterEscaped() throws IOException {
        assertThat(problemsOfFile("{\"r1\\u001b[2J\": {" + ADDRESS + PASSWORD_AUTH + "}}"))
                .containsExactly("device name 'r1\\u001b[2J' must not contain whitespace or control characters");
    }

    @Test
    void reportsEveryProblemOfEveryDeviceAtOnce() throws Exception {
        Path file = InventoryLoadTest.resource("every-problem-devices.json");

        InventoryException failure = failure(file);

        assertThat(failure).hasMessage("Invalid devices file " + file + " (9 problems):\n"
                + "  - device 'r2': field 'ip' is missing\n"
                + "  - device 'r2': field 'port' must be an integer 1-65535, got \"22a\"\n"
                + "  - device 'r2': field 'auth.type' must be \"password\" or \"ssh_key\", got \"token\"\n"
                + "  - device 'r3': field 'port' must be an integer 1-65535, got 70000\n"
                + "  - device 'r3': field 'username' is missing\n"
                + "  - device 'r3': field 'password' (legacy) cannot be combined with 'auth';"
                + " keep the password in 'auth' only\n"
                + "  - device 'r3': auth type \"ssh_key\" needs field 'auth.private_key_path'\n"
                + "  - device name 'core router' must not contain whitespace or control characters\n"
                + "  - device 'core router': must be a JSON object, got \"192.0.2.9\"");
    }
}
