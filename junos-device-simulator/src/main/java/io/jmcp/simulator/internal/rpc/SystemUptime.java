package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.CommitRecord;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** {@code get-system-uptime-information} ({@code show system uptime}). */
final class SystemUptime implements OperationalRpc {
    /** Routing protocols come up a minute after boot. */
    private static final Duration PROTOCOL_START = Duration.ofMinutes(1);
    private static final DateTimeFormatter TIME_OF_DAY =
            DateTimeFormatter.ofPattern("h:mma", Locale.ROOT).withZone(ZoneOffset.UTC);

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        Times times = Times.of(context.device());
        XmlWriter xml = new XmlWriter().start("system-uptime-information", context.device().junosNamespace());
        xml.start("current-time").leaf("date-time", JunosTime.format(times.now()), "junos:seconds",
                times.now().getEpochSecond()).end();
        xml.leaf("time-source", " LOCAL CLOCK ");
        since(xml.start("system-booted-time"), times.boot(), times.now()).end();
        since(xml.start("protocols-started-time"), times.protocols(), times.now()).end();
        since(xml.start("last-configured-time"), times.lastCommit().time(), times.now())
                .leaf("user", times.lastCommit().user()).end();
        Duration up = Duration.between(times.boot(), times.now());
        return xml.start("uptime-information")
                .leaf("date-time", TIME_OF_DAY.format(times.now()), "junos:seconds", times.now().getEpochSecond())
                .leaf("up-time", upTime(up), "junos:seconds", up.toSeconds())
                .leaf("active-user-count", times.users(), "junos:format", times.users() + " users")
                .leaf("load-average-1", "0.12").leaf("load-average-5", "0.10").leaf("load-average-15", "0.08")
                .empty("user-table")
                .end().end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        Times times = Times.of(context.device());
        Duration up = Duration.between(times.boot(), times.now());
        return "Current time: " + JunosTime.format(times.now()) + "\n"
                + "Time Source:  LOCAL CLOCK \n"
                + "System booted: " + ago(times.boot(), times.now()) + "\n"
                + "Protocols started: " + ago(times.protocols(), times.now()) + "\n"
                + "Last configured: " + ago(times.lastCommit().time(), times.now()) + " by "
                + times.lastCommit().user() + "\n"
                + TIME_OF_DAY.format(times.now()) + "  up " + upTime(up) + ", " + times.users()
                + " users, load averages: 0.12, 0.10, 0.08\n";
    }

    /** The date-time of {@code then} and how long ago it was. */
    private static XmlWriter since(XmlWriter xml, Instant then, Instant now) {
        Duration length = Duration.between(then, now);
        return xml.leaf("date-time", JunosTime.format(then), "junos:seconds", then.getEpochSecond())
                .leaf("time-length", JunosTime.clockDuration(length), "junos:seconds", length.toSeconds());
    }

    private static String ago(Instant then, Instant now) {
        return JunosTime.format(then) + " (" + JunosTime.clockDuration(Duration.between(then, now)) + " ago)";
    }

    /** "2 days, 3:04" or "3:04" or "5 mins", as the BSD uptime line. */
    private static String upTime(Duration up) {
        String clock = up.toHours() == 0 && up.toDays() == 0
                ? up.toMinutesPart() + " mins"
                : up.toHoursPart() + ":" + String.format("%02d", up.toMinutesPart());
        return up.toDays() > 0 ? up.toDays() + " days, " + clock : clock;
    }

    private record Times(Instant now, Instant boot, Instant protocols, CommitRecord lastCommit, int users) {
        static Times of(DeviceRuntime device) {
            Instant now = device.clock().instant();
            Instant protocols = device.bootTime().plus(PROTOCOL_START);
            return new Times(now, device.bootTime(), protocols.isAfter(now) ? now : protocols,
                    device.store().lastCommit(), device.openSessionCount());
        }
    }
}
