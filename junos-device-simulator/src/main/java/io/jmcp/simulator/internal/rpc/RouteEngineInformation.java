package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.device.JunosTime;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.time.Duration;

/**
 * {@code get-route-engine-information} ({@code show chassis routing-engine}): one master routing
 * engine. Chassis with RE slots (MX, EX) report slot and mastership; SRX and vSRX do not.
 */
final class RouteEngineInformation implements OperationalRpc {
    private static final String REBOOT_REASON = "Router rebooted after a normal shutdown.";

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        DeviceRuntime device = context.device();
        Platform platform = device.spec().platform();
        Duration uptime = Duration.between(device.bootTime(), device.clock().instant());
        XmlWriter xml = new XmlWriter().start("route-engine-information", device.moduleNamespace("chassis"))
                .start("route-engine");
        if (hasSlots(platform)) {
            xml.leaf("slot", 0).leaf("mastership-state", "master").leaf("mastership-priority", "master (default)");
        }
        return xml.leaf("status", "OK")
                .leaf("memory-dram-size", memoryMegabytes(platform) + " MB")
                .leaf("memory-installed-size", "(" + memoryMegabytes(platform) + " MB installed)")
                .leaf("memory-buffer-utilization", 12)
                .leaf("cpu-user", 2).leaf("cpu-background", 0).leaf("cpu-system", 3).leaf("cpu-interrupt", 0)
                .leaf("cpu-idle", 95)
                .leaf("model", platform.routingEngineModel())
                .leaf("serial-number", routingEngineSerial(device))
                .leaf("start-time", JunosTime.format(device.bootTime()), "junos:seconds",
                        device.bootTime().getEpochSecond())
                .leaf("up-time", JunosTime.longDuration(uptime), "junos:seconds", uptime.toSeconds())
                .leaf("last-reboot-reason", REBOOT_REASON)
                .leaf("load-average-one", "0.12").leaf("load-average-five", "0.10").leaf("load-average-fifteen", "0.08")
                .end().end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        DeviceRuntime device = context.device();
        Platform platform = device.spec().platform();
        Duration uptime = Duration.between(device.bootTime(), device.clock().instant());
        StringBuilder text = new StringBuilder("Routing Engine status:\n");
        String indent = "  ";
        if (hasSlots(platform)) {
            indent = "    ";
            text.append("  Slot 0:\n").append(row(indent, "Current state", "Master"))
                    .append(row(indent, "Election priority", "Master (default)"));
        }
        int memory = memoryMegabytes(platform);
        return text.append(row(indent, "DRAM", memory + " MB (" + memory + " MB installed)"))
                .append(row(indent, "Memory utilization", "12 percent"))
                .append(indent).append("CPU utilization:\n")
                .append(row(indent, "  User", "2 percent"))
                .append(row(indent, "  Background", "0 percent"))
                .append(row(indent, "  Kernel", "3 percent"))
                .append(row(indent, "  Interrupt", "0 percent"))
                .append(row(indent, "  Idle", "95 percent"))
                .append(row(indent, "Model", platform.routingEngineModel()))
                .append(row(indent, "Serial ID", routingEngineSerial(device)))
                .append(row(indent, "Start time", JunosTime.format(device.bootTime())))
                .append(row(indent, "Uptime", JunosTime.longDuration(uptime)))
                .append(row(indent, "Last reboot reason", REBOOT_REASON))
                .append(row(indent, "Load averages:", "1 minute   5 minute  15 minute"))
                .append(row(indent, "", "    0.12       0.10       0.08"))
                .toString();
    }

    private static String row(String indent, String label, String value) {
        return String.format("%s%-31s%s\n", indent, label, value);
    }

    private static boolean hasSlots(Platform platform) {
        return platform == Platform.MX || platform == Platform.EX;
    }

    private static int memoryMegabytes(Platform platform) {
        return switch (platform) {
            case MX -> 32768;
            case EX -> 2048;
            case SRX, VSRX -> 4096;
        };
    }

    private static String routingEngineSerial(DeviceRuntime device) {
        String serial = device.spec().serialNumber();
        return serial.substring(0, Math.min(serial.length(), 6)) + "RE0";
    }
}
