package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandWordsTest {

    @Test
    void splitsAsBashDoesWithQuotesAndEscapes() {
        assertThat(CommandWords.of("generate --id vscode-dev --description \"VS Code\" --note 'a b' c\\ d").words())
                .containsExactly("generate", "--id", "vscode-dev", "--description", "VS Code", "--note", "a b", "c d");
    }

    @Test
    void runsNothingOfTheCommand(@TempDir Path directory) {
        Path witness = directory.resolve("ran");

        assertThatThrownBy(() -> CommandWords.of("echo a; touch " + witness))
                .isInstanceOf(AssertionError.class).hasMessageContaining("bash cannot read the command");
        assertThat(witness).doesNotExist();
    }

    @Test
    void findsAnOptionsValueAfterItsName() {
        assertThat(CommandWords.of("bin/jmcp -f devices.json -t stdio").option("-t", "--transport")).contains("stdio");
    }

    @Test
    void findsAnOptionsValueAfterAnEqualsSign() {
        assertThat(CommandWords.of("bin/jmcp --transport=stdio").option("-t", "--transport")).contains("stdio");
    }

    @Test
    void findsNoValueForAnAbsentOption() {
        assertThat(CommandWords.of("bin/jmcp --demo 3").option("-f", "--device-mapping")).isEmpty();
    }
}
