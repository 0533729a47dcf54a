package io.jmcp.netconf.reply;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a device is: the facts PyEZ users know, with Java names. A value is null when the device
 * could not tell (an RPC the platform lacks, a field the release does not send).
 *
 * @param hostname the host name of the routing engine the facts come from
 * @param model the product model in upper case, as PyEZ reports it (e.g. {@code MX960})
 * @param version the Junos release (e.g. {@code 15.1F5.15-C1.12})
 * @param serialNumber the chassis serial number (or its backplane's or midplane's)
 * @param personality the device family
 * @param virtual whether the device is a virtual machine
 * @param routingEngines every routing engine, of every node, in the device's order; never null
 * @param masterRoutingEngine the master routing engine of the first node, e.g. {@code RE0}
 * @param uptime how long the system has been up
 * @param domain the configured {@code [edit system domain-name]}
 */
public record Facts(String hostname, String model, String version, String serialNumber,
                    Personality personality, Boolean virtual, List<RoutingEngine> routingEngines,
                    String masterRoutingEngine, Duration uptime, String domain) {

    public Facts {
        routingEngines = routingEngines == null ? List.of() : List.copyOf(routingEngines);
    }

    /** Host name and domain, when both are known. */
    public Optional<String> fqdn() {
        return hostname == null || domain == null ? Optional.empty() : Optional.of(hostname + "." + domain);
    }

    /**
     * These facts under PyEZ's keys and shapes ({@code hostname}, {@code model}, {@code version},
     * {@code serialnumber}, {@code personality}, {@code virtual}, {@code 2RE}, {@code master},
     * {@code RE0}, {@code RE1}, {@code re_info}, {@code re_master}, {@code up_time} in seconds,
     * and {@code domain} / {@code fqdn} when known), for clients written against PyEZ. Unknown
     * values are null, as PyEZ's None. The map is mutable and its own.
     */
    public Map<String, Object> toPyEzMap() {
        return PyEzFacts.of(this);
    }
}
