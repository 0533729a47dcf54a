package io.jmcp.server.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The servers' Logback set-up: INFO on stderr only, unless a configuration file is named. */
class StderrLoggingTest {
    private static final String CONFIGURATION_FILE = "logback.configurationFile";

    @Test
    void logsAtInfoToStderrOnlyAndStopsLogbackLookingForAnXmlFile() {
        LoggerContext context = new LoggerContext();

        ExecutionStatus status = configure(context);

        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        List<Appender<ILoggingEvent>> appenders = new ArrayList<>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);
        assertThat(status).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        assertThat(appenders).singleElement().isInstanceOfSatisfying(ConsoleAppender.class, stderr -> {
            assertThat(stderr.getTarget()).isEqualTo("System.err");
            assertThat(stderr.isStarted()).isTrue();
            assertThat(((PatternLayoutEncoder) stderr.getEncoder()).getPattern()).isEqualTo(StderrLogging.PATTERN);
        });
    }

    @Test
    void leavesANamedConfigurationFileToLogback() {
        LoggerContext context = new LoggerContext();
        String before = System.getProperty(CONFIGURATION_FILE);
        System.setProperty(CONFIGURATION_FILE, "elsewhere-logback.xml");
        try {
            assertThat(configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).iteratorForAppenders().hasNext()).isFalse();
        } finally {
            if (before == null) {
                System.clearProperty(CONFIGURATION_FILE);
            } else {
                System.setProperty(CONFIGURATION_FILE, before);
            }
        }
    }

    private static ExecutionStatus configure(LoggerContext context) {
        StderrLogging configurator = new StderrLogging();
        configurator.setContext(context);
        return configurator.configure(context);
    }
}
