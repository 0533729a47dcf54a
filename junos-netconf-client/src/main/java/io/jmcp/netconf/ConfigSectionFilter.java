package io.jmcp.netconf;

import io.jmcp.netconf.error.NetconfException;

/**
 * Turns a configuration section path as {@code show configuration} takes it ({@code protocols bgp},
 * {@code interfaces ge-0/0/0}) into the subtree filter Junos expects inside {@code <configuration>}
 * ({@code <interfaces><interface><name>ge-0/0/0</name></interface></interfaces>}).
 *
 * <p>Only Juniper's schema knows the list elements a path omits, and the schema lives in
 * junos-config, which builds on this client. So the client finds the implementation with
 * {@link java.util.ServiceLoader}: junos-config provides it, and without junos-config on the class
 * path {@link JunosDevice#getConfiguration} reads whole configurations only, and says so for a
 * section.
 */
public interface ConfigSectionFilter {

    /**
     * The filter's XML for {@code sectionPath}; empty for a blank path.
     *
     * @throws NetconfException when the path is malformed, naming what is wrong with it
     */
    String toXmlFilter(String sectionPath);
}
