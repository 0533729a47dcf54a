package io.jmcp.benchmarks.reply;

import io.jmcp.netconf.reply.ChassisInventory;
import io.jmcp.netconf.reply.JunosXml;
import io.jmcp.netconf.reply.RoutingEngineItem;
import io.jmcp.netconf.reply.SoftwareInformation;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Binding real Junos replies to their JAXB types, as facts gathering does: a one-RE "show
 * version", the ten-RE "show version" of an MX2020 with node slicing (133 KB), and the chassis
 * inventory of an MX480 (16 KB).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplyBindingBenchmark {
    private byte[] singleSoftware;
    private byte[] nodeSlicingSoftware;
    private byte[] chassisInventory;

    @Setup
    public void readReplies() {
        singleSoftware = RecordedReplies.read("core/get-software-information.xml");
        nodeSlicingSoftware = RecordedReplies.read("facts/sw_info_bsys_get-software-information.xml");
        chassisInventory = RecordedReplies.read("facts/chassis_serialnumber_get-chassis-inventory.xml");
    }

    @Benchmark
    public SoftwareInformation softwareInformationOfOneRoutingEngine(ReplyTraffic traffic) {
        traffic.consumed(singleSoftware.length);
        return JunosXml.unmarshal(new ByteArrayInputStream(singleSoftware), SoftwareInformation.class);
    }

    @Benchmark
    public List<RoutingEngineItem<SoftwareInformation>> softwareInformationOfTenRoutingEngines(ReplyTraffic traffic) {
        traffic.consumed(nodeSlicingSoftware.length);
        return JunosXml.unmarshalEach(new ByteArrayInputStream(nodeSlicingSoftware), SoftwareInformation.class);
    }

    @Benchmark
    public ChassisInventory chassisInventory(ReplyTraffic traffic) {
        traffic.consumed(chassisInventory.length);
        return JunosXml.unmarshal(new ByteArrayInputStream(chassisInventory), ChassisInventory.class);
    }
}
