/**
 * The Junos configuration model (module junos-config): Juniper's configuration schema, generated
 * from its YANG by junos-schema-generator, and {@link io.jmcp.netconf.config.Configuration}, which
 * parses, prints, diffs and converts text, set, XML and JSON configurations as Junos does.
 *
 * <p>The package kept its name when the model moved out of junos-netconf-client, so code importing
 * {@code io.jmcp.netconf.config} keeps compiling: only the dependency changes (add
 * {@code io.jmcp:junos-config}). The module builds on the client's vocabulary
 * ({@link io.jmcp.netconf.ConfigFormat}, {@link io.jmcp.netconf.LoadAction},
 * {@link io.jmcp.netconf.error.NetconfException}); the client needs none of this package, and reads
 * configuration sections through {@link io.jmcp.netconf.ConfigSectionFilter}, which this module
 * provides as {@link io.jmcp.netconf.config.SchemaSectionFilter}.
 *
 * <p>API: this whole package (the module's only one). Its public classes are the API; the others
 * are package-private.
 */
package io.jmcp.netconf.config;
