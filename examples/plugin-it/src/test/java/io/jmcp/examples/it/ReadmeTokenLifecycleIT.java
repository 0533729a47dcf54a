package io.jmcp.examples.it;

import io.jmcp.testfixtures.ExternalPeers;
import io.jmcp.simulator.SimulatorFleet;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's "Authentication for HTTP access" followed as a user would, in one scratch checkout:
 * its token CLI lines run verbatim (generate, list, show), its HTTP server started as the README
 * starts it (on a free port) honours the generated tokens and their scopes, the README's curl and
 * VS Code configuration get in with a token, then the README's revoke line shuts a token out.
 * Each test is one step of that story, in the README's order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReadmeTokenLifecycleIT {
    private static final Set<String> SUBCOMMANDS = Set.of("generate", "list", "show", "revoke");
    private static final Pattern ISSUED_TOKEN = Pattern.compile("^  Token: (jmcp_\\S+)$", Pattern.MULTILINE);
    /** How the README writes a token in a curl line. */
    private static final String TOKEN_PLACEHOLDER = "jmcp_...";
    private static final String INVALID_TOKEN = "{\"error\":\"Invalid token\"}";
    private static final String MISSING_TOKEN = "{\"error\":\"Missing or invalid Authorization header\"}";
    private static final Duration REVOCATION_BOUND = Duration.ofSeconds(10);

    @TempDir
    static Path directory;
    private static final Readme README = Readme.ofRepository();
    private static final Map<String, String> TOKENS = new LinkedHashMap<>();
    private static SimulatorFleet routers;
    private static ScratchCheckout checkout;
    private static HttpServerProcess server;

    @BeforeAll
    static void prepareCheckout() {
        ExternalPeers.require("curl", "install it (apt-get install -y curl)");
        routers = SimulatorFleet.start(1);
        checkout = ScratchCheckout.create(directory.resolve("checkout"));
    }

    /** Stops what was started: nothing when curl is missing and the story was skipped. */
    @AfterAll
    static void stopEverything() throws InterruptedException {
        if (server != null) {
            server.close();
        }
        if (checkout != null) {
            checkout.close();
            routers.close();
        }
    }

    @Test
    @Order(0)
    void everyTokenCommandIsAStepOfThisStory() {
        assertThat(tokenCommands()).isNotEmpty().allSatisfy(command ->
                assertThat(SUBCOMMANDS).as("%s: the subcommands this test runs", command).contains(subcommand(command)));
    }

    @Test
    @Order(1)
    void generatePrintsEachNewTokenOnceInTheSeedsWording() {
        for (ShellCommand command : commands("generate")) {
            CommandWords words = CommandWords.of(command.text());
            String id = words.option("--id").orElseThrow();
            CommandResult result = runSuccessfully(command);

            assertThat(result.stdout()).startsWith("Generated new token:\n  ID: " + id + "\n  Token: jmcp_")
                    .contains("\n  Description: " + words.option("--description").orElse("Token for " + id) + "\n")
                    .contains("\n  Scope: " + words.option("--scope").orElse("config") + "\n")
                    .endsWith("\nSave this token securely - it won't be shown again!\n");
            Matcher token = ISSUED_TOKEN.matcher(result.stdout());
            assertThat(token.find()).isTrue();
            TOKENS.put(id, token.group(1));
        }
    }

    @Test
    @Order(2)
    void keepsOnlySaltedHashesInAFileOnlyItsOwnerReads() throws IOException {
        Path tokenFile = checkout.resolve(".tokens");

        assertThat(Files.readString(tokenFile)).doesNotContain(TOKENS.values()).contains("sha256:");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(tokenFile))).isEqualTo("rw-------");
    }

    @Test
    @Order(3)
    void listNamesEveryTokenButShowsNoTokenValue() {
        for (ShellCommand command : commands("list")) {
            String listing = runSuccessfully(command).stdout();

            assertThat(listing).containsPattern("(?m)^ID +Description +Scope +Created$")
                    .contains(TOKENS.keySet()).doesNotContain(TOKENS.values());
        }
    }

    @Test
    @Order(4)
    void showGivesATokensDetailsButNotTheToken() {
        for (ShellCommand command : commands("show")) {
            CommandWords words = CommandWords.of(command.text());
            String id = words.option("--id").orElseThrow();
            String details = runSuccessfully(command).stdout();

            assertThat(details).startsWith("Token ID: " + id + "\n").containsPattern("(?m)^Description: .+$")
                    .containsPattern("(?m)^Created: \\d{4}-\\d\\d-\\d\\dT\\S+Z$").doesNotContain(TOKENS.get(id));
        }
    }

    @Test
    @Order(5)
    void httpServerStartedAsTheReadmeSaysAcceptsEveryGeneratedToken() {
        ServerCommand command = ServerCommand.of(tokenServerCommand());
        command.devicesFile().ifPresent(file -> SimulatedDevicesFile.write(checkout.resolve(file), routers));
        server = HttpServerProcess.start(Bash.server(ReadmePort.ephemeral(tokenServerCommand().text()),
                checkout.directory()));

        assertThat(TOKENS).isNotEmpty().allSatisfy((id, token) -> {
            McpSyncClient client = server.client(token);
            assertThat(client.getServerInfo().name()).as(id).isEqualTo("jmcp-server");
            client.closeGracefully();
        });
    }

    @Test
    @Order(6)
    void readScopedTokensAreOfferedOnlyReadOnlyTools() {
        List<String> readTokens = commands("generate").stream().map(command -> CommandWords.of(command.text()))
                .filter(words -> words.option("--scope").orElse("config").equals("read"))
                .map(words -> TOKENS.get(words.option("--id").orElseThrow())).toList();

        assertThat(readTokens).as("the README generates a read-scoped token").isNotEmpty().allSatisfy(token -> {
            McpSyncClient client = server.client(token);
            assertThat(client.listTools().tools()).isNotEmpty().allSatisfy(tool ->
                    assertThat(tool.annotations().readOnlyHint()).as(tool.name()).isTrue());
            client.closeGracefully();
        });
    }

    @Test
    @Order(7)
    void curlGetsPastAuthenticationWithTheTokenToBeRevoked() {
        String token = TOKENS.get(revokedIds().get(0));

        assertThat(curlCommands()).isNotEmpty().allSatisfy(command -> {
            String answer = curl(command, token);
            if (command.text().contains(TOKEN_PLACEHOLDER)) {
                assertThat(answer).as(command.toString()).isNotBlank().isNotEqualTo(INVALID_TOKEN).isNotEqualTo(MISSING_TOKEN);
            } else {
                assertThat(answer).as(command.toString()).isEqualTo(MISSING_TOKEN);
            }
        });
    }

    @Test
    @Order(8)
    void vsCodeConfigurationConnectsWithAConfigToken() {
        String token = TOKENS.get(commands("generate").stream().map(command -> CommandWords.of(command.text()))
                .filter(words -> words.option("--scope").isEmpty()).findFirst().orElseThrow()
                .option("--id").orElseThrow());

        // The HTTP entries; ReadmeBlocksIT starts the stdio ones.
        assertThat(ConfigBlock.in(README, ConfigBlock.Kind.VS_CODE)).isNotEmpty().allSatisfy(config ->
                config.json().get("servers").valueStream().filter(entry -> entry.has("url")).forEach(entry -> {
                    McpSyncClient client = server.client(URI.create(ReadmePort.clientOf(entry.get("url").stringValue(),
                            server.endpoint().getPort())), headers(entry.get("headers"), token));
                    assertThat(client.listTools().tools()).extracting(McpSchema.Tool::name)
                            .contains("load_and_commit_config");
                    client.closeGracefully();
                }));
    }

    @Test
    @Order(9)
    void revokeConfirmsInTheSeedsWording() {
        for (ShellCommand command : commands("revoke")) {
            String id = CommandWords.of(command.text()).option("--id").orElseThrow();

            assertThat(runSuccessfully(command).stdout()).isEqualTo("Token '" + id + "' has been revoked\n");
        }
    }

    @Test
    @Order(10)
    void runningServerRefusesARevokedTokenWithoutRestart() throws InterruptedException {
        String revoked = TOKENS.get(revokedIds().get(0));
        ShellCommand curl = curlCommands().stream().filter(command -> command.text().contains(TOKEN_PLACEHOLDER))
                .findFirst().orElseThrow();
        Instant deadline = Instant.now().plus(REVOCATION_BOUND);
        String answer = curl(curl, revoked);
        while (!answer.equals(INVALID_TOKEN) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            answer = curl(curl, revoked);
        }

        assertThat(answer).isEqualTo(INVALID_TOKEN);
    }

    private static List<ShellCommand> tokenCommands() {
        return ReadmeCommandOwner.TOKEN_CLI.commandsIn(README);
    }

    private static List<ShellCommand> commands(String subcommand) {
        return tokenCommands().stream().filter(command -> subcommand(command).equals(subcommand)).toList();
    }

    private static List<ShellCommand> curlCommands() {
        return ReadmeCommandOwner.CURL.commandsIn(README);
    }

    /** The word after the jar: generate, list, show or revoke. */
    private static String subcommand(ShellCommand command) {
        List<String> words = CommandWords.of(command.text()).words();
        int jar = words.indexOf("-jar");
        return jar + 2 < words.size() ? words.get(jar + 2) : "";
    }

    private static List<String> revokedIds() {
        List<String> ids = commands("revoke").stream()
                .map(command -> CommandWords.of(command.text()).option("--id").orElseThrow()).toList();
        assertThat(ids).as("the README revokes a token").isNotEmpty();
        return ids;
    }

    /** The README's first HTTP server command that needs tokens. */
    private static ShellCommand tokenServerCommand() {
        return ReadmeCommandOwner.SERVER.commandsIn(README).stream().filter(command -> {
            ServerCommand server = ServerCommand.of(command);
            return server.isHttp() && !server.allowsUnauthenticated();
        }).findFirst().orElseThrow(() -> new AssertionError("the README starts no HTTP server that uses tokens"));
    }

    private static CommandResult runSuccessfully(ShellCommand command) {
        CommandResult result = checkout.run(command.text());
        assertThat(result.exitCode()).as(result.describe()).isZero();
        return result;
    }

    /** The README's curl line sent to the running server, with {@code token} where the README writes one. */
    private static String curl(ShellCommand command, String token) {
        String line = ReadmePort.clientOf(command.text(), server.endpoint().getPort()).replace(TOKEN_PLACEHOLDER, token);
        CommandResult result = checkout.run(line);
        assertThat(result.exitCode()).as(result.describe()).isZero();
        return result.stdout();
    }

    /** The headers of a VS Code server entry, its {@code ${input:...}} prompts answered with {@code token}. */
    private static Map<String, String> headers(JsonNode headers, String token) {
        Map<String, String> answered = new LinkedHashMap<>();
        headers.propertyStream().forEach(header ->
                answered.put(header.getKey(), header.getValue().stringValue().replaceAll("\\$\\{input:[^}]+}", Matcher.quoteReplacement(token))));
        return answered;
    }
}
