/**
 * The Junos NETCONF client (module junos-netconf-client, Automatic-Module-Name
 * {@code io.jmcp.netconf}): {@link io.jmcp.netconf.NetconfClient}, {@link io.jmcp.netconf.JunosDevice},
 * {@link io.jmcp.netconf.CandidateEdit} and their request options.
 *
 * <p>Packages of the module. API, under the compatibility check against api-baseline:
 * {@code io.jmcp.netconf} (this one), {@code io.jmcp.netconf.error} (the exceptions and
 * {@code RpcError}), {@code io.jmcp.netconf.command} (Junos CLI commands and their RPCs),
 * {@code io.jmcp.netconf.reply} (replies as Java types, {@code Facts}),
 * {@code io.jmcp.netconf.framing} (NETCONF 1.0/1.1 message framing) and
 * {@code io.jmcp.netconf.ssh} (the SSH transport: {@code DeviceOptions}, {@code HostKeyPolicy},
 * {@code NetconfTransport}). Internal: {@code io.jmcp.netconf.internal},
 * public only for jmcp's own modules (junos-config and the simulator parse with its hardened XML
 * factory); no javadoc, no compatibility promise. jmcp-core's {@code LibraryPackagesTest} checks
 * that no public signature of an API package shows an internal type, and that the packages have no
 * cycle: this facade depends on the others, {@code error} depends on none of them.
 *
 * <p>The configuration model ({@code io.jmcp.netconf.config}) is the junos-config module, which
 * builds on this one.
 */
package io.jmcp.netconf;
