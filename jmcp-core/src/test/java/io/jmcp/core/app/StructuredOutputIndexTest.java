package io.jmcp.core.app;

import io.jmcp.core.spi.StructuredOutput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StructuredOutputIndexTest {
    record WrittenAtBuild(String name) {
    }

    record Listed(String routerName, int count) {
    }

    record Unlisted(String anything) {
    }

    @Test
    void aSchemaWrittenAtBuildIsReadInsteadOfGenerated() {
        assertThat(StructuredOutput.schemaOf(WrittenAtBuild.class))
                .isEqualTo("{\"type\":\"object\",\"description\":\"written at build time\"}");
    }

    @Test
    void aRecordWithoutAWrittenSchemaIsGenerated() {
        assertThat(StructuredOutput.schemaOf(Listed.class)).contains("\"router_name\"", "\"count\"");
    }

    @Test
    void writesEveryRecordOfTheFolderAndRemovesWhatAnEarlierBuildLeft(@TempDir Path classes) throws Exception {
        copyClass(Listed.class, classes);
        copyClass(StructuredOutputIndexTest.class, classes);
        Path index = classes.resolve(StructuredOutput.INDEX_FOLDER);
        Files.createDirectories(index);
        Files.writeString(index.resolve(Unlisted.class.getName() + ".json"), "{\"stale\":true}");

        StructuredOutputIndex.main(new String[] {classes.toString()});

        try (var written = Files.list(index)) {
            assertThat(written.map(file -> file.getFileName().toString()))
                    .containsExactly(Listed.class.getName() + ".json");
        }
        assertThat(Files.readString(index.resolve(Listed.class.getName() + ".json")))
                .isEqualTo(StructuredOutput.schemaOf(Listed.class));
    }

    @Test
    void refusesAnythingButOneFolder() {
        assertThatThrownBy(() -> StructuredOutputIndex.main(new String[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("usage");
    }

    private static void copyClass(Class<?> type, Path classes) throws IOException, URISyntaxException {
        Path compiled = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(type.getName().replace('.', '/') + ".class");
        Path copy = classes.resolve(type.getName().replace('.', '/') + ".class");
        Files.createDirectories(copy.getParent());
        Files.copy(compiled, copy);
    }
}
