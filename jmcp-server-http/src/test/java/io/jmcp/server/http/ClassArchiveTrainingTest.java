package io.jmcp.server.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The training session bin/jmcp runs to make the HTTP server's class-data archive, in its own JVM as
 * bin/jmcp runs it (here without -XX:DumpLoadedClassList, which lists classes from jars only and the
 * test class path has folders). A session that fails (a request refused, the server not starting) exits
 * non-zero, and bin/jmcp then starts without an archive.
 */
class ClassArchiveTrainingTest {
    private static final long TRAINING_TIMEOUT_SECONDS = 300;

    @Test
    void answersAClientsFirstRequestsLoadingTheClassesOfTheFirstToolCall(@TempDir Path folder) throws Exception {
        Path output = folder.resolve("training.log");
        Path temporary = Files.createDirectory(folder.resolve("tmp"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process training = new ProcessBuilder(List.of(java.toString(), "-Xlog:class+load:file=" + folder.resolve("classes.log"),
                "-Djava.io.tmpdir=" + temporary, "-cp", System.getProperty("java.class.path"),
                ClassArchiveTraining.class.getName()))
                .directory(folder.toFile()).redirectErrorStream(true).redirectOutput(output.toFile()).start();
        boolean ended = training.waitFor(TRAINING_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (!ended) {
            training.destroyForcibly().waitFor();
        }

        assertThat(ended).as("training ended").isTrue();
        assertThat(training.exitValue()).as(log(output)).isZero();
        // The first tool call's path ran, behind a token check: the command tool, the SSH client and the
        // bearer-token filter were loaded.
        assertThat(Files.readString(folder.resolve("classes.log")))
                .contains("io.jmcp.tools.ExecuteJunosCommand ", "org.apache.sshd.client.session.ClientSessionImpl ",
                        "io.jmcp.server.http.McpEndpointServlet ", "io.jmcp.server.http.BearerAuthFilter ",
                        "io.jmcp.core.auth.TokenStore ");
        assertThat(temporary).as("the training's token file and its folder are gone").isEmptyDirectory();
    }

    private static String log(Path output) throws IOException {
        return Files.readString(output, StandardCharsets.UTF_8);
    }
}
