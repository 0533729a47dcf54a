package io.jmcp.tokencli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool as a user runs it: its own JVM, the working directory's {@code .tokens}, real stdout, stderr and exit code. */
class TokenCliProcessTest {

    @TempDir
    Path workingDirectory;

    private record Result(int exitCode, String out, String err) {
    }

    private Result runInWorkingDirectory(String... args) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = Stream.concat(
                Stream.of(java.toString(), "-cp", System.getProperty("java.class.path"), TokenCliMain.class.getName()),
                Stream.of(args)).toList();
        Path out = workingDirectory.resolve("stdout.txt");
        Path err = workingDirectory.resolve("stderr.txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("jmcp-token-cli " + String.join(" ", args) + " did not finish within 60 s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void generatesIntoDotTokensInTheWorkingDirectoryQuietlyThenFailsADuplicateWithExitCode1() throws Exception {
        Result generated = runInWorkingDirectory("generate", "--id", "ci");
        assertThat(generated.exitCode()).isZero();
        assertThat(generated.out()).startsWith("Generated new token:\n");
        assertThat(generated.err()).isEmpty();
        assertThat(workingDirectory.resolve(".tokens")).exists();

        Result duplicate = runInWorkingDirectory("generate", "--id", "ci");
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.out()).isEmpty();
        assertThat(duplicate.err()).isEqualTo("Error: Token ID 'ci' already exists in " + workingDirectory.resolve(".tokens")
                + System.lineSeparator());
    }
}
