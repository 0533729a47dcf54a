package io.jmcp.examples.it;

import io.jmcp.core.inventory.DeviceEntry;
import io.jmcp.core.inventory.Inventory;
import io.jmcp.netconf.ConfigFormat;
import io.jmcp.netconf.config.Configuration;
import io.jmcp.simulator.SimulatorFleet;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's code blocks that are not commands, checked as jmcp and its clients read them:
 * every block names a language these tests check; each JSON block is a configuration they know
 * (a devices.json loads with jmcp's inventory parser; the Claude Desktop and VS Code blocks are the
 * files of examples/configs, and the Claude Desktop one starts a server that answers); Java
 * blocks compile against junos-netconf-client; Junos blocks are configuration Junos reads; the
 * Maven ({@code xml}) and Gradle ({@code kotlin}) dependency blocks are {@link ReadmeDependencyBlocksIT}'s.
 * Blocks marked {@code text} (diagrams) are not checked.
 */
class ReadmeBlocksIT {
    private static final Set<String> NON_SHELL_LANGUAGES = Set.of("json", "java", "junos", "xml", "kotlin", "text");
    /** The example files a client configuration of the README must be one of. */
    private static final Map<ConfigBlock.Kind, List<String>> EXAMPLE_FILES = Map.of(
            ConfigBlock.Kind.CLAUDE_DESKTOP, List.of("examples/configs/claude_desktop_config.json",
                    "examples/configs/claude_desktop_demo.json"),
            ConfigBlock.Kind.VS_CODE, List.of("examples/configs/vscode-mcp.json", "examples/configs/vscode-mcp-demo.json"));
    private static final Pattern INPUT_REFERENCE = Pattern.compile("\\$\\{input:([^}]+)}");

    private static final Readme README = Readme.ofRepository();

    @TempDir
    Path directory;

    @Test
    void everyBlockIsOfALanguageTheseTestsCheck() {
        assertThat(README.blocks()).allSatisfy(block -> assertThat(block.isShell()
                || NON_SHELL_LANGUAGES.contains(block.language()))
                .as("README.md line %d: a block of language '%s'; mark commands ```sh, devices.json and client "
                        + "configurations ```json, Java ```java, Junos configuration ```junos, a Maven dependency "
                        + "```xml, a Gradle one ```kotlin, anything else ```text", block.line(), block.language())
                .isTrue());
    }

    @TestFactory
    Stream<DynamicTest> everyJsonBlockIsAConfigurationTheseTestsKnow() {
        return README.blocks("json").stream().map(block -> DynamicTest.dynamicTest("README.md line " + block.line(),
                () -> assertThat(ConfigBlock.of(block).kind())
                        .as("README.md line %d: a JSON block that is no devices.json, Claude Desktop or VS Code "
                                + "configuration: teach ConfigBlock and ReadmeBlocksIT what it is", block.line())
                        .isPresent()));
    }

    @TestFactory
    Stream<DynamicTest> devicesBlocksLoadWithJmcpsInventoryParser() {
        return ConfigBlock.in(README, ConfigBlock.Kind.DEVICES).stream().map(config ->
                DynamicTest.dynamicTest(config.toString(), () -> {
                    Path root = directory.resolve("line-" + config.block().line());
                    JsonNode devices = UserFiles.movedUnder(config.json(), root);
                    UserFiles.createMissing(devices, root);

                    Inventory inventory = Inventory.load(UserFiles.write(devices, root.resolve("devices.json")),
                            UserFiles.environment(devices)::get);

                    assertThat(inventory.devices()).extracting(DeviceEntry::name)
                            .containsExactlyElementsOf(config.json().propertyNames());
                }));
    }

    @TestFactory
    Stream<DynamicTest> clientBlocksAreTheExampleFiles() {
        return EXAMPLE_FILES.entrySet().stream().flatMap(example -> ConfigBlock.in(README, example.getKey()).stream()
                .map(config -> DynamicTest.dynamicTest(config + " is one of " + example.getValue(), () ->
                        assertThat(example.getValue().stream().map(file -> ConfigBlock.JSON.readTree(
                                Repository.root().resolve(file).toFile()))).contains(config.json()))));
    }

