package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadmeTest {

    @Test
    void readsEachFencedBlockWithItsLanguageAndLine() {
        Readme readme = Readme.parse("""
                # jmcp
                ```sh
                mvn -B verify
                ```
                text
                ```json
                {}
                ```
                """);

        assertThat(readme.blocks()).containsExactly(new FencedBlock("sh", 2, "mvn -B verify\n"),
                new FencedBlock("json", 6, "{}\n"));
    }

    @Test
    void givesABlockWithoutLanguageAnEmptyOne() {
        assertThat(Readme.parse("```\nset system services netconf ssh\n```\n").blocks())
                .extracting(FencedBlock::language).containsExactly("");
    }

    @Test
    void refusesABlockThatIsNeverClosed() {
        assertThatThrownBy(() -> Readme.parse("intro\n```sh\nmvn -B verify\n"))
                .isInstanceOf(AssertionError.class)
                .hasMessage("README.md line 2: the ``` block opened here is never closed");
    }

    @Test
    void takesTheCommandsOfShellBlocksOnly() {
        Readme readme = Readme.parse("""
                ```sh
                mvn -B verify
                ```
                ```json
                {"mvn": 1}
                ```
                ```bash
                bin/jmcp -t stdio
                ```
                """);

        assertThat(readme.commands()).containsExactly(new ShellCommand("mvn -B verify", 2),
                new ShellCommand("bin/jmcp -t stdio", 8));
    }

    @Test
    void joinsContinuationLinesIntoOneCommand() {
        FencedBlock block = new FencedBlock("sh", 10, """
                docker run --rm -it \\
                    -p 30030:30030 jmcp:latest
                """);

        assertThat(block.commands()).containsExactly(new ShellCommand("docker run --rm -it -p 30030:30030 jmcp:latest", 11));
    }

    @Test
    void takesCommandsJoinedByAndOneByOne() {
        FencedBlock block = new FencedBlock("sh", 1, "mvn -B -q -DskipTests package && java -jar a.jar --demo 3\n");

        assertThat(block.commands()).extracting(ShellCommand::text)
                .containsExactly("mvn -B -q -DskipTests package", "java -jar a.jar --demo 3");
    }

    @Test
    void skipsCommentsAndBlankLines() {
        FencedBlock block = new FencedBlock("sh", 1, "# generate a token\n\njmcp-token-cli list\n");

        assertThat(block.commands()).containsExactly(new ShellCommand("jmcp-token-cli list", 4));
    }

    @Test
    void takesOnlyThePromptedLinesOfAConsoleSession() {
        FencedBlock block = new FencedBlock("console", 1, """
                $ jmcp-token-cli revoke --id vscode-dev
                Token 'vscode-dev' has been revoked
                """);

        assertThat(block.commands()).containsExactly(new ShellCommand("jmcp-token-cli revoke --id vscode-dev", 2));
    }
}
