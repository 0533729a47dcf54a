package io.jmcp.examples.it;

import io.modelcontextprotocol.json.McpJsonDefaults;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * What bin/jmcp asks of the JVM besides the server's own options. stdout is the stdio server's protocol from its first byte: the JVM's own warnings, which unified
 * logging prints on stdout unless told otherwise, must not land there. {@code -XX:+UseLargePages}
 * (hugetlbfs pages) on a machine without configured large pages is a warning every JDK 17 prints
 * at start, as a user would meet it through {@code JAVA_OPTS}; a class-data archive of another JDK
 * is another.
 */
class LauncherJvmOptionsIT {
    private static final long TIMEOUT_SECONDS = 120;
    private static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"2025-06-18",\
            "capabilities":{},"clientInfo":{"name":"launcher-jvm-options-it","version":"1"}}}""";
    private static final Path TRANSPARENT_HUGE_PAGES = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

    /**
     * Transparent huge pages are asked for exactly where the kernel gives them on request: where it
     * gives them to every process the option adds nothing, where it gives none it only warns.
     */
    @Test
    void transparentHugePagesAreAskedForWhereTheKernelGivesThemOnRequest(@TempDir Path folder) throws Exception {
        Path arguments = folder.resolve("arguments");
        Path java = folder.resolve("java");
        Files.writeString(java, "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + arguments + "'\n");
        assertThat(java.toFile().setExecutable(true)).isTrue();
        Path output = folder.resolve("output");
        ProcessBuilder command = new ProcessBuilder(Repository.launcher().toString(), "-t", "streamable-http", "--demo", "1")
                .redirectErrorStream(true).redirectOutput(output.toFile());
        command.environment().remove("JMCP_HOME");
        command.environment().remove("JAVA_OPTS");
        command.environment().put("JAVA", java.toString());
        command.environment().put("JMCP_BUILD", "never");
        command.environment().put("JMCP_CLASS_ARCHIVE", "off");
        Process launcher = command.start();
        assertThat(launcher.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the launcher ends with the JVM").isTrue();

        boolean onRequest = Files.isReadable(TRANSPARENT_HUGE_PAGES)
                && Files.readString(TRANSPARENT_HUGE_PAGES).contains("[madvise]");
        List<String> jvmArguments = Files.readAllLines(arguments);
        assertThat(jvmArguments).as(Files.readString(output))
                .contains("-Xlog:disable", "-Xlog:all=warning:stderr", "io.jmcp.server.http.HttpServerMain");
        if (onRequest) {
            assertThat(jvmArguments).contains("-XX:+UseTransparentHugePages");
        } else {
            assertThat(jvmArguments).doesNotContain("-XX:+UseTransparentHugePages");
        }
    }

    @Test
    void theJvmsOwnWarningsGoToStderrAndStdoutStartsWithTheAnswer() throws Exception {
        assumeThat(Files.readString(Path.of("/proc/sys/vm/nr_hugepages")).strip())
                .as("the JVM warns about -XX:+UseLargePages only where no large pages are configured").isEqualTo("0");
        ProcessBuilder command = new ProcessBuilder(Repository.launcher().toString(), "-t", "stdio", "--demo", "1");
        command.environment().remove("JMCP_HOME");
        command.environment().put("JAVA", Repository.javaExecutable().toString());
        // Explicit large pages (hugetlbfs), in place of the transparent ones bin/jmcp may ask for.
        command.environment().put("JAVA_OPTS", "-XX:-UseTransparentHugePages -XX:+UseLargePages");
        Process server = command.start();
        try {
            CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> readAll(server));
            try (OutputStream stdin = server.getOutputStream()) {
                stdin.write((INITIALIZE + "\n").getBytes(StandardCharsets.UTF_8));
                stdin.flush();
                String firstLine = CompletableFuture.supplyAsync(() -> firstLine(server))
                        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);

                assertThat(firstLine).as("stdout's first line").startsWith("{");
                @SuppressWarnings("unchecked")
                Map<String, Object> answer = McpJsonDefaults.getMapper().readValue(firstLine, Map.class);
                assertThat(answer).containsEntry("id", 1).containsKey("result");
            }
            assertThat(server.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("the server ends with its stdin").isTrue();
            assertThat(stderr.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)).contains("UseLargePages disabled");
        } finally {
            server.destroyForcibly();
        }
    }

    private static String firstLine(Process server) {
        try {
            return new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's stdout", e);
        }
    }

    private static String readAll(Process server) {
        try {
            return new String(server.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the server's stderr", e);
        }
    }
}
