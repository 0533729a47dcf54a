package io.jmcp.benchmarks.reply;

import io.jmcp.netconf.error.RpcError;
import io.jmcp.netconf.reply.RpcErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link RpcErrors#parse} over a large synthetic reply: a routing table of the given size in
 * the shape of "show route" XML, with a warning near the start and an error at the end, which is
 * where Junos puts the error of a reply it could not finish.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class RpcErrorsBenchmark {
    private static final String ROUTE = """
            <rt junos:style="brief"><rt-destination>10.%d.%d.0/24</rt-destination><rt-entry>\
            <active-tag>*</active-tag><current-active/><last-active/><protocol-name>BGP</protocol-name>\
            <preference>170</preference><age junos:seconds="86400">1d 00:00:00</age>\
            <nh><selected-next-hop/><to>192.0.2.1</to><via>et-0/0/1.0</via></nh></rt-entry></rt>
            """;

    @Param({"1", "16", "100"})
    public int megabytes;

    private byte[] reply;

    @Setup
    public void buildReply() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(megabytes * 1_000_000 + 4096);
        write(out, "<rpc-reply xmlns:junos=\"http://xml.juniper.net/junos/21.4R3/junos\">"
                + "<rpc-error><error-severity>warning</error-severity>"
                + "<error-message>routing table is large</error-message></rpc-error>"
                + "<route-information xmlns=\"http://xml.juniper.net/junos/21.4R3/junos-routing\">"
                + "<route-table><table-name>inet.0</table-name>");
        for (int route = 0; out.size() < megabytes * 1_000_000; route++) {
            write(out, String.format(ROUTE, (route >> 8) & 0xff, route & 0xff));
        }
        write(out, "</route-table></route-information><rpc-error><error-severity>error</error-severity>"
                + "<error-message>reply truncated</error-message></rpc-error></rpc-reply>");
        reply = out.toByteArray();
    }

    @Benchmark
    public List<RpcError> parse(ReplyTraffic traffic) {
        traffic.consumed(reply.length);
        return RpcErrors.parse(new ByteArrayInputStream(reply));
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
