package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.internal.netconf.JunosError;
import io.jmcp.simulator.internal.netconf.RpcException;
import io.jmcp.simulator.internal.netconf.RpcHandler;
import io.jmcp.simulator.internal.xml.XmlWriter;

/**
 * The file RPCs PyEZ's facts gathering uses: {@code file-show} of {@code /etc/hosts.junos} (which
 * maps internal addresses to routing-engine names) and {@code file-list} of the home directory.
 * Other files do not exist on the simulated flash.
 */
final class FileRpcs {
    static final String HOSTS_JUNOS = "/etc/hosts.junos";

    /** The single-chassis part of the real file: both address formats, as Junos ships it. */
    private static final String HOSTS_JUNOS_CONTENT = """
            #
            # Single Chassis Hostnames
            #
            128.0.0.1        master
            128.0.0.1        node
            128.0.0.4        re0
            128.0.0.5        re1
            128.0.0.6        backup
            128.0.0.16       fpc0
            128.0.0.17       fpc1

            # Old IP address format (RT_IRS_V2)
            10.0.0.1        master
            10.0.0.4        re0
            10.0.0.5        re1
            10.0.0.16       fpc0
            10.0.0.17       fpc1
            # End of internal names
            """;

    private FileRpcs() {
    }

    static RpcHandler fileShow() {
        return (request, context) -> {
            String filename = request.text("filename").orElseThrow(() ->
                    new RpcException(JunosError.invalidValue("missing argument: filename")));
            if (!filename.equals(HOSTS_JUNOS)) {
                throw new RpcException(JunosError.operationFailed("could not resolve file: " + filename));
            }
            return new XmlWriter().start("file-content")
                    .attribute("filename", filename)
                    .attribute("junos:seconds", Long.toString(context.device().bootTime().getEpochSecond()))
                    .attribute("filesize", Integer.toString(HOSTS_JUNOS_CONTENT.length()))
                    .attribute("encoding", "text")
                    .text("\n" + HOSTS_JUNOS_CONTENT)
                    .end().toString();
        };
    }

    static RpcHandler fileList() {
        return (request, context) -> {
            String home = "/var/home/" + context.session().user() + "/";
            String path = request.text("path").orElse("~");
            String directory = path.equals("~") || path.equals("~/") ? home : path;
            return new XmlWriter().start("directory-list")
                    .attribute("root-path", directory)
                    .attribute("junos:style", "brief")
                    .start("directory").attribute("name", directory)
                    .leaf("directory-name", directory)
                    .leaf("total-file-blocks", 0)
                    .leaf("total-files", 0)
                    .end().end().toString();
        };
    }
}
