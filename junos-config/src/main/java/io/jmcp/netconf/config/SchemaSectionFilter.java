package io.jmcp.netconf.config;

import io.jmcp.netconf.ConfigSectionFilter;

/**
 * The client's section filter, from Juniper's schema: registered for {@link java.util.ServiceLoader}
 * in {@code META-INF/services}, so the client reads configuration sections whenever this module is
 * beside it. Applications call {@link ConfigPaths#toXmlFilter} directly.
 */
public final class SchemaSectionFilter implements ConfigSectionFilter {

    @Override
    public String toXmlFilter(String sectionPath) {
        return ConfigPaths.toXmlFilter(sectionPath);
    }
}
