package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadmeQuickStartTest {

    @Test
    void takesTheServerCommandAfterTheBuild() {
        String readme = """
                # jmcp
                ```sh
                mvn -B -q -DskipTests package && java -jar jmcp-server-stdio/target/jmcp-server-stdio.jar --demo 3
                ```
                ```sh
                mvn -B verify
                ```
                """;

        assertThat(ReadmeQuickStart.serverCommand(readme))
                .isEqualTo("java -jar jmcp-server-stdio/target/jmcp-server-stdio.jar --demo 3");
    }

    @Test
    void readsCommandsOnSeparateLines() {
        String readme = """
                ```sh
                mvn -B -q -DskipTests package
                bin/jmcp -t stdio --demo 3
                ```
                """;

        assertThat(ReadmeQuickStart.serverCommand(readme)).isEqualTo("bin/jmcp -t stdio --demo 3");
    }

    @Test
    void refusesABlockWithSeveralServerCommands() {
        String readme = """
                ```sh
                java -jar a.jar && java -jar b.jar
                ```
                """;

        assertThatThrownBy(() -> ReadmeQuickStart.serverCommand(readme))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("[java -jar a.jar, java -jar b.jar]");
    }

    @Test
    void refusesAReadmeWithoutShellBlock() {
        assertThatThrownBy(() -> ReadmeQuickStart.serverCommand("# jmcp\n```json\n{}\n```\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no ```sh block");
    }
}
