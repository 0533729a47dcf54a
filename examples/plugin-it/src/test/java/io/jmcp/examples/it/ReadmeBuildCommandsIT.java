package io.jmcp.examples.it;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's Maven commands against {@code .ci/run}, the CI's entry point: each is a command CI
 * runs word for word, or a build CI's build contains (its lifecycle phases come no later than
 * those CI runs, on the whole reactor). The reactor running this test has built the jars the other
 * README tests use.
 */
class ReadmeBuildCommandsIT {
    /** Maven's default lifecycle up to verify, in order (install and deploy publish; CI does neither). */
    private static final List<String> LIFECYCLE = List.of("validate", "compile", "test", "package", "verify");

    @TestFactory
    Stream<DynamicTest> eachMavenCommandIsOneCiRunsOrPartOfIt() throws IOException {
        List<String> ciMavenCommands = Files.readAllLines(Repository.root().resolve(".ci/run")).stream()
                .map(String::strip).filter(line -> line.startsWith("mvn ")).toList();
        assertThat(ciMavenCommands).as(".ci/run runs a Maven build").isNotEmpty();
        int ciLastPhase = ciMavenCommands.stream().mapToInt(command -> lastPhase(Bash.words(command))).max().orElseThrow();

        return ReadmeCommandOwner.MAVEN.commandsIn(Readme.ofRepository()).stream().map(command ->
                DynamicTest.dynamicTest(command.toString(), () -> {
                    if (!ciMavenCommands.contains(command.text())) {
                        assertThat(lastPhase(Bash.words(command.text())))
                                .as("%s runs a phase after those of .ci/run's %s", command, ciMavenCommands)
                                .isLessThanOrEqualTo(ciLastPhase);
                    }
                }));
    }

    /** The index in {@link #LIFECYCLE} of the last phase {@code words} run. */
    private static int lastPhase(List<String> words) {
        List<String> phases = words.subList(1, words.size()).stream().filter(word -> !word.startsWith("-")).toList();
        assertThat(phases).as("phases of %s", words).isNotEmpty().allSatisfy(phase -> assertThat(LIFECYCLE)
                .as("a phase .ci/run can stand for").contains(phase));
        return phases.stream().mapToInt(LIFECYCLE::indexOf).max().orElseThrow();
    }
}
