package io.jmcp.benchmarks.process;

import java.nio.file.Files;
import java.nio.file.Path;

/** What every benchmark main does before it measures anything. */
public final class BenchmarkSetup {
    private static final String DEFAULT_STDIO_JAR = "jmcp-server-stdio/target/jmcp-server-stdio.jar";

    private BenchmarkSetup() {
    }

    /**
     * The simulator's quiet stderr logging instead of Logback's debug default, which would log every
     * message and be measured too. Must run before any logger exists; an explicit
     * {@code -Dlogback.configurationFile} still wins.
     */
    public static void quietLogging() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "simulator-logback.xml");
        }
    }

    /** The stdio server jar named by {@code --jar} (default: the reactor's); exits 2 saying how to build it when absent. */
    public static Path stdioServerJar(CommandLine options) {
        Path jar = Path.of(options.value("--jar", DEFAULT_STDIO_JAR));
        if (!Files.isRegularFile(jar)) {
            System.err.println("No server jar at " + jar + "; build it with: mvn -B -q -DskipTests package");
            System.exit(2);
        }
        return jar;
    }
}
