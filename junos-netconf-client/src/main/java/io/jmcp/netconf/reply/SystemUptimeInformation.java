package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** {@code <system-uptime-information>}: reply to {@code <get-system-uptime-information/>} ("show system uptime"). */
@XmlRootElement(name = "system-uptime-information")
public final class SystemUptimeInformation {
    @XmlElement(name = "current-time")
    private Moment currentTime;
    @XmlElement(name = "time-source")
    private String timeSource;
    @XmlElement(name = "system-booted-time")
    private Moment systemBootedTime;
    @XmlElement(name = "protocols-started-time")
    private Moment protocolsStartedTime;
    @XmlElement(name = "last-configured-time")
    private Moment lastConfiguredTime;
    @XmlElement(name = "uptime-information")
    private Summary uptimeInformation;

    public Moment currentTime() {
        return currentTime;
    }

    /** e.g. {@code NTP CLOCK}, {@code LOCAL CLOCK}. */
    public String timeSource() {
        return timeSource;
    }

    public Moment systemBootedTime() {
        return systemBootedTime;
    }

    public Moment protocolsStartedTime() {
        return protocolsStartedTime;
    }

    /** When the configuration was last committed, and by whom. */
    public Moment lastConfiguredTime() {
        return lastConfiguredTime;
    }

    /** The "uptime" summary line: time, up time, users, load averages. */
    public Summary uptimeInformation() {
        return uptimeInformation;
    }

    /**
     * How long the system has been up: the length since boot, else the summary's up time, else
     * current time minus boot time.
     */
    public Optional<Duration> uptime() {
        return duration(systemBootedTime == null ? null : systemBootedTime.timeLength)
                .or(() -> duration(uptimeInformation == null ? null : uptimeInformation.upTime))
                .or(this::bootToNow);
    }

    private Optional<Duration> bootToNow() {
        Optional<Instant> now = instant(currentTime == null ? null : currentTime.dateTime);
        Optional<Instant> booted = instant(systemBootedTime == null ? null : systemBootedTime.dateTime);
        return now.flatMap(end -> booted.map(start -> Duration.between(start, end)));
    }

    private static Optional<Duration> duration(JunosTime time) {
        return time == null ? Optional.empty() : time.asDuration();
    }

    private static Optional<Instant> instant(JunosTime time) {
        return time == null ? Optional.empty() : time.asInstant();
    }

    /** A moment the device records: when it happened, how long ago, and (for commits) who. */
    public static final class Moment {
        @XmlElement(name = "date-time")
        private JunosTime dateTime;
        @XmlElement(name = "time-length")
        private JunosTime timeLength;
        @XmlElement(name = "user")
        private String user;

        public JunosTime dateTime() {
            return dateTime;
        }

        /** How long ago, e.g. {@code 03:57:14}. */
        public JunosTime timeLength() {
            return timeLength;
        }

        /** Set for the last configuration change only. */
        public String user() {
            return user;
        }
    }

    /** {@code <uptime-information>}: the summary "uptime" prints. */
    public static final class Summary {
        @XmlElement(name = "up-time")
        private JunosTime upTime;
        @XmlElement(name = "active-user-count")
        private Integer activeUserCount;
        @XmlElement(name = "load-average-1")
        private String loadAverage1;
        @XmlElement(name = "load-average-5")
        private String loadAverage5;
        @XmlElement(name = "load-average-15")
        private String loadAverage15;

        public JunosTime upTime() {
            return upTime;
        }

        public Integer activeUserCount() {
            return activeUserCount;
        }

        public String loadAverage1() {
            return loadAverage1;
        }

        public String loadAverage5() {
            return loadAverage5;
        }

        public String loadAverage15() {
            return loadAverage15;
        }
    }
}
