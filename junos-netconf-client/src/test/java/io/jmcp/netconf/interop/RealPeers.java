package io.jmcp.netconf.interop;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The rule for tests that need a real third-party peer: with {@code CI=true} a missing peer is a
 * failure (CI installs every peer), elsewhere the test is skipped with the reason.
 */
final class RealPeers {

    private RealPeers() {
    }

    static void requireExecutable(String path) {
        require(Files.isExecutable(Path.of(path)), path);
    }

    static void require(boolean available, String what) {
        if (available) {
            return;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new AssertionError(what + " is missing, and CI=true requires the interoperability tests to run"
                    + " (.ci/run installs their peers)");
        }
        Assumptions.abort(what + " is missing: interoperability test skipped (with CI=true it would fail)");
    }
}
