package io.jmcp.server.stdio;

import io.jmcp.server.stdio.HostileCase.Error;
import io.jmcp.server.stdio.HostileCase.Result;
import io.jmcp.server.stdio.HostileCase.Silence;
import io.jmcp.server.stdio.HostileCase.ToolError;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The catalogue of hostile inputs for the stdio server of {@code --demo 1}, by class: syntax, shapes,
 * params, methods, sizes, nesting, encodings, tool arguments. Every request case has an id of its own.
 */
final class HostileInputs {
    static final int PARSE_ERROR = -32700;
    static final int INVALID_REQUEST = -32600;
    static final int METHOD_NOT_FOUND = -32601;
    static final int INVALID_PARAMS = -32602;
    private static final String VALID = "{\"jsonrpc\":\"2.0\",\"id\":\"cut\",\"method\":\"tools/list\",\"params\":{}}";

    private final List<HostileCase> cases = new ArrayList<>();
    private int nextId = 1;

    private HostileInputs() {
    }

    static List<HostileCase> all() {
        HostileInputs inputs = new HostileInputs();
        inputs.syntax();
        inputs.shapes();
        inputs.params();
        inputs.methods();
        inputs.sizesAndNesting();
        inputs.encodings();
        inputs.toolArguments();
        return List.copyOf(inputs.cases);
    }

