package io.jmcp.core.mcp;

import io.jmcp.core.spi.ResourceDefinition;
import io.modelcontextprotocol.util.DefaultMcpUriTemplateManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UriVariablesTest {
    private static final ResourceDefinition CONFIG = ResourceDefinition.builder("junos://devices/{name}/config")
            .name("config").description("d").mimeType("text/plain").deviceVariable("name").build();
    private static final UriVariables VARIABLES = new UriVariables(CONFIG);

    @Test
    void expandsAPlainNameAsItIs() {
        assertThat(VARIABLES.expand("vsim-01")).isEqualTo("junos://devices/vsim-01/config");
    }

    @Test
    void percentEncodesASlashSoTheNameStaysOneSegment() {
        assertThat(VARIABLES.expand("core/1")).isEqualTo("junos://devices/core%2F1/config");
    }

    @ParameterizedTest
    @ValueSource(strings = {"core/1", "r+1", "r%41", "ams.edge_1", "rôuter", "a?b#c", "x~y"})
    void readsBackEveryNameItExpands(String name) {
        String uri = VARIABLES.expand(name);

        assertThat(new DefaultMcpUriTemplateManagerFactory().create(CONFIG.uri()).matches(uri)).isTrue();
        assertThat(VARIABLES.extract(uri)).isEqualTo(Map.of("name", name));
    }

    @Test
    void readsALiteralPlusAsAPlus() {
        assertThat(VARIABLES.extract("junos://devices/r+1/config")).isEqualTo(Map.of("name", "r+1"));
    }

    @Test
    void refusesAMalformedPercentEscapeNamingTheVariable() {
        assertThatThrownBy(() -> VARIABLES.extract("junos://devices/r%4/config"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the value 'r%4' of 'name' is not validly percent-encoded");
    }
}
