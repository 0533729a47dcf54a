package io.jmcp.core.auth;

import io.jmcp.core.spi.Scope;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ScopeTest {

    @Test
    void readsTheWireNamesUsedInTheTokenFile() {
        assertThat(Scope.fromWireName("read")).isEqualTo(Scope.READ);
        assertThat(Scope.fromWireName("config")).isEqualTo(Scope.CONFIG);
    }

    @Test
    void writesLowerCaseWireNames() {
        assertThat(Scope.READ.wireName()).isEqualTo("read");
        assertThat(Scope.CONFIG.wireName()).isEqualTo("config");
    }

    @Test
    void givesTokensWithoutAScopeFullAccessAsTheSeedDid() {
        assertThat(Scope.DEFAULT).isEqualTo(Scope.CONFIG);
    }

    @Test
    void rejectsAnUnknownScopeNamingTheValidOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.fromWireName("admin"))
                .withMessage("'admin' is not a scope; use read or config");
    }

    @Test
    void isCaseSensitiveLikeTheFileFormat() {
        assertThatIllegalArgumentException().isThrownBy(() -> Scope.fromWireName("READ"));
    }
}
