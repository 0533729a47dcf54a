package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlValue;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A Junos time value: display text plus a {@code junos:seconds} attribute, which is seconds
 * since the epoch for a point in time ({@code <start-time>}, {@code <date-time>}) and a length
 * of time for a duration ({@code <up-time>}, {@code <time-length>}).
 */
public final class JunosTime {
    @XmlAttribute(name = "seconds")
    private Long seconds;
    @XmlValue
    private String text;

    /** As displayed, e.g. {@code 16 hours, 52 minutes} or {@code 2014-04-14 19:46:53 PDT}. */
    public String text() {
        return text;
    }

    /** The {@code seconds} attribute, or null when absent. */
    public Long seconds() {
        return seconds;
    }

    public Optional<Duration> asDuration() {
        return Optional.ofNullable(seconds).map(Duration::ofSeconds);
    }

    public Optional<Instant> asInstant() {
        return Optional.ofNullable(seconds).map(Instant::ofEpochSecond);
    }
}
