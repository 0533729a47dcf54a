package io.jmcp.core.app;

import io.jmcp.netconf.ssh.SshConnector;
import io.modelcontextprotocol.json.McpJsonDefaults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

/**
 * Prepares, on a background thread started with the server (in parallel with building it), what a
 * first tool call needs and building the server does not:
 * <ul>
 *   <li>the SDK's JSON schema validator, which checks each tool's output schema when the tools are
 *       served and each call's structured result (a tenth of a second to make in a cold JVM);</li>
 *   <li>the SSH client (MINA SSHD, its I/O service, the BouncyCastle provider: about 250 ms).</li>
 * </ul>
 * Started once the server was ready, it was still running when a client's first tool call, sent
 * right after initialize, needed it. Nothing is connected: starting a server never logs in to a router.
 */
final class FirstCallWarmUp {
    private static final Logger log = LoggerFactory.getLogger(FirstCallWarmUp.class);

    private FirstCallWarmUp() {
    }

    static void start() {
        Thread warmUp = new Thread(FirstCallWarmUp::run, "jmcp-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
    }

    private static void run() {
        try {
            // A first check reads and compiles the JSON Schema meta-schema, most of the validator's cost.
            McpJsonDefaults.getSchemaValidator().validateSchema(Map.of("type", "object"));
            StartupTrace.mark("schema validator ready");
            SshConnector.shared();
            StartupTrace.mark("SSH client ready");
        } catch (RuntimeException failure) {
            // What needs them will make them again and report what is wrong.
            log.debug("Preparing for the first tool call failed: {}", failure.toString());
        }
    }
}
