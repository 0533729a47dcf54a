package io.jmcp.server.common;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An MCP client over HTTP that goes away (a closed tab, a killed CLI) is routine, but the MCP SDK
 * reports it as an ERROR ("Failed to send message to session ...: Client disconnected") followed
 * by WARN lines of its keep-alive pings, again at each ping. This filter, at Logback's seam, turns
 * that into one DEBUG line per session. Other SDK errors pass untouched.
 */
final class ClientGoneFilter extends TurboFilter {
    /** Our own line, once per session. */
    private static final org.slf4j.Logger log = LoggerFactory.getLogger("io.jmcp.server.ClientGone");
    private static final String SEND_FAILED = "Failed to send message to session {}: {}";
    private static final String PING_FAILED = "Keep-alive ping to session {} failed: {}";
    /** Sessions already reported; bounded, since a long-running server sees many. */
    private static final int REMEMBERED_SESSIONS = 1024;

    private final Set<String> reported = Collections.synchronizedSet(Collections.newSetFromMap(
            new LinkedHashMap<>(16, 0.75f, false) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                    return size() > REMEMBERED_SESSIONS;
                }
            }));

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable t) {
        if (format == null || params == null || params.length < 2
                || !logger.getName().startsWith("io.modelcontextprotocol")) {
            return FilterReply.NEUTRAL;
        }
        boolean sendFailed = format.equals(SEND_FAILED) && String.valueOf(params[1]).contains("Client disconnected");
        boolean pingFailed = format.equals(PING_FAILED);
        if (!sendFailed && !pingFailed) {
            return FilterReply.NEUTRAL;
        }
        String session = String.valueOf(params[0]);
        // A ping that failed on the send already reported names the session object, not its id.
        boolean alreadyReported = pingFailed && String.valueOf(params[1]).startsWith("Failed to send message to session");
        if (!alreadyReported && reported.add(session)) {
            log.debug("MCP client of session {} went away ({})", session, params[1]);
        }
        return FilterReply.DENY;
    }
}