    private void syntax() {
        for (String line : List.of("hello", "{", "}", "{\"jsonrpc\":\"2.0\"", "{'jsonrpc':'2.0','id':1,'method':'ping'}",
                "{jsonrpc:\"2.0\",id:1,method:\"ping\"}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",}",
                "{\"jsonrpc\":\"2.0\" \"id\":1}", "nul", "tru", "NaN", "0x10", "\"unterminated",
                "// a comment", "/* comment */ {}", "{\"a\":1}}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"} x",
                "{\"jsonrpc\":\"2.0\",\"id\":01,\"method\":\"ping\"}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":'ping'}",
                "{\"jsonrpc\":\"2.0\",\"id\":+1,\"method\":\"ping\"}", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"pi\tng\"}", "Content-Length: 52", "GET / HTTP/1.1")) {
            add("syntax: " + line, line, new Error(null, PARSE_ERROR, "Parse error"));
        }
        for (int length = 1; length < VALID.length(); length += 4) {
            String cut = VALID.substring(0, length);
            add("syntax: truncated to " + length + " characters", cut, new Error(null, PARSE_ERROR, "not valid JSON"));
        }
    }

    private void shapes() {
        for (String line : List.of("[]", "[" + ping("b1") + "]", "[" + ping("b2") + "," + ping("b3") + "]", "[1,2]")) {
            add("shape: batch " + line, line, new Error(null, INVALID_REQUEST, "no batches"));
        }
        for (String line : List.of("1", "-5", "\"string\"", "null", "true", "false", "3.14")) {
            add("shape: scalar " + line, line, new Error(null, INVALID_REQUEST, "a message is a JSON object"));
        }
        add("shape: empty object", "{}", new Error(null, INVALID_REQUEST, "\"jsonrpc\" must be \"2.0\""));
        String id = id();
        add("shape: jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"id\":\"" + id + "\",\"method\":\"ping\"}",
                new Error(id, INVALID_REQUEST, "\"jsonrpc\" must be \"2.0\""));
        id = id();
        add("shape: no jsonrpc", "{\"id\":\"" + id + "\",\"method\":\"ping\"}",
                new Error(id, INVALID_REQUEST, "\"jsonrpc\" must be \"2.0\""));
        id = id();
        add("shape: jsonrpc as a number", "{\"jsonrpc\":2.0,\"id\":\"" + id + "\",\"method\":\"ping\"}",
                new Error(id, INVALID_REQUEST, "\"jsonrpc\" must be \"2.0\""));
        id = id();
        add("shape: request without method", "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"params\":{}}",
                new Error(id, INVALID_REQUEST, "a message has a \"method\""));
        add("shape: nothing but jsonrpc", "{\"jsonrpc\":\"2.0\"}", new Error(null, INVALID_REQUEST, "\"method\""));
        for (String method : List.of("5", "null", "\"\"", "[\"ping\"]", "{\"name\":\"ping\"}", "true")) {
            id = id();
            add("shape: method " + method, "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":" + method + "}",
                    new Error(id, INVALID_REQUEST, "\"method\" must be a non-empty string"));
        }
        for (String badId : List.of("{\"a\":1}", "[1]", "true", "1.5", "null", "-0.0", "1e3")) {
            add("shape: id " + badId, "{\"jsonrpc\":\"2.0\",\"id\":" + badId + ",\"method\":\"ping\"}",
                    new Error(null, INVALID_REQUEST, "\"id\" must be a string or an integer"));
        }
        add("shape: response without id", "{\"jsonrpc\":\"2.0\",\"result\":{}}",
                new Error(null, INVALID_REQUEST, "a response needs the \"id\""));
        id = id();
        add("shape: response with result and error", "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"result\":{},"
                + "\"error\":{\"code\":1,\"message\":\"x\"}}", new Error(id, INVALID_REQUEST, "not both"));
        id = id();
        add("shape: response whose error is a string", "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"error\":\"x\"}",
                new Error(id, INVALID_REQUEST, "\"error\" must be an object"));
        id = id();
        add("shape: response whose error has no code", "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"error\":"
                + "{\"message\":\"x\"}}", new Error(id, INVALID_REQUEST, "\"error\" must be an object"));
        add("shape: response to a request never made", "{\"jsonrpc\":\"2.0\",\"id\":\"never-asked\",\"result\":{}}",
                new Silence());
        add("shape: notification of an unknown method", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/bogus\"}",
                new Silence());
        add("shape: notification with array params", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":[1]}", new Silence());
        add("shape: cancellation of an unknown request", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":{\"requestId\":\"nothing\"}}", new Silence());
        id = id();
        add("shape: duplicate method keys", "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"bogus\","
                + "\"method\":\"ping\"}", new Result(id));
        id = id();
        add("shape: unknown extra member", "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"ping\","
                + "\"extra\":{\"x\":1}}", new Result(id));
        add("shape: integer id", "{\"jsonrpc\":\"2.0\",\"id\":424242,\"method\":\"ping\"}", new Result(424242));
        add("shape: empty string id", "{\"jsonrpc\":\"2.0\",\"id\":\"\",\"method\":\"ping\"}", new Result(""));
    }

    private void params() {
        for (String params : List.of("[]", "[\"x\"]", "\"x\"", "5", "true")) {
            String id = id();
            add("params: tools/call params " + params, request(id, "tools/call", params),
                    new Error(id, INVALID_PARAMS, "must be a JSON object"));
        }
        String id = id();
        add("params: tools/call without params", request(id, "tools/call", null),
                new Error(id, INVALID_PARAMS, "tools/call needs params.name"));
        id = id();
        add("params: tools/call with null params", request(id, "tools/call", "null"),
                new Error(id, INVALID_PARAMS, "tools/call needs params.name"));
        id = id();
        add("params: tools/call without name", request(id, "tools/call", "{\"arguments\":{}}"),
                new Error(id, INVALID_PARAMS, "tools/call needs params.name"));
        for (String arguments : List.of("\"x\"", "[1]", "5", "true")) {
            id = id();
            add("params: tools/call arguments " + arguments, request(id, "tools/call",
                    "{\"name\":\"get_router_list\",\"arguments\":" + arguments + "}"),
                    new Error(id, INVALID_PARAMS, "(at 'arguments')"));
        }
        id = id();
        add("params: tools/call name an object", request(id, "tools/call", "{\"name\":{\"a\":1}}"),
                new Error(id, INVALID_PARAMS, "(at 'name')"));
        id = id();
        add("params: unknown tool", request(id, "tools/call", "{\"name\":\"invalid_tool_name\",\"arguments\":{}}"),
                new Error(id, INVALID_PARAMS, "Unknown tool 'invalid_tool_name'"));
        id = id();
        add("params: tool name differing in case", request(id, "tools/call", "{\"name\":\"GET_ROUTER_LIST\"}"),
                new Error(id, INVALID_PARAMS, "Unknown tool 'GET_ROUTER_LIST'"));
        id = id();
        add("params: resources/read without params", request(id, "resources/read", null),
                new Error(id, INVALID_PARAMS, "resources/read needs params.uri"));
        id = id();
        add("params: resources/read uri an object", request(id, "resources/read", "{\"uri\":{}}"),
                new Error(id, INVALID_PARAMS, "(at 'uri')"));
        id = id();
        add("params: prompts/get with null params", request(id, "prompts/get", "null"),
                new Error(id, INVALID_PARAMS, "prompts/get needs params.name"));
        id = id();
        add("params: prompts/get arguments a list", request(id, "prompts/get",
                "{\"name\":\"x\",\"arguments\":[1]}"), new Error(id, INVALID_PARAMS, "(at 'arguments')"));
        for (String level : List.of("\"verbose\"", "\"DEBUG\"", "5", "\"\"", "{}")) {
            id = id();
            add("params: logging/setLevel " + level, request(id, "logging/setLevel", "{\"level\":" + level + "}"),
                    new Error(id, INVALID_PARAMS, "unknown logging level"));
        }
        id = id();
        add("params: logging/setLevel without level", request(id, "logging/setLevel", "{}"),
                new Error(id, INVALID_PARAMS, "logging/setLevel needs params.level"));
        id = id();
        add("params: logging/setLevel warning", request(id, "logging/setLevel", "{\"level\":\"warning\"}"),
                new Result(id));
        for (String method : List.of("tools/list", "resources/list", "resources/templates/list", "prompts/list")) {
            id = id();
            add("params: " + method + " with a cursor", request(id, method, "{\"cursor\":\"bm90LWEtY3Vyc29y\"}"),
                    new Error(id, INVALID_PARAMS, "invalid cursor 'bm90LWEtY3Vyc29y'"));
        }
        id = id();
        add("params: tools/list with a numeric cursor", request(id, "tools/list", "{\"cursor\":5}"),
                new Error(id, INVALID_PARAMS, "invalid cursor '5'"));
        id = id();
        add("params: completion/complete without ref", request(id, "completion/complete", "{}"),
                new Error(id, INVALID_PARAMS, "completion/complete needs params.ref"));
        id = id();
        add("params: resources/subscribe without uri", request(id, "resources/subscribe", "{}"),
                new Error(id, INVALID_PARAMS, "resources/subscribe needs params.uri"));
        id = id();
        add("params: ping with array params", request(id, "ping", "[]"),
                new Error(id, INVALID_PARAMS, "must be a JSON object"));
    }

    private void methods() {
        for (String method : List.of("tools/frobnicate", "TOOLS/LIST", "rpc.discover", "sampling/createMessage",
                "elicitation/create", "roots/list", " ping", "ping ", "tools/list/", "../tools/list", "notifications/x",
                "\\u0000ping", "p\\u00efng")) {
            String id = id();
            add("method: " + method, request(id, method, "{}"), new Error(id, METHOD_NOT_FOUND, "Method not found"));
        }
    }

    private void sizesAndNesting() {
        add("size: a line over 16 MiB", "{\"x\":\"" + "a".repeat(StdioTransportProvider.MAX_MESSAGE_BYTES) + "\"}",
                new Error(null, INVALID_REQUEST, "longer than 16 MiB"));
        String id = id();
        add("size: a 1 MiB string param", request(id, "ping", "{\"x\":\"" + "b".repeat(1024 * 1024) + "\"}"),
                new Result(id));
        String longId = "i".repeat(10_000);
        add("size: a 10 000 character id", request(longId, "ping", "{}"), new Result(longId));
        add("size: a 40-digit integer id", "{\"jsonrpc\":\"2.0\",\"id\":1234567890123456789012345678901234567890,"
                + "\"method\":\"ping\"}", new Error(null, INVALID_REQUEST, "an integer of at most 64 bits"));
        add("size: the largest 64-bit id", "{\"jsonrpc\":\"2.0\",\"id\":9223372036854775807,\"method\":\"ping\"}",
                new Result(Long.MAX_VALUE));
        add("size: a negative id", "{\"jsonrpc\":\"2.0\",\"id\":-7,\"method\":\"ping\"}", new Result(-7));
        id = id();
        add("size: a 5000-digit number", request(id, "ping", "{\"n\":" + "9".repeat(5000) + "}"),
                new Error(null, PARSE_ERROR, "not valid JSON"));
        id = id();
        String longMethod = "m".repeat(10_000);
        add("size: a 10 000 character method", request(id, longMethod, "{}"),
                new Error(id, METHOD_NOT_FOUND, "Method not found"));
        for (int depth : List.of(2000, 100_000)) {
            id = id();
            add("nesting: params " + depth + " arrays deep", request(id, "ping",
                    "{\"x\":" + "[".repeat(depth) + "]".repeat(depth) + "}"), new Error(null, PARSE_ERROR, "not valid JSON"));
        }
        id = id();
        add("nesting: params 20 objects deep", request(id, "ping", "{\"x\":" + "{\"a\":".repeat(20) + "1"
                + "}".repeat(20) + "}"), new Result(id));
        id = id();
        add("nesting: arguments 2000 objects deep", request(id, "tools/call", "{\"name\":\"get_router_list\","
                + "\"arguments\":" + "{\"a\":".repeat(2000) + "1" + "}".repeat(2000) + "}"),
                new Error(null, PARSE_ERROR, "not valid JSON"));
        add("size: an empty line", "", new Silence());
        add("size: a line of spaces and tabs", "  \t  ", new Silence());
    }

    private void encodings() {
        for (byte[] invalid : List.of(new byte[] {(byte) 0xff}, new byte[] {'{', (byte) 0xc3, '(', '}'},
                new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                new byte[] {'"', (byte) 0xe2, (byte) 0x82, '"'}, new byte[] {(byte) 0xf8, (byte) 0x88, (byte) 0x80})) {
            cases.add(HostileCase.bytes("encoding: invalid UTF-8 " + hex(invalid), invalid,
                    new Error(null, PARSE_ERROR, "not valid UTF-8")));
        }
        String id = id();
        byte[] inString = ("{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"ping\",\"params\":{\"x\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] invalidInString = java.util.Arrays.copyOf(inString, inString.length + 4);
        invalidInString[inString.length] = (byte) 0xfe;
        invalidInString[inString.length + 1] = '"';
        invalidInString[inString.length + 2] = '}';
        invalidInString[inString.length + 3] = '}';
        cases.add(HostileCase.bytes("encoding: invalid UTF-8 inside a string", invalidInString,
                new Error(null, PARSE_ERROR, "not valid UTF-8")));
        cases.add(HostileCase.bytes("encoding: UTF-16", request(id(), "ping", "{}").getBytes(StandardCharsets.UTF_16LE),
                new Error(null, PARSE_ERROR, "Parse error")));
        cases.add(HostileCase.bytes("encoding: a byte order mark", ("\ufeff" + request(id(), "ping", "{}"))
                .getBytes(StandardCharsets.UTF_8), new Error(null, PARSE_ERROR, "not valid JSON")));
        id = id();
        cases.add(new HostileCase("encoding: CRLF line end", (request(id, "ping", "{}") + "\r\n")
                .getBytes(StandardCharsets.UTF_8), new Result(id)));
        id = id();
        add("encoding: a raw NUL in a string", request(id, "ping", "{\"x\":\"a\u0000b\"}"),
                new Error(null, PARSE_ERROR, "not valid JSON"));
        id = id();
        add("encoding: a raw control character in a string", request(id, "ping", "{\"x\":\"a\u0007b\"}"),
                new Error(null, PARSE_ERROR, "not valid JSON"));
        id = id();
        add("encoding: a raw line separator U+2028 in a string", request(id, "ping", "{\"x\":\"a\u2028b\"}"),
                new Result(id));
        id = id();
        add("encoding: an emoji and other scripts in a string", request(id, "ping", "{\"x\":\"\uD83D\uDE80 日本 ü\"}"),
                new Result(id));
        id = id();
        add("encoding: escaped lone surrogate in a ping param", request(id, "ping", "{\"x\":\"\\ud800\"}"),
                new Result(id));
        id = id();
        add("encoding: an invalid escape", request(id, "ping", "{\"x\":\"\\q\"}"),
                new Error(null, PARSE_ERROR, "not valid JSON"));
        id = id();
        add("encoding: a short unicode escape", request(id, "ping", "{\"x\":\"\\u12\"}"),
                new Error(null, PARSE_ERROR, "not valid JSON"));
    }

    private void toolArguments() {
        List<List<String>> refused = List.of(
                List.of("unknown argument with a close one", "junos_config_diff",
                        "{\"router_name\":\"vsim-01\",\"rollback\":2}",
                        "unknown argument 'rollback'; did you mean 'version'?"),
                List.of("misspelt argument", "execute_junos_command",
                        "{\"router_name\":\"vsim-01\",\"comand\":\"show version\"}",
                        "unknown argument 'comand'; did you mean 'command'?"),
                List.of("argument of a tool that takes none", "get_router_list", "{\"verbose\":true}",
                        "unknown argument 'verbose': tool 'get_router_list' takes no arguments"),
                List.of("empty argument name", "execute_junos_command",
                        "{\"router_name\":\"vsim-01\",\"command\":\"show version\",\"\":1}", "unknown argument ''"),
                List.of("NUL in router_name", "execute_junos_command",
                        "{\"router_name\":\"vsim\\u000001\",\"command\":\"show version\"}",
                        "argument 'router_name' contains a NUL character (at character 5)"),
                List.of("NUL in command", "execute_junos_command",
                        "{\"router_name\":\"vsim-01\",\"command\":\"show version\\u0000\"}",
                        "argument 'command' contains a NUL character"),
                List.of("lone high surrogate in command", "execute_junos_command",
                        "{\"router_name\":\"vsim-01\",\"command\":\"show \\ud800version\"}",
                        "argument 'command' is not valid Unicode: a lone surrogate \\ud800 at character 6"),
                List.of("lone low surrogate at the end", "execute_junos_command",
                        "{\"router_name\":\"vsim-01\",\"command\":\"show version\\udc00\"}",
                        "argument 'command' is not valid Unicode: a lone surrogate \\udc00"),
                List.of("reversed surrogate pair", "execute_junos_command",
                        "{\"router_name\":\"vsim-01\",\"command\":\"\\ude80\\ud83d\"}", "is not valid Unicode"),
                List.of("NUL inside a list", "execute_junos_command_batch",
                        "{\"router_names\":[\"vsim-01\",\"x\\u0000\"],\"command\":\"show version\"}",
                        "argument 'router_names[1]' contains a NUL character"),
                List.of("wrong type", "execute_junos_command", "{\"router_name\":5,\"command\":\"show version\"}",
                        "Invalid arguments"),
                List.of("missing required", "execute_junos_command", "{\"router_name\":\"vsim-01\"}",
                        "Invalid arguments"),
                List.of("unknown router", "execute_junos_command",
                        "{\"router_name\":\"nowhere\",\"command\":\"show version\"}", "nowhere"),
                List.of("a valid pair of surrogates in an unknown router", "execute_junos_command",
                        "{\"router_name\":\"vsim-\\ud83d\\ude80\",\"command\":\"show version\"}",
                        "vsim-\uD83D\uDE80"));
        for (List<String> refusal : refused) {
            String id = id();
            add("arguments: " + refusal.get(0), call(id, refusal.get(1), refusal.get(2)),
                    new ToolError(id, refusal.get(3)));
        }
        String id = id();
        add("arguments: a valid call", call(id, "execute_junos_command",
                "{\"router_name\":\"vsim-01\",\"command\":\"show version\"}"), new Result(id));
    }

    private void add(String name, String line, HostileCase.Expect expect) {
        cases.add(HostileCase.text(name, line, expect));
    }

    private String id() {
        return "h" + nextId++;
    }

    private static String ping(String id) {
        return request(id, "ping", "{}");
    }

    private static String call(String id, String tool, String arguments) {
        return request(id, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
    }

    private static String request(String id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":\"" + id + "\",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02x", b & 0xff));
        }
        return hex.toString();
    }
}
