package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DockerRunTest {

    private static DockerRun run(String command) {
        return DockerRun.of(new ShellCommand(command, 1));
    }

    @Test
    void readsOptionsImageAndArguments() {
        DockerRun run = run("docker run --rm -it -v /srv/jmcp:/app/config -p 8080:30030 jmcp:latest -t streamable-http");

        assertThat(run.has("-i", "--interactive")).isTrue();
        assertThat(run.has("-t", "--tty")).isTrue();
        assertThat(run.mountedPaths()).containsExactly("/app/config");
        assertThat(run.publishedContainerPorts()).containsExactly(30030);
        assertThat(run.image()).isEqualTo("jmcp:latest");
        assertThat(run.arguments()).containsExactly("-t", "streamable-http");
    }

    @Test
    void readsOptionsGivenWithEquals() {
        DockerRun run = run("docker run --volume=/srv/jmcp:/app/config:ro --publish=127.0.0.1:8080:30030/tcp jmcp:1");

        assertThat(run.mountedPaths()).containsExactly("/app/config");
        assertThat(run.publishedContainerPorts()).containsExactly(30030);
    }

    @Test
    void runsTheEntryPointWithTheImagesCommandWhenGivenNoArguments() {
        assertThat(run("docker run -i jmcp:latest").containerCommand(List.of("/app/bin/jmcp"), List.of("-t", "stdio")))
                .containsExactly("/app/bin/jmcp", "-t", "stdio");
    }

    @Test
    void runsTheEntryPointWithItsArgumentsInsteadOfTheImagesCommand() {
        assertThat(run("docker run -i jmcp:latest -t streamable-http")
                .containerCommand(List.of("/app/bin/jmcp"), List.of("-t", "stdio")))
                .containsExactly("/app/bin/jmcp", "-t", "streamable-http");
    }

    @Test
    void refusesAnOptionItDoesNotKnow() {
        assertThatThrownBy(() -> run("docker run --privileged jmcp:latest")).isInstanceOf(AssertionError.class)
                .hasMessageContaining("does not know the docker run option --privileged");
    }
}
