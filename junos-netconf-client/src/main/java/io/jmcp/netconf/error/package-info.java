/**
 * The client's exceptions, in one hierarchy under {@link io.jmcp.netconf.error.NetconfException}:
 * the session is gone ({@link io.jmcp.netconf.error.SessionLostException}, with
 * {@link io.jmcp.netconf.error.TransportException} and
 * {@link io.jmcp.netconf.error.NetconfTimeoutException}), the device answered with
 * {@code <rpc-error>} ({@link io.jmcp.netconf.error.RpcErrorException} with its
 * {@link io.jmcp.netconf.error.RpcError}s, refined as lock, load and commit failures), or the
 * connection was refused ({@link io.jmcp.netconf.error.AuthenticationException},
 * {@link io.jmcp.netconf.error.HostKeyException}).
 *
 * <p>The bottom of the client's packages: every other package throws these types, and this one
 * depends on none of them, so the packages form no cycle.
 */
package io.jmcp.netconf.error;
