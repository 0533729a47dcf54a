package io.jmcp.server.http;

import io.jmcp.core.spi.Caller;
import io.jmcp.core.spi.Scope;
import io.modelcontextprotocol.common.McpTransportContext;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HttpCallersTest {
    private final HttpCallers callers = new HttpCallers();

    private static McpTransportContext contextOf(HttpPrincipal principal) {
        return McpTransportContext.create(Map.of(HttpPrincipal.KEY, principal));
    }

    @Test
    void aReadTokenMayOnlyRead() {
        Caller caller = callers.resolve(contextOf(new HttpPrincipal("dashboard", Scope.READ)));

        assertThat(caller.id()).isEqualTo("dashboard");
        assertThat(caller.scopes()).containsExactly(Scope.READ);
    }

    @Test
    void aConfigTokenMayAlsoRead() {
        Caller caller = callers.resolve(contextOf(new HttpPrincipal("vscode", Scope.CONFIG)));

        assertThat(caller.scopes()).containsExactlyInAnyOrder(Scope.READ, Scope.CONFIG);
    }

    @Test
    void aContextWithoutPrincipalMayDoNothing() {
        Caller caller = callers.resolve(McpTransportContext.EMPTY);

        assertThat(caller.id()).isEqualTo(HttpCallers.UNIDENTIFIED);
        assertThat(caller.scopes()).isEmpty();
    }
}
