package io.jmcp.netconf;

import io.jmcp.netconf.error.RpcError;
import java.util.List;

/**
 * A successful {@code load-configuration}: the candidate now holds the loaded statements.
 *
 * @param warnings the warnings Junos gave (e.g. statements it ignored), in order
 */
public record LoadResult(List<RpcError> warnings) {
    public LoadResult {
        warnings = List.copyOf(warnings);
    }
}
