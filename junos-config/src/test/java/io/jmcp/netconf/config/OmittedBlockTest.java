package io.jmcp.netconf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jmcp.netconf.ConfigFormat;
import org.junit.jupiter.api.Test;

/** Text as Junos prints it under {@code apply-flags omit}: {@code login { /* OMITTED *}{@code / };}. */
class OmittedBlockTest {

    @Test
    void readsTheSemicolonJunosPrintsAfterAnOmittedBlock() {
        Configuration parsed = Configuration.parse("""
                system {
                    login {
                        /* OMITTED */
                    };
                    host-name r1;
                }
                """, ConfigFormat.TEXT);

        assertThat(parsed.toSet()).isEqualTo("set system host-name r1\nset system login\n");
    }

    @Test
    void stillRefusesAStraySemicolon() {
        assertThatThrownBy(() -> Configuration.parse("system {\n    host-name r1;\n    ;\n}\n", ConfigFormat.TEXT))
                .isInstanceOf(ConfigSyntaxException.class)
                .hasMessage("line 3: syntax error, expecting <statement> or <identifier> (at ';')");
    }
}
