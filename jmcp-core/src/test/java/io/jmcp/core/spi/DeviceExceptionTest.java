package io.jmcp.core.spi;

import io.jmcp.netconf.error.AuthenticationException;
import io.jmcp.netconf.error.NetconfTimeoutException;
import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.error.RpcErrorException;
import io.jmcp.netconf.error.TransportException;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceExceptionTest {

    @Test
    void namesTheRouterOfALostConnection() {
        assertThat(DeviceException.of("r1", new TransportException("connection refused")).getMessage())
                .isEqualTo("Connection error to router 'r1': connection refused");
    }

    @Test
    void namesTheRouterOfATimeout() {
        assertThat(DeviceException.describe("r1", new NetconfTimeoutException("no reply in 2 s", Duration.ofSeconds(2))))
                .isEqualTo("Timed out on router 'r1': no reply in 2 s");
    }

    @Test
    void namesTheRouterOfAnAuthenticationFailure() {
        assertThat(DeviceException.describe("r1", new AuthenticationException("password rejected")))
                .startsWith("Authentication failed for router 'r1'");
    }

    @Test
    void quotesTheDevicesRpcError() {
        RpcErrorException failure = new RpcErrorException(List.of(new RpcError(RpcError.Severity.ERROR,
                "protocol", "operation-failed", null, "syntax error", null)));

        assertThat(DeviceException.describe("r1", failure)).isEqualTo("Router 'r1' returned an error: error: syntax error");
    }

    @Test
    void keepsTheLibraryExceptionAsCause() {
        TransportException lost = new TransportException("closed");

        assertThat(DeviceException.of("r1", lost).getCause()).isSameAs(lost);
    }
}
