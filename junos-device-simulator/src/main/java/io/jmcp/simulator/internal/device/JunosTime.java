package io.jmcp.simulator.internal.device;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times and durations the way Junos prints them (devices run on UTC). */
public final class JunosTime {
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private JunosTime() {
    }

    /** {@code 2024-05-01 10:00:00 UTC}. */
    public static String format(Instant time) {
        return TIMESTAMP.format(time);
    }

    /** {@code 3 days, 4 hours, 5 minutes, 6 seconds}, omitting leading zero units, as in route-engine up-time. */
    public static String longDuration(Duration duration) {
        long days = duration.toDays();
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " day, " : " days, ");
        }
        if (days > 0 || duration.toHoursPart() > 0) {
            text.append(duration.toHoursPart()).append(" hours, ");
        }
        if (text.length() > 0 || duration.toMinutesPart() > 0) {
            text.append(duration.toMinutesPart()).append(" minutes, ");
        }
        return text.append(duration.toSecondsPart()).append(" seconds").toString();
    }

    /** {@code 3d 04:05} or {@code 04:05:06}, as in the uptime line of {@code show system uptime}. */
    public static String clockDuration(Duration duration) {
        long days = duration.toDays();
        String clock = String.format("%02d:%02d:%02d", duration.toHoursPart(), duration.toMinutesPart(),
                duration.toSecondsPart());
        return days > 0 ? days + "d " + clock : clock;
    }
}
