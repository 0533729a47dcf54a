package io.jmcp.examples.it;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadmePortTest {

    @Test
    void letsAServerPickAFreePortInsteadOfTheReadmes() {
        assertThat(ReadmePort.ephemeral("bin/jmcp -f devices.json -t streamable-http -H 127.0.0.1 -p 30030"))
                .isEqualTo("bin/jmcp -f devices.json -t streamable-http -H 127.0.0.1 -p 0");
    }

    @Test
    void replacesAPortGivenWithTheLongOption() {
        assertThat(ReadmePort.ephemeral("java -jar jmcp-server-http.jar --port=8080 --demo 1"))
                .isEqualTo("java -jar jmcp-server-http.jar --port=0 --demo 1");
    }

    @Test
    void givesAServerWithoutPortAFreeOne() {
        assertThat(ReadmePort.ephemeral("bin/jmcp -f devices.json")).isEqualTo("bin/jmcp -f devices.json -p 0");
    }

    @Test
    void leavesOtherNumbersAlone() {
        assertThat(ReadmePort.ephemeral("java -jar jmcp-server-http.jar --demo 30030 -p 30030"))
                .isEqualTo("java -jar jmcp-server-http.jar --demo 30030 -p 0");
    }

    @Test
    void sendsAClientToTheServersPort() {
        assertThat(ReadmePort.clientOf("curl -X POST \"http://127.0.0.1:30030/mcp/\"", 41234))
                .isEqualTo("curl -X POST \"http://127.0.0.1:41234/mcp/\"");
    }

    @Test
    void leavesLongerPortsOfClientsAlone() {
        assertThat(ReadmePort.clientOf("http://127.0.0.1:300301/mcp", 41234)).isEqualTo("http://127.0.0.1:300301/mcp");
    }
}
