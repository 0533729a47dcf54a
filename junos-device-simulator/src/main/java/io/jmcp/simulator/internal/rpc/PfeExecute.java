package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;
import java.util.Locale;

/**
 * {@code request-pfe-execute}: a command on the packet forwarding engine's microkernel shell of
 * FPC 0, answered in the shell's {@code SENT}/{@code GOT}/{@code LOCAL} transcript form.
 */
final class PfeExecute implements RpcHandler {
    static final String TARGET = "fpc0";

    @Override
    public String handle(RpcRequest request, RpcContext context) {
        String target = request.text("target").orElseThrow(() ->
                new RpcException(JunosError.invalidValue("missing argument: target")));
        String command = request.text("command").orElseThrow(() ->
                new RpcException(JunosError.invalidValue("missing argument: command")));
        if (!target.toLowerCase(Locale.ROOT).equals(TARGET)) {
            throw new RpcException(JunosError.operationFailed("target " + target + " is not online"));
        }
        StringBuilder transcript = new StringBuilder("\nSENT: Ukern command: ").append(command).append('\n');
        output(command, context.device()).forEach(line ->
                transcript.append("GOT:").append(line.isEmpty() ? "" : " " + line).append('\n'));
        transcript.append("LOCAL: End of file\n");
        return new XmlWriter().start("output").text(transcript.toString()).end().toString();
    }

    private static List<String> output(String command, DeviceRuntime device) {
        String normalized = String.join(" ", command.strip().split("\\s+"));
        return switch (normalized) {
            case "show version" -> List.of("", "Juniper Embedded Microkernel Version " + device.spec().version(),
                    "Built by builder on " + device.bootTime().toString().substring(0, 10),
                    "Copyright (C) 1998-2024, Juniper Networks, Inc.", "All rights reserved.");
            case "show pfe statistics traffic" -> List.of("", "Packet Forwarding Engine traffic statistics:",
                    "    Input  packets:                    0                    0 pps",
                    "    Output packets:                    0                    0 pps");
            default -> List.of("", "Syntax error at '" + normalized.split(" ")[0] + "'");
        };
    }
}
