package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.Platform;
import io.jmcp.simulator.internal.device.DeviceRuntime;
import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code request-pfe-execute}: a command on the packet forwarding engine's microkernel shell of
 * FPC 0, answered in the shell's {@code SENT}/{@code GOT}/{@code LOCAL} transcript form. A
 * command the shell does not know gets its {@code Syntax error at 'WORD'} inside the transcript,
 * not as an rpc-error, as on a real router.
 */
final class PfeExecute implements RpcHandler {
    static final String TARGET = "fpc0";
    private static final Pattern JNH_POOL_USAGE = Pattern.compile("show jnh \\d+ pool usage");
    /** A Trio PFE's memory pools, as {@code show jnh 0 pool usage} draws them. */
    private static final List<String> JNH_POOL_USAGE_OUTPUT = List.of("",
            "EDMEM overall usage:",
            "[NH//////////|FW///|CNTR//////|HASH/////|ENCAPS///|--------------------------------]",
            "0         7.0       14.0      21.0      28.0      35.0      42.0      49.0    56.0M",
            "",
            "Next Hop",
            "[*****|-----------------------] 16.0M (18% | 82%)",
            "",
            "Firewall",
            "[*|----------] 4.0M (8% | 92%)",
            "",
            "Counters",
            "[***|------------------] 10.0M (14% | 86%)",
            "",
            "HASH",
            "[**|-------------] 7.6M (12% | 88%)",
            "",
            "ENCAPS",
            "[*|---------] 3.5M (9% | 91%)",
            "",
            "Shared Memory - NH/FW/CNTR/HASH/ENCAPS",
            "[-------------------------------] 14.9M (0% | 100%)");

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
        List<String> words = List.of(command.strip().split("\\s+"));
        String normalized = String.join(" ", words);
        if (normalized.equals("show version")) {
            return List.of("", "Juniper Embedded Microkernel Version " + device.spec().version(),
                    "Built by builder on " + device.bootTime().toString().substring(0, 10),
                    "Copyright (C) 1998-2024, Juniper Networks, Inc.", "All rights reserved.");
        }
        if (normalized.equals("show pfe statistics traffic")) {
            return List.of("", "Packet Forwarding Engine traffic statistics:",
                    "    Input  packets:                    0                    0 pps",
                    "    Output packets:                    0                    0 pps");
        }
        if (device.spec().platform() == Platform.MX && JNH_POOL_USAGE.matcher(normalized).matches()) {
            return JNH_POOL_USAGE_OUTPUT;
        }
        return List.of("", "Syntax error at '" + firstUnknownWord(words, device.spec().platform()) + "'");
    }

    /**
     * Where the shell stops understanding: the first word that continues no known command, as
     * its parser reports it ({@code show bogus} fails at {@code bogus}, {@code bogus} at itself).
     */
    private static String firstUnknownWord(List<String> words, Platform platform) {
        List<List<String>> known = new ArrayList<>(List.of(List.of("show", "version"),
                List.of("show", "pfe", "statistics", "traffic")));
        if (platform == Platform.MX) {
            known.add(List.of("show", "jnh", "0", "pool", "usage"));
        }
        int understood = 0;
        for (List<String> command : known) {
            int common = 0;
            while (common < Math.min(command.size(), words.size()) && command.get(common).equals(words.get(common))) {
                common++;
            }
            understood = Math.max(understood, common);
        }
        return understood < words.size() ? words.get(understood) : words.get(words.size() - 1);
    }
}