    @TestFactory
    Stream<DynamicTest> claudeDesktopBlocksStartAServerThatAnswers() {
        return ConfigBlock.in(README, ConfigBlock.Kind.CLAUDE_DESKTOP).stream().map(config ->
                DynamicTest.dynamicTest(config.toString(), () -> {
                    assertThat(config.json().get("mcpServers").valueStream()).isNotEmpty()
                            .allSatisfy(server -> startAsClaudeDesktop(server, config.block().line()));
                }));
    }

    @TestFactory
    Stream<DynamicTest> vsCodeStdioEntriesStartAServerThatAnswers() {
        return ConfigBlock.in(README, ConfigBlock.Kind.VS_CODE).stream().flatMap(config -> config.json().get("servers")
                .valueStream().filter(entry -> "stdio".equals(entry.path("type").asString()))
                .map(entry -> DynamicTest.dynamicTest(config.toString(),
                        () -> startAsClaudeDesktop(entry, config.block().line()))));
    }

    @Test
    void vsCodeBlocksDeclareEveryInputTheyUseAsAPassword() {
        assertThat(ConfigBlock.in(README, ConfigBlock.Kind.VS_CODE)).isNotEmpty().allSatisfy(config -> {
            Matcher reference = INPUT_REFERENCE.matcher(config.json().get("servers").toString());
            while (reference.find()) {
                String id = reference.group(1);
                assertThat(config.json().get("inputs").valueStream().filter(input -> input.get("id").stringValue()
                        .equals(id))).as("%s: the input '%s'", config, id).singleElement()
                        .satisfies(input -> assertThat(input.get("password").booleanValue()).isTrue());
            }
        });
    }

    @TestFactory
    Stream<DynamicTest> javaBlocksCompileAgainstTheNetconfClient() {
        return README.blocks("java").stream().map(block -> DynamicTest.dynamicTest("README.md line " + block.line(),
                () -> JavaSnippet.of(block).assertCompiles(directory.resolve("java-" + block.line()))));
    }

    @TestFactory
    Stream<DynamicTest> junosBlocksAreConfigurationJunosReads() {
        return README.blocks("junos").stream().map(block -> DynamicTest.dynamicTest("README.md line " + block.line(),
                () -> assertThat(Configuration.parse(block.text(), ConfigFormat.SET).warnings())
                        .as("README.md line %d", block.line()).isEmpty()));
    }

    /** Starts the server as Claude Desktop (or VS Code) does with this stdio entry's command and arguments. */
    private void startAsClaudeDesktop(JsonNode server, int line) {
        assertThat(server.get("type").stringValue()).isEqualTo("stdio");
        Path checkout = directory.resolve("claude-" + line);
        try (SimulatorFleet routers = SimulatorFleet.start(1)) {
            Path devicesFile = SimulatedDevicesFile.write(checkout.resolve("devices.json"), routers);
            List<String> commandLine = new ArrayList<>(List.of(placeholder(server.get("command").stringValue(),
                    devicesFile)));
            server.get("args").valueStream().map(argument -> placeholder(argument.stringValue(), devicesFile))
                    .forEach(commandLine::add);

            StdioServer started = Bash.stdioServer(commandLine, checkout).start();
            ServerAnswers.assertServesRouter(started.client(), routers.devices().get(0).name(), started.stderr());
            assertThat(started.stop()).as("stopped; stderr:\n%s", started.stderr()).isTrue();
        }
    }

    /**
     * An argument of a client configuration with its placeholder path made real: an absolute path
     * that does not exist here stands for the user's copy of a repository file (the longest tail
     * of it that names a file of the built repository), or for the user's devices.json.
     */
    private static String placeholder(String argument, Path devicesFile) {
        Path path = Path.of(argument);
        if (!path.isAbsolute() || Files.exists(path)) {
            return argument;
        }
        for (int first = 1; first < path.getNameCount(); first++) {
            Path inRepository = Repository.root().resolve(path.subpath(first, path.getNameCount()).toString());
            if (Files.exists(inRepository)) {
                return inRepository.toString();
            }
        }
        assertThat(path.getFileName()).as("%s names neither a file of the built repository nor devices.json",
                argument).hasToString("devices.json");
        return devicesFile.toString();
    }
}
