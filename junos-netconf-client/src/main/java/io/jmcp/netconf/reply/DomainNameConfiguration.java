package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import java.util.Optional;

/**
 * The {@code [edit system domain-name]} of a {@code <configuration>}, which is all that facts
 * gathering asks of it.
 */
@XmlRootElement(name = "configuration")
public final class DomainNameConfiguration {
    @XmlElement(name = "system")
    private SystemSection system;

    public Optional<String> domainName() {
        return Optional.ofNullable(system).map(s -> Text.orNull(s.domainName));
    }

    private static final class SystemSection {
        @XmlElement(name = "domain-name")
        private String domainName;
    }
}
