package io.jmcp.tools;

import io.jmcp.core.spi.ToolException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DevicesFileLocationTest {
    @TempDir
    Path temporary;
    private Path directory;

    @BeforeEach
    void createDirectories() throws IOException {
        directory = Files.createDirectories(temporary.resolve("conf"));
        Files.writeString(directory.resolve("lab.json"), "{}");
        Files.createDirectories(directory.resolve("sites"));
        Files.writeString(directory.resolve("sites/east.json"), "{}");
        Files.writeString(temporary.resolve("outside.json"), "{}");
    }

    @Test
    void findsAFileByItsNameInTheDirectory() throws IOException {
        assertThat(DevicesFileLocation.resolve(directory, "lab.json")).isEqualTo(directory.resolve("lab.json").toRealPath());
    }

    @Test
    void findsAFileInASubdirectory() throws IOException {
        assertThat(DevicesFileLocation.resolve(directory, "sites/east.json"))
                .isEqualTo(directory.resolve("sites/east.json").toRealPath());
    }

    @Test
    void acceptsAnAbsolutePathInsideTheDirectory() throws IOException {
        assertThat(DevicesFileLocation.resolve(directory, directory.resolve("lab.json").toString()))
                .isEqualTo(directory.resolve("lab.json").toRealPath());
    }

    @Test
    void refusesToClimbOutOfTheDirectory() {
        assertThatThrownBy(() -> DevicesFileLocation.resolve(directory, "sites/../../outside.json"))
                .isInstanceOf(ToolException.class)
                .hasMessageStartingWith("file_name 'sites/../../outside.json' is outside " + directory);
    }

    @Test
    void refusesAnAbsolutePathOutsideTheDirectory() {
        assertThatThrownBy(() -> DevicesFileLocation.resolve(directory, temporary.resolve("outside.json").toString()))
                .hasMessageContaining("is outside " + directory);
    }

    @Test
    void refusesALinkWhoseTargetIsOutsideTheDirectory() throws IOException {
        Files.createSymbolicLink(directory.resolve("escape.json"), temporary.resolve("outside.json"));

        assertThatThrownBy(() -> DevicesFileLocation.resolve(directory, "escape.json"))
                .hasMessageContaining("is a link to " + temporary.resolve("outside.json").toRealPath() + ", outside");
    }

    @Test
    void followsALinkThatStaysInsideTheDirectory() throws IOException {
        Files.createSymbolicLink(directory.resolve("current.json"), directory.resolve("lab.json"));

        assertThat(DevicesFileLocation.resolve(directory, "current.json"))
                .isEqualTo(directory.resolve("lab.json").toRealPath());
    }

    @Test
    void refusesASubdirectory() {
        assertThatThrownBy(() -> DevicesFileLocation.resolve(directory, "sites"))
                .hasMessage("'sites' in " + directory + " is not a regular file");
    }

    @Test
    void saysWhenTheFileDoesNotExist() {
        assertThatThrownBy(() -> DevicesFileLocation.resolve(directory, "west.json"))
                .hasMessage("Devices file 'west.json' not found in " + directory);
    }
}
