package io.jmcp.examples.it;

import io.jmcp.testfixtures.ExternalPeers;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs README commands as a user types them into bash, with one difference: {@code java} is the
 * JDK running the build (its {@code bin} comes first on the PATH). Variables that would redirect
 * the launcher to another installation ({@code JMCP_HOME}, {@code JMCP_PLUGINS}, {@code JAVA})
 * are removed. Servers are started with {@code exec}, so that the process started is the server
 * and stopping it stops the server.
 */
final class Bash {
    static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final List<String> FOREIGN_VARIABLES = List.of("JMCP_HOME", "JMCP_PLUGINS", "JAVA");
    /** Runs its arguments as a program with its arguments (the first one is bash's $0). */
    private static final List<String> EXEC_ARGUMENTS = List.of("-c", "exec \"$@\"", "bash");

    private Bash() {
    }

    /** An HTTP server process started with {@code command} in {@code directory}. */
    static ProcessBuilder server(String command, Path directory) {
        ProcessBuilder process = new ProcessBuilder(bash("-c", "exec " + command)).directory(directory.toFile());
        environment(process.environment());
        return process;
    }

    /** A stdio server started with {@code command} in {@code directory}, for an MCP client on its stdin and stdout. */
    static StdioServer.Builder stdioServer(String command, Path directory) {
        return stdioServerOf(bash("-c", "exec " + command), directory);
    }

    /**
     * A stdio server started with a program and its arguments, as an MCP client's configuration
     * gives them; bash finds the program on the PATH these commands run with.
     */
    static StdioServer.Builder stdioServer(List<String> programAndArguments, Path directory) {
        List<String> arguments = new ArrayList<>(EXEC_ARGUMENTS);
        arguments.addAll(programAndArguments);
        return stdioServerOf(bash(arguments.toArray(String[]::new)), directory);
    }

    private static StdioServer.Builder stdioServerOf(List<String> bashCommandLine, Path directory) {
        StdioServer.Builder server = StdioServer.command(bashCommandLine.get(0),
                        bashCommandLine.subList(1, bashCommandLine.size()).toArray(String[]::new))
                .workingDirectory(directory)
                .environment("PATH", path());
        FOREIGN_VARIABLES.forEach(server::withoutEnvironment);
        return server;
    }

    /** Runs {@code command} in {@code directory} to its end, with nothing on stdin. */
    static CommandResult run(String command, Path directory) {
        return run(new ProcessBuilder(bash("-c", command)).directory(directory.toFile()), command);
    }

    private static CommandResult run(ProcessBuilder builder, String command) {
        try {
            Path output = Files.createTempDirectory("readme-command");
            try {
                return run(builder, command, output.resolve("stdout"), output.resolve("stderr"));
            } finally {
                for (String name : List.of("stdout", "stderr")) {
                    Files.deleteIfExists(output.resolve(name));
                }
                Files.delete(output);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    // Outputs go to files: reading two pipes would need a thread each, or a full pipe could block the command.
    private static CommandResult run(ProcessBuilder builder, String command, Path stdout, Path stderr)
            throws IOException {
        builder.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        environment(builder.environment());
        Process process = builder.start();
        try {
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
                throw new AssertionError("'" + command + "' did not finish within " + TIMEOUT.toSeconds() + " s");
            }
        } catch (InterruptedException interrupted) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while running '" + command + "'", interrupted);
        }
        return new CommandResult(command, process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /**
     * The words of {@code command} as bash splits them (quotes, escapes, continuation lines,
     * variables), read as an array's elements so that nothing of it runs: operators such as
     * {@code ;} or {@code |} are refused as bash's syntax errors.
     */
    static List<String> words(String command) {
        ProcessBuilder split = new ProcessBuilder(bash("-c", "set -f; eval \"words=($1)\" && printf '%s\\0' \"${words[@]}\"",
                "bash", command));
        CommandResult result = run(split, "splitting " + command);
        if (result.exitCode() != 0) {
            throw new AssertionError("bash cannot read the command: " + result.describe());
        }
        return Arrays.asList(result.stdout().split("\0"));
    }

    private static List<String> bash(String... arguments) {
        List<String> commandLine = new ArrayList<>(List.of(ExternalPeers.require("bash", "install it (apt-get install -y bash)").toString(), "--noprofile", "--norc"));
        commandLine.addAll(List.of(arguments));
        return commandLine;
    }

    private static void environment(Map<String, String> environment) {
        FOREIGN_VARIABLES.forEach(environment::remove);
        environment.put("PATH", path());
    }

    private static String path() {
        return Repository.javaExecutable().getParent() + File.pathSeparator + System.getenv().getOrDefault("PATH", "");
    }
}
