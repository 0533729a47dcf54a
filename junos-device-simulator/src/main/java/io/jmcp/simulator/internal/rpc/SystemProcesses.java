package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.time.Duration;
import java.util.List;

/**
 * {@code get-system-process-information} ({@code show system processes [summary]}): the
 * daemons a Junos routing engine runs (rpd, mgd, chassisd, ...), mostly idle, as {@code top}
 * prints them.
 */
final class SystemProcesses implements OperationalRpc {
    private static final List<Process> PROCESSES = List.of(
            new Process(11, "root", "RUN", "97.27%", "idle"),
            new Process(1520, "root", "kqread", "0.39%", "rpd"),
            new Process(1498, "root", "select", "0.10%", "chassisd"),
            new Process(1512, "root", "select", "0.05%", "mib2d"),
            new Process(1516, "root", "select", "0.02%", "l2ald"),
            new Process(1530, "root", "select", "0.00%", "lldpd"),
            new Process(2210, "root", "select", "0.00%", "mgd"),
            new Process(2212, "root", "select", "0.00%", "sshd"));

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        XmlWriter xml = new XmlWriter().start("system-process-information").start("process-information");
        for (Process process : PROCESSES) {
            xml.start("process").leaf("pid", process.pid()).leaf("username", process.user())
                    .leaf("state", process.state()).leaf("cpu-load", process.cpu()).leaf("command", process.command())
                    .end();
        }
        return xml.end().end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        Duration up = Duration.between(context.device().bootTime(), context.device().clock().instant());
        StringBuilder text = new StringBuilder(String.format("last pid: %d;  load averages:  0.12,  0.09,  0.08  up %s%n"
                        + "%d processes: 1 running, %d sleeping%n%n"
                        + "Mem: 612M Active, 233M Inact, 1024M Wired, 1890M Free%nSwap: 3072M Total, 3072M Free%n%n",
                2212, JunosTime.clockDuration(up), PROCESSES.size(), PROCESSES.size() - 1));
        text.append("  PID USERNAME  STATE    WCPU COMMAND\n");
        for (Process process : PROCESSES) {
            text.append(String.format("%5d %-9s %-8s%6s %s%n", process.pid(), process.user(), process.state(),
                    process.cpu(), process.command()));
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    private record Process(int pid, String user, String state, String cpu, String command) {
    }
}
