package io.jmcp.schemagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schema resource committed in junos-config is what the generator makes of the YANG. */
class CommittedSchemaIsFreshTest {

    @Test
    void committedResourceEqualsAFreshGeneration() throws Exception {
        Path yang = Path.of(System.getProperty("junos.yang.dir", "../../shared/junos-yang/23.4R1"));
        assumeTrue(Files.isDirectory(yang), "Juniper's YANG is not beside the repository: " + yang);
        Path committed = Path.of(System.getProperty("junos.schema.resource",
                "../junos-config/src/main/resources/io/jmcp/netconf/config/junos-schema.txt"));
        String fresh = SchemaGenerator.generate(yang);
        String onDisk = Files.readString(committed, StandardCharsets.UTF_8);
        assertThat(onDisk.equals(fresh))
                .as("%s differs from a fresh generation: regenerate it (junos-schema-generator/README.md)", committed)
                .isTrue();
    }
}
