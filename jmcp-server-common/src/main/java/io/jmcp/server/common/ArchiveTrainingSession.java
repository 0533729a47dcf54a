package io.jmcp.server.common;

import java.util.List;

/**
 * What an MCP client's first minute asks, sent by both servers' class-archive trainings (the short
 * sessions bin/jmcp runs under {@code -XX:DumpLoadedClassList}), so that each archive holds the
 * classes of initialize, the lists, a command and the facts of a router: the first tool call's path.
 */
public final class ArchiveTrainingSession {
    /** The one router of {@code --demo 1}. */
    public static final String ROUTER = "vsim-01";
    public static final String PROTOCOL_VERSION = "2025-06-18";
    /** A client's first message; also what the HTTP server's warm-up reads and answers in memory. */
    public static final String INITIALIZE = """
            {"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":"%s","capabilities":{},\
            "clientInfo":{"name":"jmcp-class-archive-training","version":"1"}}}""".formatted(PROTOCOL_VERSION);
    /** initialize first; a message with an id is a request, answered before the next is sent. */
    public static final List<String> MESSAGES = List.of(
            INITIALIZE,
            """
            {"jsonrpc":"2.0","method":"notifications/initialized"}""",
            """
            {"jsonrpc":"2.0","id":2,"method":"tools/list"}""",
            """
            {"jsonrpc":"2.0","id":3,"method":"resources/list"}""",
            """
            {"jsonrpc":"2.0","id":4,"method":"prompts/list"}""",
            """
            {"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"get_router_list","arguments":{}}}""",
            """
            {"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"execute_junos_command",\
            "arguments":{"router_name":"%s","command":"show version"}}}""".formatted(ROUTER),
            """
            {"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"gather_device_facts",\
            "arguments":{"router_name":"%s"}}}""".formatted(ROUTER));

    private ArchiveTrainingSession() {
    }
}
