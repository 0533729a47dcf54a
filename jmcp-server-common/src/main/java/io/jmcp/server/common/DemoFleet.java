package io.jmcp.server.common;

import io.jmcp.core.app.DemoDevices;
import java.util.List;

/** Simulated devices started for {@code --demo}, running in the server's own process until closed. */
public interface DemoFleet extends AutoCloseable {

    /** Where each simulated device listens, and the login it accepts. */
    List<DemoDevices.Endpoint> endpoints();

    /** Stops every device of the fleet. */
    @Override
    void close();
}
