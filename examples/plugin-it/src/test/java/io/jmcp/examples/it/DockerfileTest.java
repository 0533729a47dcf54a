package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class DockerfileTest {
    private static final Dockerfile TWO_STAGES = Dockerfile.parse("""
            # build
            FROM maven:3.9.16-eclipse-temurin-17-noble AS build
            WORKDIR /src
            RUN mvn -B -q \\
                -DskipTests package

            FROM eclipse-temurin:17.0.20_8-jre-noble
            WORKDIR /app
            COPY --from=build /src/a/target/a.jar lib/
            ENTRYPOINT ["/app/bin/jmcp"]
            CMD ["-f", "/app/config/devices.json"]
            """);

    @Test
    void groupsInstructionsIntoStages() {
        assertThat(TWO_STAGES.stages()).extracting(Dockerfile.Stage::image, Dockerfile.Stage::name).containsExactly(
                tuple("maven:3.9.16-eclipse-temurin-17-noble", Optional.of("build")),
                tuple("eclipse-temurin:17.0.20_8-jre-noble", Optional.empty()));
    }

    @Test
    void joinsContinuationLinesAndKeepsTheFirstLineNumber() {
        Dockerfile.Instruction run = TWO_STAGES.stage("build").last("RUN").orElseThrow();

        assertThat(run.arguments()).isEqualTo("mvn -B -q -DskipTests package");
        assertThat(run.line()).isEqualTo(4);
    }

    @Test
    void readsFlagsApartFromOperands() {
        Dockerfile.Instruction copy = TWO_STAGES.image().last("COPY").orElseThrow();

        assertThat(copy.flag("from")).contains("build");
        assertThat(copy.operands()).containsExactly("/src/a/target/a.jar", "lib/");
    }

    @Test
    void readsTheExecFormAsJson() {
        assertThat(TWO_STAGES.image().last("CMD").orElseThrow().execForm())
                .containsExactly("-f", "/app/config/devices.json");
    }

    @Test
    void refusesTheShellFormWhereTheExecFormIsNeeded() {
        Dockerfile.Instruction shellForm = Dockerfile.parse("FROM a:1.2.3\nCMD java -jar a.jar\n").image()
                .last("CMD").orElseThrow();

        assertThatThrownBy(shellForm::execForm).isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Dockerfile line 2: CMD is in shell form");
    }

    @Test
    void refusesAnInstructionBeforeTheFirstFrom() {
        assertThatThrownBy(() -> Dockerfile.parse("WORKDIR /app\nFROM a:1.2.3\n")).isInstanceOf(AssertionError.class)
                .hasMessage("Dockerfile line 1: WORKDIR before the first FROM");
    }

    @Test
    void givesTheWorkingDirectoryAStageEndsIn() {
        assertThat(TWO_STAGES.stages()).extracting(Dockerfile.Stage::workdir).isEqualTo(List.of("/src", "/app"));
    }
}
