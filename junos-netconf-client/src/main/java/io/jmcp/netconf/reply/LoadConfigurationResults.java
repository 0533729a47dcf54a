package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/**
 * {@code <load-configuration-results>}: reply to {@code <load-configuration>}, with
 * {@code <load-success/>} or a {@code <load-error-count>} and the errors that made it.
 */
@XmlRootElement(name = "load-configuration-results")
public final class LoadConfigurationResults extends ErrorCarrier {
    @XmlElement(name = "load-success")
    private String loadSuccess;
    @XmlElement(name = "load-error-count")
    private Integer loadErrorCount;

    /** The device's count of load errors; null when it sent none (it does on success). */
    public Integer loadErrorCount() {
        return loadErrorCount;
    }

    /** True when the device reported {@code <load-success/>}, or nothing that says otherwise. */
    public boolean succeeded() {
        return hasNoErrors() && (loadSuccess != null || loadErrorCount == null || loadErrorCount == 0);
    }
}
