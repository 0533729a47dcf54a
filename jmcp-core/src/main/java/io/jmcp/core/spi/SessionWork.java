package io.jmcp.core.spi;

import io.jmcp.netconf.JunosDevice;

/** Work done with a borrowed session. It must not keep the device after returning. */
@FunctionalInterface
public interface SessionWork<T> {
    T run(JunosDevice device);
}
