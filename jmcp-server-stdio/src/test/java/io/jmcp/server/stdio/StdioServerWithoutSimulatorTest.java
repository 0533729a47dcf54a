package io.jmcp.server.stdio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A deployment that leaves the simulator out (jmcp-demo and junos-device-simulator off the class
 * path): the server has no compile-time need of them, and {@code --demo} says what is missing.
 */
class StdioServerWithoutSimulatorTest {
    /** Reactor class folders (.../jmcp-demo/target/classes) and repository jars (jmcp-demo-0.1.0.jar). */
    private static final Pattern DEMO_ENTRY = Pattern.compile(".*[/\\\\](jmcp-demo|junos-device-simulator)([/\\\\-]).*");

    @Test
    void refusesTheDemoWithAClearMessageAndExitsWithTheConfigurationCode() {
        List<String> entries = Arrays.asList(McpServerProcess.testClassPath().split(File.pathSeparator));
        String trimmed = entries.stream().filter(entry -> !DEMO_ENTRY.matcher(entry).matches())
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(entries.stream().filter(entry -> DEMO_ENTRY.matcher(entry).matches()))
                .as("the simulator's and jmcp-demo's class path entries").hasSize(2);

        try (RawServerProcess server = RawServerProcess.startOnClassPath(trimmed, "--demo", "1", "-t", "stdio")) {
            assertThat(server.awaitExit()).isEqualTo(StdioServerMain.EXIT_CONFIGURATION);
            assertThat(server.stdout()).isEmpty();
            assertThat(server.stderr()).containsExactly("--demo needs the Junos device simulator, which this"
                    + " installation leaves out (jmcp-demo and junos-device-simulator are not on the class path):"
                    + " serve real devices with -f/--device-mapping FILE, or use a jmcp build that includes the"
                    + " simulator.");
        }
    }
}
