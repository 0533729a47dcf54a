package io.jmcp.simulator.internal.rpc;

import io.jmcp.simulator.Platform;

/**
 * Which platform-specific subsystems a platform has. Both the RPCs and the CLI commands that
 * reach them consult this, so that a platform lacking a feature rejects both the way Junos does.
 */
final class PlatformFeatures {

    private PlatformFeatures() {
    }

    /** EX switches form virtual chassis. (MX answers the RPC with nothing, which PyEZ reads as "not capable".) */
    static boolean hasVirtualChassis(Platform platform) {
        return platform == Platform.EX || platform == Platform.MX;
    }

    static boolean hasChassisCluster(Platform platform) {
        return platform.isSecurityDevice();
    }

    /** Stateful flow sessions (SRX, vSRX). */
    static boolean hasFlowSessions(Platform platform) {
        return platform.isSecurityDevice();
    }

    /** ELS ethernet switching (EX). */
    static boolean hasEthernetSwitching(Platform platform) {
        return platform == Platform.EX;
    }

    /** Bridge domains (MX). */
    static boolean hasBridgeDomains(Platform platform) {
        return platform == Platform.MX;
    }
}
