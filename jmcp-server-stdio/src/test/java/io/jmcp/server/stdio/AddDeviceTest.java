package io.jmcp.server.stdio;

import io.jmcp.simulator.DeviceSpec;
import io.jmcp.simulator.UserAccount;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.jmcp.server.stdio.McpServerProcess.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * add_device end to end, its forms answered through the MCP SDK client's elicitation handler by
 * a script of answers. The server persists added devices and keeps accepted host keys in a
 * known_hosts file of the test's own.
 */
class AddDeviceTest {
    private static final KeyPair OPS_KEY = TestKeys.newKeyPair();
    @TempDir
    static Path directory;
    private static Path privateKey;
    private static SimulatedNetwork network;
    private static final ScriptedForms forms = new ScriptedForms();

    @BeforeAll
    static void start() throws IOException {
        privateKey = TestKeys.writePrivateKey(OPS_KEY, directory.resolve("ops_key"));
        Path home = Files.createDirectories(directory.resolve("home/.ssh")).getParent();
        network = SimulatedNetwork.in(directory)
                .device(DeviceSpec.builder("keyed-1").users(List.of(
                        UserAccount.withPassword(DeviceSpec.DEFAULT_USER, DeviceSpec.DEFAULT_PASSWORD),
                        UserAccount.withKeys("ops", List.of(OPS_KEY.getPublic())))).build())
                .serverArgs("--persist-devices")
                .environment("JAVA_TOOL_OPTIONS", "-Duser.home=" + home)
                .elicitation(forms)
                .start();
    }

    @AfterAll
    static void stop() {
        network.close();
    }

    @AfterEach
    void forgetForms() {
        forms.forget();
    }

    private static Map<String, Object> details(String name) {
        return new HashMap<>(Map.of("device_name", name, "device_ip", "127.0.0.1",
                "device_port", network.device("keyed-1").port(), "username", "ops",
                "ssh_key_path", privateKey.toString()));
    }

    private static Map<String, Object> confirmed() {
        return Map.of("confirm", true, "test_connection", false, "host_key", "accept-new");
    }

    private static CallToolResult addDevice(Map<String, Object> arguments) {
        return network.call("add_device", arguments);
    }

