package io.jmcp.server.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** The chosen level applies everywhere, except that libraries printing message contents stay above their floor. */
class LogLevelTest {
    private static final String SSHD_PACKETS = "org.apache.sshd.common.session.helpers.AbstractSession";
    private static final String SDK_STDIO = "io.modelcontextprotocol.server.transport.StdioServerTransportProvider";

    private final LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();

    @AfterEach
    void restoreTheDefaults() {
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
        LogLevel.FLOORS.keySet().forEach(name -> context.getLogger(name).setLevel(null));
        LogLevel.CHATTY_AT_INFO.forEach(name -> context.getLogger(name).setLevel(null));
    }

    private Level effective(String loggerName) {
        Logger logger = context.getLogger(loggerName);
        return logger.getEffectiveLevel();
    }

    @Test
    void setsTheChosenLevelOnTheRootLogger() {
        LogLevel.DEBUG.apply();

        assertThat(effective("io.jmcp.core.pool.SessionPool")).isEqualTo(Level.DEBUG);
    }

    @Test
    void keepsMinaSshdAtDebugWhenTraceIsChosen() {
        LogLevel.TRACE.apply();

        assertThat(effective(SSHD_PACKETS)).isEqualTo(Level.DEBUG);
        assertThat(effective("io.jmcp.netconf.NetconfSession")).isEqualTo(Level.TRACE);
    }

    @Test
    void keepsTheMcpSdkAtInfoWhenDebugIsChosen() {
        LogLevel.DEBUG.apply();

        assertThat(effective(SDK_STDIO)).isEqualTo(Level.INFO);
        assertThat(effective("io.modelcontextprotocol.spec.McpSchema")).isEqualTo(Level.INFO);
    }

    @Test
    void quietsTheLibrariesTooWhenAQuieterLevelIsChosen() {
        LogLevel.WARN.apply();

        assertThat(effective(SSHD_PACKETS)).isEqualTo(Level.WARN);
        assertThat(effective(SDK_STDIO)).isEqualTo(Level.WARN);
    }

    @Test
    void keepsLibraryChatterOutOfTheInfoLines() {
        LogLevel.INFO.apply();

        assertThat(effective("org.apache.sshd.common.util.security.bouncycastle.BouncyCastleSecurityProviderRegistrar"))
                .isEqualTo(Level.WARN);
        assertThat(effective("org.xnio.nio")).isEqualTo(Level.WARN);
        assertThat(effective("io.undertow")).isEqualTo(Level.WARN);
        assertThat(effective("io.modelcontextprotocol.server.McpAsyncServer")).isEqualTo(Level.WARN);
        assertThat(effective("io.jmcp.simulator.internal.ssh.FleetSshServer$PortBindingSshServer")).isEqualTo(Level.WARN);
        assertThat(effective("io.jmcp.server.http.HttpServerMain")).isEqualTo(Level.INFO);
        assertThat(effective("io.jmcp.simulator.internal.device.ConfigurationStore")).isEqualTo(Level.INFO);
    }

    @Test
    void showsTheLibrariesInfoLinesFromDebugOn() {
        LogLevel.DEBUG.apply();

        assertThat(effective("org.xnio.nio")).isEqualTo(Level.DEBUG);
        assertThat(effective("org.apache.sshd.server.session.ServerSessionImpl")).isEqualTo(Level.DEBUG);
    }
}
