package io.jmcp.testfixtures;

import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.fail;

/** Real third-party programs the tests run: missing ones fail the build in CI and skip the test elsewhere. */
public final class ExternalPeers {

    private ExternalPeers() {
    }

    /** The program on the PATH, or the test stops (failing when {@code CI=true}). */
    public static Path require(String program, String howToInstall) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(directory, program);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return missing(program + " is not on the PATH; " + howToInstall);
    }

    /** Stops the test because {@code what} is missing: a failure in CI, a skip elsewhere. */
    public static <T> T missing(String what) {
        if ("true".equals(System.getenv("CI"))) {
            fail(what);
        }
        Assumptions.abort(what);
        return null;
    }
}
