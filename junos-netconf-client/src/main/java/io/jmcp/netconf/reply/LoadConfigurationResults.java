package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <load-configuration-results>}: reply to {@code <load-configuration>}, with
 * {@code <load-success/>} or a {@code <load-error-count>}. The errors that made it are read, like
 * those of every reply, by {@link RpcErrors} ({@link io.jmcp.netconf.RpcReply#errors()}).
 */
@XmlRootElement(name = "load-configuration-results")
public final class LoadConfigurationResults {
    @XmlElement(name = "load-success")
    private String loadSuccess;
    @XmlElement(name = "load-error-count")
    private Integer loadErrorCount;

    /** The device's count of load errors; null when it sent none (it does on success). */
    public Integer loadErrorCount() {
        return loadErrorCount;
    }

    /** True when the device reported {@code <load-success/>}, which Junos sends on every successful load. */
    public boolean succeeded() {
        return loadSuccess != null;
    }
}
