package io.jmcp.server.common;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnusedConvertersTest {
    private String before;

    @Command(name = "sample")
    static final class Sample {
        @Option(names = "--idle")
        Duration idle;

        @Option(names = "--day")
        LocalDate day;
    }

    @BeforeEach
    void remember() {
        before = System.getProperty(UnusedConverters.EXCLUDES);
        System.clearProperty(UnusedConverters.EXCLUDES);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(UnusedConverters.EXCLUDES);
        } else {
            System.setProperty(UnusedConverters.EXCLUDES, before);
        }
    }

    @Test
    void durationsStillConvertAndUnusedTimeTypesNoLonger() {
        UnusedConverters.exclude();
        Sample sample = new Sample();
        CommandLine commandLine = new CommandLine(sample);

        commandLine.parseArgs("--idle", "PT5M");

        assertThat(sample.idle).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> new CommandLine(new Sample()).parseArgs("--day", "2026-12-06"))
                .isInstanceOf(CommandLine.ParameterException.class);
    }

    @Test
    void aValueGivenToTheJvmWins() {
        System.setProperty(UnusedConverters.EXCLUDES, "java\\.sql\\..*");
        UnusedConverters.exclude();

        assertThat(System.getProperty(UnusedConverters.EXCLUDES)).isEqualTo("java\\.sql\\..*");
    }
}
