package io.jmcp.examples.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** The files of the built repository that users run: launcher, jars, README. */
final class Repository {

    private Repository() {
    }

    /** The repository's root folder (failsafe passes it in {@code jmcp.repository.dir}). */
    static Path root() {
        String root = System.getProperty("jmcp.repository.dir");
        if (root == null) {
            throw new IllegalStateException("system property jmcp.repository.dir is not set: run these tests with "
                    + "'mvn verify', which sets it to the repository's root folder");
        }
        return Path.of(root).toAbsolutePath().normalize();
    }

    static Path launcher() {
        return existing(root().resolve("bin/jmcp"));
    }

    static Path stdioServerJar() {
        return existing(root().resolve("jmcp-server-stdio/target/jmcp-server-stdio.jar"));
    }

    static Path readme() {
        return existing(root().resolve("README.md"));
    }

    static Path customToolJar() {
        return existing(root().resolve("examples/custom-tool/target/jmcp-example-custom-tool.jar"));
    }

    static Path embeddedClientJar() {
        return existing(root().resolve("examples/embedded-client/target/jmcp-example-embedded-client.jar"));
    }

    /** The {@code java} of the JVM running the tests, so that the servers run on the JDK of the build. */
    static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    private static Path existing(Path file) {
        if (!Files.exists(file)) {
            throw new IllegalStateException(file + " does not exist: build the repository first (mvn -B verify "
                    + "builds it before the integration tests)");
        }
        return file;
    }
}
