/**
 * Junos replies as Java types: JAXB bindings of the operational replies the library relies on,
 * every {@code <rpc-error>} of a reply as {@link io.jmcp.netconf.error.RpcError}, and {@link Facts}.
 *
 * <p>Binding is namespace-agnostic: Junos puts reply elements in release-specific default
 * namespaces ({@code http://xml.juniper.net/junos/15.1R1/junos-chassis}), so the bindings name
 * elements and attributes by local name only and {@link JunosXml} reads replies through a reader
 * that hides namespace URIs. {@link NamespaceFreeXml} offers the same view to callers as DOM,
 * with an XPath helper, for replies the library does not bind.
 *
 * <p>Conventions of the bound types: every text value is trimmed; a getter returns null when the
 * device did not send the element; an empty marker element such as {@code <commit-success/>}
 * binds to {@code ""}; values derived from several elements are {@link java.util.Optional}.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlJavaTypeAdapter(value = TrimmedText.class, type = String.class)
package io.jmcp.netconf.reply;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
