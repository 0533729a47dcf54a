package io.jmcp.schemagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each resource committed in junos-config or junos-netconf-client is what its generator makes of Juniper's YANG. */
class CommittedResourcesAreFreshTest {

    /** A generator of one committed resource from the YANG directory. */
    @FunctionalInterface
    interface Generator {
        String generate(Path yang) throws IOException;
    }

    static Stream<Arguments> generatedResources() {
        return Stream.of(
                Arguments.of("schema", (Generator) SchemaGenerator::generate, System.getProperty(
                        "junos.schema.resource",
                        "../junos-config/src/main/resources/io/jmcp/netconf/config/junos-schema.txt")),
                Arguments.of("commands", (Generator) CommandGenerator::generate, System.getProperty(
                        "junos.commands.resource",
                        "../junos-netconf-client/src/main/resources/io/jmcp/netconf/command/junos-commands.txt")));
    }

    @ParameterizedTest(name = "the committed {0} resource")
    @MethodSource("generatedResources")
    void equalsAFreshGeneration(String resource, Generator generator, String committedPath) throws IOException {
        Path yang = Path.of(System.getProperty("junos.yang.dir", "../../shared/junos-yang/23.4R1"));
        assumeTrue(Files.isDirectory(yang), "Juniper's YANG is not beside the repository: " + yang);
        Path committed = Path.of(committedPath);
        String fresh = generator.generate(yang);
        String onDisk = Files.readString(committed, StandardCharsets.UTF_8);
        assertThat(onDisk.equals(fresh))
                .as("%s differs from a fresh generation: regenerate it (junos-schema-generator/README.md)", committed)
                .isTrue();
    }
}
