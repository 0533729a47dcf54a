package io.jmcp.server.stdio;

import io.jmcp.testfixtures.TypeScriptClient;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A script of {@code interop/ts-client} (the official TypeScript MCP SDK) run against the packaged
 * stdio server: {@code node script args... java -jar jmcp-server-stdio.jar serverArgs...}.
 */
final class TypeScriptAgainstPackagedServer {
    private static final Path STDIO_JAR = Path.of("target", "jmcp-server-stdio.jar").toAbsolutePath();
    /** How long one run of the client may take. */
    private static final Duration CLIENT_LIMIT = Duration.ofSeconds(300);

    private final TypeScriptClient client;

    private TypeScriptAgainstPackagedServer(TypeScriptClient client) {
        this.client = client;
    }

    /** Skips (fails in CI) when the SDK is not installed; the packaged server must exist. */
    static TypeScriptAgainstPackagedServer require() {
        TypeScriptClient client = TypeScriptClient.require();
        assertThat(STDIO_JAR).as("the packaged server").isRegularFile();
        return new TypeScriptAgainstPackagedServer(client);
    }

    /** The one JSON object the script prints. */
    Map<String, Object> run(String script, List<String> scriptArgs, String... serverArgs)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(scriptArgs);
        args.addAll(List.of(McpServerProcess.javaExecutable(), "-jar", STDIO_JAR.toString()));
        args.addAll(List.of(serverArgs));
        return client.run(script, args, CLIENT_LIMIT);
    }
}
