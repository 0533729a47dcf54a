package io.jmcp.server.common;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Starts the simulated devices of {@code --demo}. The servers need no simulator to serve real
 * routers, so they do not compile against it: jmcp-demo provides this factory (listed in its
 * {@code META-INF/services}) at run time, and a deployment that leaves jmcp-demo and the simulator
 * out has no {@code --demo}, with a clear message.
 */
public interface DemoFleetFactory {

    /** The most learned routes {@code --demo-routes} may give the first device. */
    int maxRoutes();

    /** The most interface units {@code --demo-interface-units} may add to the first device. */
    int maxInterfaceUnits();

    /**
     * Starts {@code devices} simulated devices; the first one has {@code routes} learned routes and
     * {@code interfaceUnits} more addressed interface units.
     */
    DemoFleet start(int devices, int routes, int interfaceUnits);

    /** The factory on the class path, if the simulator is there. */
    static Optional<DemoFleetFactory> installed() {
        return ServiceLoader.load(DemoFleetFactory.class, DemoFleetFactory.class.getClassLoader()).findFirst();
    }
}
