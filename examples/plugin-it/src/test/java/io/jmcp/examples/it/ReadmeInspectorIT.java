package io.jmcp.examples.it;

import io.jmcp.testfixtures.ExternalPeers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The README's MCP Inspector lines (its "what to do next"), run verbatim in a scratch checkout that
 * has the Inspector {@code npm ci} installs in interop/ts-client: the Inspector, a real MCP client,
 * starts the stdio server itself and prints what the server answered, a tool list or a tool's
 * result from a simulated router.
 */
class ReadmeInspectorIT {
    private static final Path INSPECTOR = Path.of("interop/ts-client/node_modules/@modelcontextprotocol/inspector");

    @TempDir
    static Path directory;
    private static ScratchCheckout checkout;

    @BeforeAll
    static void prepareCheckout() {
        ExternalPeers.require("npx", "install Node.js 20 with npm (.ci/run does)");
        if (!Files.isDirectory(Repository.root().resolve(INSPECTOR))) {
            String missing = INSPECTOR + " is missing: run npm ci in interop/ts-client";
            if ("true".equals(System.getenv("CI"))) {
                fail(missing);
            }
            Assumptions.abort(missing);
        }
        checkout = ScratchCheckout.create(directory.resolve("checkout")).withNodePackages();
        // As the README's reader does, the quick start runs first: it leaves the class-data archive
        // that makes later starts quick, within the Inspector's 15-second connection timeout.
        CommandResult quickStart = checkout.run("bin/jmcp -t stdio --demo 1");
        assertThat(quickStart.exitCode()).as(quickStart.describe()).isZero();
    }

    @AfterAll
    static void removeCheckout() {
        if (checkout != null) {
            checkout.close();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachInspectorLinePrintsTheServersAnswer() {
        List<ShellCommand> commands = ReadmeCommandOwner.INSPECTOR.commandsIn(Readme.ofRepository());
        return commands.stream().map(command -> DynamicTest.dynamicTest(command.toString(), () -> {
            CommandResult result = checkout.run(command.text());

            assertThat(result.exitCode()).as(result.describe()).isZero();
            List<String> words = CommandWords.of(command.text()).words();
            String method = words.get(words.indexOf("--method") + 1);
            if (method.equals("tools/list")) {
                assertThat(result.stdout()).as(result.describe()).contains("\"execute_junos_command\"",
                        "\"load_and_commit_config\"", "\"confirm_commit\"");
            } else {
                assertThat(method).isEqualTo("tools/call");
                assertThat(result.stdout()).as(result.describe()).contains("\"isError\": false")
                        .contains("Hostname: vsim-01");
            }
        }));
    }
}