    @Test
    void addsADeviceFromTheFormsAndServesItAtOnce() {
        forms.answer(ElicitResult.Action.ACCEPT, details("new-1"));
        forms.answer(ElicitResult.Action.ACCEPT, confirmed());

        CallToolResult result = addDevice(Map.of());

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).startsWith("✅ Device 'new-1' added successfully!");
        CallToolResult command = network.call("execute_junos_command",
                Map.of("router_name", "new-1", "command", "show version"));
        assertThat(command.isError()).as(text(command)).isFalse();
        assertThat(text(command)).contains("Hostname: keyed-1");
    }

    @Test
    void asksForEveryMissingDetailInOneFormThenForConfirmation() {
        forms.answer(ElicitResult.Action.ACCEPT, details("new-2"));
        forms.answer(ElicitResult.Action.ACCEPT, confirmed());

        addDevice(Map.of());

        assertThat(forms.shown()).hasSize(2);
        assertThat(forms.shown().get(0).requestedSchema()).extractingByKey("properties", InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("device_name", "device_ip", "device_port", "username", "ssh_key_path");
        assertThat(forms.shown().get(1).message()).contains("Please confirm adding this device").contains("new-2");
    }

    @Test
    void onlyAsksForTheDetailsNotGivenAsArguments() {
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("ssh_key_path", privateKey.toString()));
        forms.answer(ElicitResult.Action.ACCEPT, confirmed());
        Map<String, Object> arguments = details("new-3");
        arguments.remove("ssh_key_path");

        CallToolResult result = addDevice(arguments);

        assertThat(result.isError()).isFalse();
        assertThat(forms.shown().get(0).requestedSchema()).extractingByKey("properties", InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("ssh_key_path");
    }

    @Test
    void asksAgainForInvalidDetailsSayingWhatIsWrong() {
        Map<String, Object> invalid = details("new-4");
        invalid.put("device_ip", "not a host!");
        invalid.put("device_port", 70000);
        forms.answer(ElicitResult.Action.ACCEPT, invalid);
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("device_ip", "127.0.0.1",
                "device_port", network.device("keyed-1").port()));
        forms.answer(ElicitResult.Action.ACCEPT, confirmed());

        CallToolResult result = addDevice(Map.of());

        assertThat(result.isError()).isFalse();
        assertThat(forms.shown().get(1).message()).contains("device_ip must be an IPv4 or IPv6 address or a host name")
                .contains("device_port must be between 1 and 65535, got 70000");
        assertThat(forms.shown().get(1).requestedSchema()).extractingByKey("properties", InstanceOfAssertFactories.MAP)
                .containsOnlyKeys("device_ip", "device_port");
        assertThat(routerList()).containsKey("new-4");
    }

    @Test
    void addsNothingWhenTheUserDeclines() {
        forms.answer(ElicitResult.Action.DECLINE, null);

        CallToolResult result = addDevice(Map.of());

        assertThat(result.isError()).isFalse();
        assertThat(text(result)).isEqualTo("Device addition cancelled; nothing was added.");
        assertThat(forms.shown()).hasSize(1);
    }

    @Test
    void addsNothingWhenTheUserCancelsTheConfirmation() {
        forms.answer(ElicitResult.Action.ACCEPT, details("new-5"));
        forms.answer(ElicitResult.Action.CANCEL, null);

        CallToolResult result = addDevice(Map.of());

        assertThat(text(result)).isEqualTo("Device addition cancelled; nothing was added.");
        assertThat(routerList()).doesNotContainKey("new-5");
    }

    @Test
    void addsNothingWhenTheUserDoesNotConfirm() {
        forms.answer(ElicitResult.Action.ACCEPT, details("new-6"));
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("confirm", false));

        addDevice(Map.of());

        assertThat(routerList()).doesNotContainKey("new-6");
    }

    @Test
    void neverOverwritesAnExistingDeviceGivenAsArgument() {
        CallToolResult result = addDevice(details("keyed-1"));

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).isEqualTo("device_name 'keyed-1' is already a device; choose another name "
                + "(existing devices are never overwritten)");
        assertThat(forms.shown()).isEmpty();
    }

    @Test
    void refusesAKeyFileThatDoesNotExist() {
        Map<String, Object> arguments = details("new-7");
        arguments.put("ssh_key_path", directory.resolve("missing_key").toString());

        CallToolResult result = addDevice(arguments);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("ssh_key_path '").endsWith("missing_key' does not exist");
    }

    @Test
    void refusesTheDeviceWhenTheConnectionTestFails() {
        Map<String, Object> arguments = details("new-8");
        arguments.put("device_port", TestInventory.closedPort());
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("confirm", true, "test_connection", true, "host_key", "accept-new"));

        CallToolResult result = addDevice(arguments);

        assertThat(result.isError()).isTrue();
        assertThat(text(result)).startsWith("Connection test failed: Connection error to router 'new-8'")
                .endsWith("Device not added.");
        assertThat(routerList()).doesNotContainKey("new-8");
    }

    @Test
    void addsTheDeviceWhenTheConnectionTestPasses() {
        forms.answer(ElicitResult.Action.ACCEPT, Map.of("confirm", true, "test_connection", true, "host_key", "accept-new"));

        CallToolResult result = addDevice(details("new-9"));

        assertThat(result.isError()).as(text(result)).isFalse();
        assertThat(text(result)).contains("Connection test: passed");
    }

    @Test
    void writesTheDeviceToTheDevicesFile() throws IOException {
        forms.answer(ElicitResult.Action.ACCEPT, confirmed());

        addDevice(details("new-10"));

        assertThat(Files.readString(network.devicesFile())).contains("\"new-10\"").contains("\"ssh_key\"")
                .contains(privateKey.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> routerList() {
        return (Map<String, Object>) network.call("get_router_list", Map.of()).structuredContent();
    }
}
