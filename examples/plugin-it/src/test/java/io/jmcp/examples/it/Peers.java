package io.jmcp.examples.it;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.fail;

/** Programs of the machine the README's commands need (bash, curl): missing ones fail the build in CI and skip the test elsewhere. */
final class Peers {

    private Peers() {
    }

    /** The program on the PATH, or the test stops (failing when {@code CI=true}). */
    static Path require(String program) {
        Optional<Path> found = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .findFirst();
        if (found.isPresent()) {
            return found.get();
        }
        String missing = program + " is not on the PATH; install it (apt-get install -y " + program + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(missing);
        }
        Assumptions.abort(missing);
        throw new AssertionError("unreachable: the assumption aborts the test");
    }
}
