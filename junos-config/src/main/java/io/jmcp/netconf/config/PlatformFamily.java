package io.jmcp.netconf.config;

import java.util.Locale;

/**
 * The Junos platform families Juniper publishes a configuration schema for. Each has its own
 * statements: {@code security} exists on SRX and vSRX, not on MX.
 */
public enum PlatformFamily {
    /** MX, vMX, PTX: plain Junos. */
    JUNOS("junos"),
    /** SRX, vSRX: the security platforms. */
    JUNOS_ES("junos-es"),
    /** EX switches. */
    JUNOS_EX("junos-ex");

    private final String yangName;

    PlatformFamily(String yangName) {
        this.yangName = yangName;
    }

    /** The family's folder name in Juniper's YANG ({@code junos-es}). */
    public String yangName() {
        return yangName;
    }

    /** The family of a device model as Junos reports it ({@code mx960}, {@code vsrx}, {@code ex4300-48t}). */
    public static PlatformFamily ofModel(String model) {
        String lower = model == null ? "" : model.toLowerCase(Locale.ROOT);
        if (lower.startsWith("srx") || lower.startsWith("vsrx")) {
            return JUNOS_ES;
        }
        if (lower.startsWith("ex")) {
            return JUNOS_EX;
        }
        return JUNOS;
    }

    int bit() {
        return 1 << ordinal();
    }
}
