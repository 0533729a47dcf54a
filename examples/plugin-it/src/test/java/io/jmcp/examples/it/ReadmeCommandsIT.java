package io.jmcp.examples.it;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command of README.md's shell blocks is run by a test, so that the README cannot rot: each
 * belongs to exactly one {@link ReadmeCommandOwner}, whose test takes its commands from the README
 * and runs them. A command no test runs fails here, named with its line.
 */
class ReadmeCommandsIT {
    private static final Readme README = Readme.ofRepository();

    @TestFactory
    Stream<DynamicTest> everyCommandIsRunByExactlyOneTest() {
        return README.commands().stream().map(command -> DynamicTest.dynamicTest(command.toString(), () -> {
            List<ReadmeCommandOwner> owners = ReadmeCommandOwner.of(command);
            assertThat(owners).as(owners.isEmpty()
                    ? "%s%nis run by no test: add a ReadmeCommandOwner for it, with a test that runs it"
                    : "%s%nis claimed by several tests: %s", command, owners).hasSize(1);
        }));
    }

    @Test
    void everyOwnerHasCommandsToRun() {
        assertThat(ReadmeCommandOwner.values()).allSatisfy(owner -> assertThat(owner.commandsIn(README))
                .as("%s finds no command in the README: remove it, or its test runs nothing", owner)
                .isNotEmpty());
    }
}
