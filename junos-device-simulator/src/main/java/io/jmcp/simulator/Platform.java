package io.jmcp.simulator;

import java.util.List;
import java.util.Optional;

/**
 * The kind of Junos box a simulated device pretends to be. It decides the defaults of a
 * {@link DeviceSpec} and which platform-specific RPCs answer (virtual chassis on EX, chassis
 * cluster on SRX, bridge domains on MX), the way the real platforms do. (The personality clients
 * derive follows from the model, see {@link SimulatedDevice#personality()}.)
 */
public enum Platform {
    /** An MX router with one routing engine in slot 0. */
    MX("mx960", "22.4R3.25", "RE-S-1800x4", "re0", "JN",
            List.of("ge-0/0/0", "ge-0/0/1", "ge-0/0/2", "ge-0/0/3", "xe-0/1/0", "xe-0/1/1"), "fxp0",
            "em0.0", List.of("128.0.0.1/2", "128.0.0.4/2")),
    /** An EX switch running ELS, a one-member virtual chassis (FPC 0). */
    EX("ex4300-48t", "21.4R3.15", "EX4300-48T", "fpc0", "PE",
            List.of("ge-0/0/0", "ge-0/0/1", "ge-0/0/2", "ge-0/0/3", "xe-0/2/0", "xe-0/2/1"), "me0",
            "bme0.32768", List.of("128.0.0.1/2", "128.0.0.16/2")),
    /** An SRX branch firewall. */
    SRX("srx345", "21.4R3-S5.4", "RE-SRX345", null, "CW",
            List.of("ge-0/0/0", "ge-0/0/1", "ge-0/0/2", "ge-0/0/3", "ge-0/0/4", "ge-0/0/5"), "fxp0",
            "lo0.16385", List.of("10.0.0.1", "10.0.0.16")),
    /** A vSRX virtual firewall; it reports model "vsrx" and routing engine "VSRX RE", as the real one does. */
    VSRX("vsrx", "22.4R2.8", "VSRX RE", null, "",
            List.of("ge-0/0/0", "ge-0/0/1", "ge-0/0/2"), "fxp0",
            "lo0.16385", List.of("10.0.0.1", "10.0.0.16"));

    private final String defaultModel;
    private final String defaultVersion;
    private final String routingEngineModel;
    private final String multiRoutingEngineName;
    private final String serialPrefix;
    private final List<String> revenueInterfaces;
    private final String managementInterface;
    private final String internalInterface;
    private final List<String> internalAddresses;

    Platform(String defaultModel, String defaultVersion, String routingEngineModel, String multiRoutingEngineName,
             String serialPrefix, List<String> revenueInterfaces,
             String managementInterface, String internalInterface, List<String> internalAddresses) {
        this.defaultModel = defaultModel;
        this.defaultVersion = defaultVersion;
        this.routingEngineModel = routingEngineModel;
        this.multiRoutingEngineName = multiRoutingEngineName;
        this.serialPrefix = serialPrefix;
        this.revenueInterfaces = revenueInterfaces;
        this.managementInterface = managementInterface;
        this.internalInterface = internalInterface;
        this.internalAddresses = internalAddresses;
    }

    /** The product model a device of this platform reports unless its spec says otherwise (lower case, as Junos). */
    public String defaultModel() {
        return defaultModel;
    }

    public String defaultVersion() {
        return defaultVersion;
    }

    /** The routing engine's model in {@code get-route-engine-information}. */
    public String routingEngineModel() {
        return routingEngineModel;
    }

    /**
     * The {@code re-name} under which {@code show version invoke-on all-routing-engines} reports this
     * platform, or empty when the platform answers with a bare {@code software-information}.
     */
    public Optional<String> multiRoutingEngineName() {
        return Optional.ofNullable(multiRoutingEngineName);
    }

    /** Traffic-carrying physical interfaces present in every device of this platform, configured or not. */
    public List<String> revenueInterfaces() {
        return revenueInterfaces;
    }

    /** The out-of-band management interface ({@code fxp0}, {@code me0}). */
    public String managementInterface() {
        return managementInterface;
    }

    /**
     * The logical interface of the private routing instance {@code __juniper_private1__}; its
     * addresses map to routing-engine names through {@code /etc/hosts.junos}, which is how PyEZ
     * finds the RE it is connected to.
     */
    public String internalInterface() {
        return internalInterface;
    }

    public List<String> internalAddresses() {
        return internalAddresses;
    }

    /** A serial number in this platform's style, stable for a given seed. */
    String serialNumberFor(String seed) {
        long hash = Integer.toUnsignedLong(seed.hashCode()) * 2654435761L;
        if (this == VSRX) {
            return String.format("%012x", hash & 0xffff_ffff_ffffL);
        }
        return serialPrefix + String.format("%010X", hash & 0xff_ffff_ffffL);
    }

    /** True when the platform implements the chassis cluster RPCs (SRX family). */
    public boolean isSecurityDevice() {
        return this == SRX || this == VSRX;
    }
}
