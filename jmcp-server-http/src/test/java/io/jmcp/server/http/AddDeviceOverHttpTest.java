package io.jmcp.server.http;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ElicitResult;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static io.jmcp.server.http.HttpServerFixture.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * add_device over HTTP: its forms travel as elicitation requests of a stateful session, as VS Code
 * shows them; a stateless server takes the details as arguments only.
 */
class AddDeviceOverHttpTest {
    @TempDir
    Path directory;
    private HttpServerFixture server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** add_device accepts only a file that parses as an SSH private key: a real one, made by MINA's own writer. */
    private Path keyFile() throws IOException {
        Path file = directory.resolve("lab_key");
        try (OutputStream out = Files.newOutputStream(file)) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(generator.generateKeyPair(), "lab", null, out);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("EC key generation is not available", unavailable);
        }
        return file;
    }

    @Test
    void asksForTheDetailsThenForConfirmationAndAddsTheDevice() throws IOException {
        server = HttpServerFixture.start(directory);
        Path key = keyFile();
        List<String> forms = new CopyOnWriteArrayList<>();
        try (McpSyncClient client = server.client(server.configToken(), spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(form -> {
                    forms.add(form.message());
                    return forms.size() == 1
                            ? new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("device_name", "lab-1",
                                    "device_ip", "192.0.2.10", "device_port", 830, "username", "netops",
                                    "ssh_key_path", key.toString()))
                            : new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("confirm", true));
                }))) {
            CallToolResult added = client.callTool(new CallToolRequest("add_device", Map.of()));

            assertThat(forms).hasSize(2);
            assertThat(forms.get(1)).contains("lab-1", "192.0.2.10");
            assertThat(added.isError()).isFalse();
            assertThat(text(added)).contains("Device 'lab-1' added");
            assertThat(text(client.callTool(new CallToolRequest("get_router_list", Map.of())))).contains("\"lab-1\"");
        }
    }

    @Test
    void writesTheDeviceToTheDevicesFileWithPersistDevices() throws IOException {
        Path devices = Files.writeString(directory.resolve("devices.json"), """
                {"core-1": {"ip": "192.0.2.1", "port": 22, "username": "netops",
                            "auth": {"type": "password", "password": "not-used-here"}}}
                """);
        server = HttpServerFixture.startWithDevicesFile(directory, devices, "--persist-devices");
        Path key = keyFile();
        try (McpSyncClient client = server.client(server.configToken())) {
            CallToolResult added = client.callTool(new CallToolRequest("add_device", Map.of("device_name", "lab-4",
                    "device_ip", "192.0.2.12", "device_port", 22, "username", "netops", "ssh_key_path", key.toString())));

            assertThat(added.isError()).as(text(added)).isFalse();
            assertThat(Files.readString(devices)).contains("\"core-1\"", "\"lab-4\"", "192.0.2.12");
        }
    }

    @Test
    void addsNothingWhenTheUserDeclines() {
        server = HttpServerFixture.start(directory);
        try (McpSyncClient client = server.client(server.configToken(), spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(form -> new ElicitResult(ElicitResult.Action.DECLINE, null)))) {
            CallToolResult result = client.callTool(new CallToolRequest("add_device", Map.of()));

            assertThat(text(result)).contains("cancelled");
            assertThat(text(client.callTool(new CallToolRequest("get_router_list", Map.of())))).doesNotContain("lab-1");
        }
    }

    @Test
    void addsTheDeviceFromArgumentsAloneOnAStatelessServer() throws IOException {
        server = HttpServerFixture.startStateless(directory);
        Path key = keyFile();
        try (McpSyncClient client = server.client(server.configToken())) {
            CallToolResult added = client.callTool(new CallToolRequest("add_device", Map.of("device_name", "lab-5",
                    "device_ip", "192.0.2.13", "device_port", 830, "username", "netops", "ssh_key_path", key.toString())));

            assertThat(added.isError()).as(text(added)).isFalse();
            assertThat(text(added)).contains("Device 'lab-5' added");
            assertThat(text(client.callTool(new CallToolRequest("get_router_list", Map.of())))).contains("\"lab-5\"");
        }
    }

    @Test
    void tellsAStatelessCallerThatFormsNeedASessionAndToPassTheDetails() {
        server = HttpServerFixture.startStateless(directory);
        try (McpSyncClient client = server.client(server.configToken(), spec -> spec
                .capabilities(McpSchema.ClientCapabilities.builder().elicitation().build())
                .elicitation(form -> new ElicitResult(ElicitResult.Action.ACCEPT, Map.of("confirm", true))))) {
            CallToolResult result = client.callTool(new CallToolRequest("add_device", Map.of("device_name", "lab-6")));

            assertThat(result.isError()).isTrue();
            assertThat(text(result)).isEqualTo("add_device needs device_ip, device_port, username, ssh_key_path: "
                    + "elicitation (interactive forms) needs a stateful MCP session and this server runs stateless "
                    + "(start it without --stateless or JMCP_STATELESS to be asked), so pass every detail as arguments "
                    + "(device_name, device_ip, device_port, username, ssh_key_path)");
        }
    }

    @Test
    void isNotOfferedToAReadToken() {
        server = HttpServerFixture.start(directory);
        try (McpSyncClient client = server.client(server.readToken())) {
            assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name).doesNotContain("add_device");
        }
    }
}
