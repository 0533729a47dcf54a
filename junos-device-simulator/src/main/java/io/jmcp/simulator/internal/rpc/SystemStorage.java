package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.RpcContext;
import io.jmcp.simulator.internal.netconf.RpcRequest;
import io.jmcp.simulator.internal.xml.XmlWriter;

import java.util.List;
import java.util.Locale;

/**
 * {@code get-system-storage} ({@code show system storage}): the routing engine's file systems,
 * in 1K blocks with the CLI's human sizes as {@code junos:format}, as in ../shared/junos-replies.
 */
final class SystemStorage implements OperationalRpc {
    private static final List<FileSystem> FILE_SYSTEMS = List.of(
            new FileSystem("/dev/gpt/junos", 20_971_520, 1_258_291, "/.mount"),
            new FileSystem("tmpfs", 3_145_728, 44, "/.mount/tmp"),
            new FileSystem("/dev/gpt/var", 14_680_064, 1_153_434, "/.mount/var"),
            new FileSystem("/dev/gpt/config", 1_048_576, 2_048, "/.mount/config"));

    @Override
    public String xml(RpcRequest request, RpcContext context) {
        XmlWriter xml = new XmlWriter().start("system-storage-information").attribute("junos:style", "brief");
        for (FileSystem fs : FILE_SYSTEMS) {
            xml.start("filesystem").leaf("filesystem-name", fs.name())
                    .leaf("total-blocks", fs.totalBlocks(), "junos:format", human(fs.totalBlocks()))
                    .leaf("used-blocks", fs.usedBlocks(), "junos:format", human(fs.usedBlocks()))
                    .leaf("available-blocks", fs.available(), "junos:format", human(fs.available()))
                    .leaf("used-percent", String.format("%2d", fs.percent()))
                    .leaf("mounted-on", fs.mountedOn()).end();
        }
        return xml.end().toString();
    }

    @Override
    public String text(RpcRequest request, RpcContext context) {
        StringBuilder text = new StringBuilder(String.format("%-24s%-11s%-10s%-7s%-11s%s%n", "Filesystem", "Size",
                "Used", "Avail", "Capacity", "Mounted on"));
        for (FileSystem fs : FILE_SYSTEMS) {
            text.append(String.format("%-20s%8s%10s%10s%9d%%  %s%n", fs.name(), human(fs.totalBlocks()),
                    human(fs.usedBlocks()), human(fs.available()), fs.percent(), fs.mountedOn()));
        }
        return text.toString().replace(System.lineSeparator(), "\n");
    }

    /** 1K blocks as {@code df -h} prints them: 44K, 1.2G, 20G. */
    private static String human(long blocks) {
        String[] units = {"K", "M", "G", "T"};
        double size = blocks;
        int unit = 0;
        while (size >= 1024 && unit < units.length - 1) {
            size /= 1024;
            unit++;
        }
        return (size < 10 && unit > 0 ? String.format(Locale.ROOT, "%.1f", size) : String.valueOf(Math.round(size)))
                + units[unit];
    }

    private record FileSystem(String name, long totalBlocks, long usedBlocks, String mountedOn) {
        long available() {
            return totalBlocks - usedBlocks;
        }

        int percent() {
            return (int) Math.round(100.0 * usedBlocks / totalBlocks);
        }
    }
}
