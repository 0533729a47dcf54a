package io.jmcp.netconf;

import io.jmcp.netconf.error.NetconfException;
import java.util.Optional;
import java.util.ServiceLoader;

/** The {@link ConfigSectionFilter} junos-config provides, looked up once. */
final class ConfigSections {
    // The interface's own loader: the one that sees the client's jar sees junos-config beside it,
    // whatever thread (and context loader) first reads a section.
    private static final Optional<ConfigSectionFilter> FILTER = ServiceLoader
            .load(ConfigSectionFilter.class, ConfigSectionFilter.class.getClassLoader()).findFirst();

    private ConfigSections() {
    }

    static String toXmlFilter(String sectionPath) {
        return FILTER.orElseThrow(() -> new NetconfException("cannot read the configuration section '" + sectionPath
                        + "': the section filter is built from Juniper's schema, which is in io.jmcp:junos-config;"
                        + " add it beside junos-netconf-client, or read the whole configuration"))
                .toXmlFilter(sectionPath);
    }
}
