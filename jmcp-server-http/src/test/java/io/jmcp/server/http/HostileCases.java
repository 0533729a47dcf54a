package io.jmcp.server.http;

import io.jmcp.server.http.HostileInputTest.Case;
import io.jmcp.server.http.HostileInputTest.Expect;
import io.jmcp.server.http.HostileInputTest.Mode;
import io.jmcp.server.http.HostileInputTest.Target;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static io.jmcp.server.http.HostileInputTest.ACCEPTED;
import static io.jmcp.server.http.HostileInputTest.INVALID;
import static io.jmcp.server.http.HostileInputTest.LIMIT;
import static io.jmcp.server.http.HostileInputTest.MEDIA_TYPE;
import static io.jmcp.server.http.HostileInputTest.NOTIFICATION_PARAMS;
import static io.jmcp.server.http.HostileInputTest.NOT_ACCEPTABLE;
import static io.jmcp.server.http.HostileInputTest.NOT_ALLOWED;
import static io.jmcp.server.http.HostileInputTest.NOT_HERE;
import static io.jmcp.server.http.HostileInputTest.NO_METHOD;
import static io.jmcp.server.http.HostileInputTest.NO_SESSION;
import static io.jmcp.server.http.HostileInputTest.OK;
import static io.jmcp.server.http.HostileInputTest.PARAMS;
import static io.jmcp.server.http.HostileInputTest.PARSE;
import static io.jmcp.server.http.HostileInputTest.TOO_LARGE;
import static io.jmcp.server.http.HostileInputTest.bytes;
import static io.jmcp.server.http.HostileInputTest.pingOfSize;

/** The catalogue of {@link HostileInputTest}, by class of input. */
final class HostileCases {
    private static final String PING = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
    private static final String JSON = "application/json";
    private static final String BOTH = "application/json, text/event-stream";
    /** The tools that change devices or the server: refused to a read token and under --read-only. */
    private static final List<String> MUTATING_TOOLS = List.of("load_and_commit_config",
            "render_and_apply_j2_template", "rollback_config", "confirm_commit", "add_device", "reload_devices");
    private static final List<String> LIST_METHODS = List.of("tools/list", "resources/list",
            "resources/templates/list", "prompts/list");

    private final List<Case> cases = new ArrayList<>();

    private HostileCases() {
    }

    static List<Case> all() {
        HostileCases catalogue = new HostileCases();
        catalogue.syntax();
        catalogue.encodings();
        catalogue.shapes();
        catalogue.params();
        catalogue.sizes();
        catalogue.nesting();
        catalogue.headers();
        catalogue.sessions();
        catalogue.methods();
        catalogue.arguments();
        catalogue.access();
        catalogue.clientMessages();
        return catalogue.cases;
    }

    private void add(String name, BiFunction<HostileInputTest, Mode, RawExchange.Request> request, Expect stateful,
            Expect stateless) {
        cases.add(new Case(name, Target.STANDARD, request, stateful, stateless));
    }

    /** A body sent as an MCP client sends it, expecting the same in both modes. */
    private void body(String name, String json, Expect expected) {
        add(name, (test, mode) -> test.post(mode).body(json), expected, expected);
    }

    private void rawBody(String name, byte[] body, Expect expected) {
        add(name, (test, mode) -> test.post(mode).body(body), expected, expected);
    }

    private static String request(int id, String method, String params) {
        return "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"" + method + "\""
                + (params == null ? "" : ",\"params\":" + params) + "}";
    }

    private void syntax() {
        body("plain word", "hello", PARSE);
        body("lone brace", "{", PARSE);
        body("truncated request", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"", PARSE);
        body("trailing comma", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",}", PARSE);
        body("single quotes", "{'jsonrpc':'2.0','id':1,'method':'ping'}", PARSE);
        body("unquoted keys", "{jsonrpc:\"2.0\",id:1,method:\"ping\"}", PARSE);
        body("misspelt null", "nul", PARSE);
        body("empty body", "", PARSE);
        body("whitespace body", "  \r\n\t ", PARSE);
        body("extra closing brace", PING + "}", PARSE);
        body("two messages in one body", PING + " " + PING, PARSE);
        body("leading zero number", "{\"jsonrpc\":\"2.0\",\"id\":01,\"method\":\"ping\"}", PARSE);
        body("NaN literal", request(1, "ping", "{\"x\":NaN}"), PARSE);
        body("unterminated string", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping", PARSE);
        body("raw newline inside a string", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"pi\nng\"}", PARSE);
        body("comment before the message", "/* hi */ " + PING, PARSE);
        body("bad escape", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\\q\"}", PARSE);
        body("colon missing", "{\"jsonrpc\" \"2.0\",\"id\":1,\"method\":\"ping\"}", PARSE);
        body("XML instead of JSON", "<rpc><ping/></rpc>", PARSE);
        body("JSON then garbage", PING + "garbage", PARSE);
    }

    private void encodings() {
        rawBody("invalid UTF-8 byte pair", concat("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"p", new byte[] {(byte) 0xC3,
                (byte) 0x28}, "\"}"), PARSE);
        rawBody("overlong UTF-8 slash", concat("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"", new byte[] {(byte) 0xC0,
                (byte) 0xAF}, "\"}"), PARSE);
        rawBody("Latin-1 byte", concat("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"caf", new byte[] {(byte) 0xE9}, "\"}"),
                PARSE);
        rawBody("UTF-16 body with BOM", utf16(PING), PARSE);
        rawBody("UTF-8 BOM before the message", concat("", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PING),
                PARSE);
        rawBody("NUL byte between tokens", concat("{\"jsonrpc\":\"2.0\",", new byte[] {0}, "\"id\":1,\"method\":\"ping\"}"),
                PARSE);
        rawBody("encoded surrogate bytes", concat("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"", new byte[] {(byte) 0xED,
                (byte) 0xA0, (byte) 0x80}, "\"}"), PARSE);
        body("escaped lone surrogate in params", request(1, "ping", "{\"_meta\":{\"x\":\"\\ud800\"}}"), OK);
        body("emoji and CJK in params", request(1, "ping", "{\"_meta\":{\"x\":\"\u30eb\u30fc\u30bf \ud83d\ude80\"}}"), OK);
        body("escaped NUL in params", request(1, "ping", "{\"_meta\":{\"x\":\"a\\u0000b\"}}"), OK);
        add("charset utf-16 in Content-Type", (test, mode) -> test.postWith(mode, PING, "Content-Type",
                "application/json; charset=utf-16", "Accept", BOTH), MEDIA_TYPE, MEDIA_TYPE);
        add("charset latin-1 in Content-Type", (test, mode) -> test.postWith(mode, PING, "Content-Type",
                "application/json; charset=iso-8859-1", "Accept", BOTH), MEDIA_TYPE, MEDIA_TYPE);
        add("charset utf-8 in Content-Type", (test, mode) -> test.postWith(mode, PING, "Content-Type",
                "application/json; charset=UTF-8", "Accept", BOTH), OK, OK);
    }

    private void shapes() {
        body("empty batch", "[]", INVALID);
        body("batch of one ping", "[" + PING + "]", INVALID);
        body("batch of two", "[" + PING + "," + PING + "]", INVALID);
        body("a JSON string", "\"ping\"", INVALID);
        body("a JSON number", "42", INVALID);
        body("a JSON boolean", "true", INVALID);
        body("JSON null", "null", INVALID);
        body("empty object", "{}", INVALID);
        body("jsonrpc 1.0", "{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}", INVALID);
        body("jsonrpc missing", "{\"id\":1,\"method\":\"ping\"}", INVALID);
        body("jsonrpc as a number", "{\"jsonrpc\":2.0,\"id\":1,\"method\":\"ping\"}", INVALID);
        body("id is an object", "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"ping\"}", INVALID);
        body("id is an array", "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"ping\"}", INVALID);
        body("id is a boolean", "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"ping\"}", INVALID);
        body("id is a fraction", "{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", INVALID);
        body("id is null", "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", INVALID);
        body("id beyond 64 bits", "{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"method\":\"ping\"}",
                INVALID);
        body("method is a number", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}", INVALID);
        body("method is null", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":null}", INVALID);
        body("method is empty", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"\"}", INVALID);
        body("method is an array", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":[\"ping\"]}", INVALID);
        body("method missing", "{\"jsonrpc\":\"2.0\",\"id\":1}", INVALID);
        body("request that also has a result", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"result\":{}}",
                INVALID);
        body("response with result and error", "{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{},\"error\":{\"code\":1,"
                + "\"message\":\"x\"}}", INVALID);
        body("response without id", "{\"jsonrpc\":\"2.0\",\"result\":{}}", INVALID);
        body("string id", "{\"jsonrpc\":\"2.0\",\"id\":\"abc\",\"method\":\"ping\"}", OK);
        body("negative id", "{\"jsonrpc\":\"2.0\",\"id\":-5,\"method\":\"ping\"}", OK);
        body("64-bit id", "{\"jsonrpc\":\"2.0\",\"id\":9007199254740993,\"method\":\"ping\"}", OK);
    }

    private void params() {
        body("tools/call params a string", request(11, "tools/call", "\"get_router_list\""), PARAMS);
        body("tools/call params an array", request(12, "tools/call", "[\"get_router_list\"]"), PARAMS);
        body("tools/call params a number", request(13, "tools/call", "5"), PARAMS);
        body("tools/call params null", request(14, "tools/call", "null"), PARAMS);
        body("tools/call without params", request(15, "tools/call", null), PARAMS);
        body("tools/call arguments a string", request(16, "tools/call",
                "{\"name\":\"get_router_list\",\"arguments\":\"all\"}"), PARAMS);
        body("tools/call arguments an array", request(17, "tools/call",
                "{\"name\":\"get_router_list\",\"arguments\":[1,2]}"), PARAMS);
        body("tools/call arguments a number", request(18, "tools/call",
                "{\"name\":\"get_router_list\",\"arguments\":3}"), PARAMS);
        body("tools/call name an object", request(19, "tools/call", "{\"name\":{\"x\":1}}"), PARAMS);
        body("tools/call _meta a string", request(20, "tools/call", "{\"name\":\"get_router_list\",\"_meta\":\"x\"}"),
                PARAMS);
        body("resources/read without params", request(21, "resources/read", null), PARAMS);
        body("resources/read params null", request(22, "resources/read", "null"), PARAMS);
        body("resources/read params a string", request(23, "resources/read", "\"jmcp://devices\""), PARAMS);
        body("resources/read uri an object", request(24, "resources/read", "{\"uri\":{\"x\":1}}"), PARAMS);
        body("prompts/get params null", request(25, "prompts/get", "null"), PARAMS);
        body("prompts/get without params", request(26, "prompts/get", null), PARAMS);
        body("prompts/get arguments an array", request(27, "prompts/get", "{\"name\":\"x\",\"arguments\":[1]}"),
                PARAMS);
        body("initialize without params", request(28, "initialize", null), PARAMS);
        body("initialize params a string", request(29, "initialize", "\"2025-06-18\""), PARAMS);
        body("initialize capabilities a string", request(30, "initialize", "{\"protocolVersion\":\"2025-06-18\","
                + "\"capabilities\":\"all\",\"clientInfo\":{\"name\":\"x\",\"version\":\"1\"}}"), PARAMS);
        body("logging/setLevel without params", request(31, "logging/setLevel", null), PARAMS);
        body("logging/setLevel unknown level", request(32, "logging/setLevel", "{\"level\":\"loud\"}"),
                PARAMS.saying("unknown logging level 'loud'; the levels are debug, info, notice, warning, error"));
        for (String level : List.of("\"verbose\"", "\"DEBUG\"", "5", "\"\"", "{}", "[\"info\"]")) {
            body("logging/setLevel level " + level, request(74, "logging/setLevel", "{\"level\":" + level + "}"),
                    PARAMS.saying("unknown logging level"));
        }
        add("logging/setLevel to debug", (test, mode) -> test.post(mode).body(request(66, "logging/setLevel",
                "{\"level\":\"debug\"}")), OK, NO_METHOD);
        body("completion/complete without params", request(33, "completion/complete", null), PARAMS);
        body("resources/subscribe without params", request(34, "resources/subscribe", null), PARAMS);
        body("tools/list params a string", request(35, "tools/list", "\"all\""), PARAMS);
        body("initialize with empty params", request(67, "initialize", "{}"), PARAMS);
        body("resources/read with empty params", request(68, "resources/read", "{}"), PARAMS);
        body("prompts/get with empty params", request(69, "prompts/get", "{}"), PARAMS);
        body("resources/subscribe with empty params", request(70, "resources/subscribe", "{}"), PARAMS);
        body("completion/complete with empty params", request(71, "completion/complete", "{}"), PARAMS);
        body("tools/call name null", request(72, "tools/call", "{\"name\":null}"), PARAMS);
        body("logging/setLevel with empty params", request(73, "logging/setLevel", "{}"), PARAMS);
        body("tools/list cursor an object", request(36, "tools/list", "{\"cursor\":{\"x\":1}}"),
                PARAMS.saying("invalid cursor"));
        for (String method : LIST_METHODS) {
            body(method + " with a cursor", request(75, method, "{\"cursor\":\"abc\"}"),
                    PARAMS.saying("invalid cursor 'abc': this server returns every item in one page"));
            body(method + " with a numeric cursor", request(76, method, "{\"cursor\":5}"),
                    PARAMS.saying("invalid cursor '5'"));
            body(method + " with an empty cursor", request(77, method, "{\"cursor\":\"\"}"),
                    PARAMS.saying("invalid cursor ''"));
            body(method + " with a null cursor", request(78, method, "{\"cursor\":null}"), OK);
            body(method + " with _meta a string", request(81, method, "{\"_meta\":\"x\"}"),
                    PARAMS.saying("params of " + method + " do not have the shape the MCP schema gives (at '_meta')"));
        }
        body("ping params an array", request(37, "ping", "[]"), PARAMS);
        body("notification params a string", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":\"x\"}", NOTIFICATION_PARAMS);
        body("unknown method", request(38, "nope/nope", "{}"), NO_METHOD);
        body("rpc.discover", request(39, "rpc.discover", null), NO_METHOD);
        body("method with a NUL", request(40, "tools/\\u0000list", null), NO_METHOD);
        body("ping with empty params", request(41, "ping", "{}"), OK);
        body("tools/list without params", request(42, "tools/list", null), OK);
    }

    private void sizes() {
        body("body exactly at the limit", pingOfSize(LIMIT), OK);
        body("body one byte over the limit", pingOfSize(LIMIT + 1), TOO_LARGE);
        add("chunked body exactly at the limit", (test, mode) -> test.post(mode).body(pingOfSize(LIMIT)).chunked(),
                OK, OK);
        add("chunked body one byte over the limit", (test, mode) -> test.post(mode).body(pingOfSize(LIMIT + 1))
                .chunked(), TOO_LARGE, TOO_LARGE);
        body("body ten times the limit", pingOfSize(10 * LIMIT), TOO_LARGE);
        add("chunked body ten times the limit", (test, mode) -> test.post(mode).body(pingOfSize(10 * LIMIT))
                .chunked(), TOO_LARGE, TOO_LARGE);
        body("invalid JSON over the limit", "{" + "x".repeat(LIMIT), TOO_LARGE);
        body("ten thousand params members", request(43, "ping", "{\"_meta\":{" + members(5_000) + "}}"), OK);
        body("a 30 KB method name", request(44, "x".repeat(30_000), null), NO_METHOD);
        body("a 30 KB string id", "{\"jsonrpc\":\"2.0\",\"id\":\"" + "7".repeat(30_000) + "\",\"method\":\"ping\"}",
                OK);
    }

    private void nesting() {
        body("params nested 50 deep", request(45, "ping", "{\"_meta\":" + nested(50) + "}"), OK);
        body("params nested 400 deep", request(46, "ping", "{\"_meta\":" + nested(400) + "}"), OK);
        body("arrays nested 2000 deep", "[".repeat(2_000) + "]".repeat(2_000), PARSE);
        body("objects nested 2000 deep in params", request(47, "ping", "{\"_meta\":" + nested(2_000) + "}"), PARSE);
        body("arrays nested 30000 deep, unclosed", "[".repeat(30_000), PARSE);
        body("objects nested 10000 deep, unclosed", "{\"a\":".repeat(10_000), PARSE);
        body("arguments nested 2000 deep", request(48, "tools/call", "{\"name\":\"get_router_list\",\"arguments\":"
                + nested(2_000) + "}"), PARSE);
    }

    private void headers() {
        add("no Content-Type", (test, mode) -> test.postWith(mode, PING, "Accept", BOTH), MEDIA_TYPE, MEDIA_TYPE);
        add("Content-Type text/plain", (test, mode) -> test.postWith(mode, PING, "Content-Type", "text/plain",
                "Accept", BOTH), MEDIA_TYPE, MEDIA_TYPE);
        add("Content-Type form", (test, mode) -> test.postWith(mode, PING, "Content-Type",
                "application/x-www-form-urlencoded", "Accept", BOTH), MEDIA_TYPE, MEDIA_TYPE);
        add("Content-Type multipart", (test, mode) -> test.postWith(mode, PING, "Content-Type",
                "multipart/form-data; boundary=x", "Accept", BOTH), MEDIA_TYPE, MEDIA_TYPE);
        add("Content-Type application/jsonx", (test, mode) -> test.postWith(mode, PING, "Content-Type",
                "application/jsonx", "Accept", BOTH), MEDIA_TYPE, MEDIA_TYPE);
        add("Content-Type in capitals", (test, mode) -> test.postWith(mode, PING, "Content-Type", "APPLICATION/JSON",
                "Accept", BOTH), OK, OK);
        add("no Accept", (test, mode) -> test.postWith(mode, PING, "Content-Type", JSON), NOT_ACCEPTABLE,
                NOT_ACCEPTABLE);
        add("Accept JSON only", (test, mode) -> test.postWith(mode, PING, "Content-Type", JSON, "Accept", JSON),
                NOT_ACCEPTABLE, NOT_ACCEPTABLE);
        add("Accept event stream only", (test, mode) -> test.postWith(mode, PING, "Content-Type", JSON, "Accept",
                "text/event-stream"), NOT_ACCEPTABLE, NOT_ACCEPTABLE);
        add("Accept anything", (test, mode) -> test.postWith(mode, PING, "Content-Type", JSON, "Accept", "*/*"),
                NOT_ACCEPTABLE, NOT_ACCEPTABLE);
        add("Accept HTML", (test, mode) -> test.postWith(mode, PING, "Content-Type", JSON, "Accept", "text/html"),
                NOT_ACCEPTABLE, NOT_ACCEPTABLE);
        add("Accept both with qualities", (test, mode) -> test.postWith(mode, PING, "Content-Type", JSON, "Accept",
                "application/json;q=0.9, text/event-stream;q=0.8"), OK, OK);
        add("Accept initialize with JSON only", (test, mode) -> test.postWith(mode, HostileInputTest.INITIALIZE,
                "Content-Type", JSON, "Accept", JSON), NOT_ACCEPTABLE, NOT_ACCEPTABLE);
        for (String version : List.of("1999-01-01", "2024-11-05", "2025-13-45", "latest", "", "2025-06-18x",
                "2025-06-18, 2025-03-26")) {
            add("MCP-Protocol-Version '" + version + "'", (test, mode) -> test.post(mode)
                    .header("MCP-Protocol-Version", version).body(PING), INVALID, INVALID);
        }
        for (String version : List.of("2025-03-26", "2025-06-18", "2025-11-25")) {
            add("MCP-Protocol-Version " + version, (test, mode) -> test.post(mode)
                    .header("MCP-Protocol-Version", version).body(PING), OK, OK);
        }
        add("unsupported protocol version on initialize", (test, mode) -> test.post(mode)
                .header("MCP-Protocol-Version", "1999-01-01").body(HostileInputTest.INITIALIZE), INVALID, INVALID);
        add("trailing whitespace after the message", (test, mode) -> test.postWith(mode, PING + "   ",
                "Content-Type", JSON, "Accept", BOTH), OK, OK);
    }

    private void sessions() {
        add("no session id", (test, mode) -> sessionless(test, mode).body(PING), INVALID, OK);
        add("forged session id", (test, mode) -> sessionless(test, mode).header("Mcp-Session-Id",
                "00000000-0000-0000-0000-000000000000").body(PING), NO_SESSION, OK);
        add("empty session id", (test, mode) -> sessionless(test, mode).header("Mcp-Session-Id", "").body(PING),
                INVALID, OK);
        add("blank session id", (test, mode) -> sessionless(test, mode).header("Mcp-Session-Id", "   ").body(PING),
                INVALID, OK);
        add("8 KB session id", (test, mode) -> sessionless(test, mode).header("Mcp-Session-Id", "a".repeat(8_192))
                .body(PING), NO_SESSION, OK);
        add("session id with quotes and slashes", (test, mode) -> sessionless(test, mode)
                .header("Mcp-Session-Id", "\"../../x\";<script>").body(PING), NO_SESSION, OK);
        add("another config token's session", (test, mode) -> RawExchange.request("POST", "/mcp")
                .header("Authorization", "Bearer " + test.otherToken(mode)).header("Content-Type", JSON)
                .header("Accept", BOTH).header("Mcp-Session-Id", test.session()).body(PING), NO_SESSION, null);
        add("a read token on a config token's session", (test, mode) -> RawExchange.request("POST", "/mcp")
                .header("Authorization", "Bearer " + test.readToken(mode)).header("Content-Type", JSON)
                .header("Accept", BOTH).header("Mcp-Session-Id", test.session()).body(PING), NO_SESSION, null);
        add("a config token on a read token's session", (test, mode) -> sessionless(test, mode)
                .header("Mcp-Session-Id", test.readerSession()).body(PING), NO_SESSION, null);
        add("tools/call on another token's session", (test, mode) -> sessionless(test, mode)
                .header("Mcp-Session-Id", test.otherSession()).body(request(49, "tools/call",
                        "{\"name\":\"get_router_list\",\"arguments\":{}}")), NO_SESSION, null);
        add("DELETE another token's session", (test, mode) -> RawExchange.request("DELETE", "/mcp")
                .header("Authorization", "Bearer " + test.otherToken(mode)).header("Mcp-Session-Id", test.session()),
                NO_SESSION, null);
        add("GET stream of another token's session", (test, mode) -> RawExchange.request("GET", "/mcp")
                .header("Authorization", "Bearer " + test.otherToken(mode)).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", test.session()), NO_SESSION, null);
        add("GET without session id", (test, mode) -> RawExchange.request("GET", "/mcp")
                .header("Authorization", "Bearer " + test.token(mode)).header("Accept", "text/event-stream"),
                INVALID, NOT_ALLOWED);
        add("GET with a forged session id", (test, mode) -> RawExchange.request("GET", "/mcp")
                .header("Authorization", "Bearer " + test.token(mode)).header("Accept", "text/event-stream")
                .header("Mcp-Session-Id", "forged"), NO_SESSION, NOT_ALLOWED);
        add("GET resuming with Last-Event-ID", (test, mode) -> test.bare(mode, "GET", "/mcp")
                .header("Accept", "text/event-stream").header("Last-Event-ID", "1"), INVALID, NOT_ALLOWED);
        add("GET accepting JSON only", (test, mode) -> test.bare(mode, "GET", "/mcp").header("Accept", JSON),
                NOT_ACCEPTABLE, NOT_ALLOWED);
        add("GET with an unsupported protocol version", (test, mode) -> test.bare(mode, "GET", "/mcp")
                .header("Accept", "text/event-stream").header("MCP-Protocol-Version", "0.1"), INVALID, NOT_ALLOWED);
        add("DELETE without session id", (test, mode) -> RawExchange.request("DELETE", "/mcp")
                .header("Authorization", "Bearer " + test.token(mode)), INVALID, NOT_ALLOWED);
        add("DELETE a forged session id", (test, mode) -> RawExchange.request("DELETE", "/mcp")
                .header("Authorization", "Bearer " + test.token(mode)).header("Mcp-Session-Id", "forged"),
                NO_SESSION, NOT_ALLOWED);
        add("notification on a forged session", (test, mode) -> sessionless(test, mode)
                .header("Mcp-Session-Id", "forged").body("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"),
                NO_SESSION, ACCEPTED);
        add("initialize without session id", (test, mode) -> sessionless(test, mode)
                .body(HostileInputTest.INITIALIZE), OK, OK);
        add("initialize on an existing session", (test, mode) -> test.post(mode)
                .body(HostileInputTest.INITIALIZE), OK, OK);
    }

    /** A POST with the config token, the usual headers and no session id. */
    private static RawExchange.Request sessionless(HostileInputTest test, Mode mode) {
        return RawExchange.request("POST", "/mcp").header("Authorization", "Bearer " + test.token(mode))
                .header("Content-Type", JSON).header("Accept", BOTH);
    }

    private void methods() {
        add("HEAD /mcp", (test, mode) -> test.bare(mode, "HEAD", "/mcp"), HostileInputTest.NOT_ALLOWED_NO_BODY,
                HostileInputTest.NOT_ALLOWED_NO_BODY);
        for (String method : List.of("TRACE", "PUT", "PATCH", "PROPFIND", "FOO")) {
            add(method + " /mcp", (test, mode) -> test.bare(mode, method, "/mcp").header("Content-Type", JSON)
                    .body(PING), NOT_ALLOWED, NOT_ALLOWED);
        }
        add("OPTIONS /mcp that is not a preflight", (test, mode) -> test.bare(mode, "OPTIONS", "/mcp"), NOT_ALLOWED,
                NOT_ALLOWED);
        add("TRACE /mcp without a token", (test, mode) -> RawExchange.request("TRACE", "/mcp"), NOT_ALLOWED,
                NOT_ALLOWED);
        add("TRACE /mcp/", (test, mode) -> test.bare(mode, "TRACE", "/mcp/"), NOT_ALLOWED, NOT_ALLOWED);
        add("TRACE /healthz", (test, mode) -> test.bare(mode, "TRACE", "/healthz"), NOT_ALLOWED, NOT_ALLOWED);
        add("POST /healthz", (test, mode) -> test.bare(mode, "POST", "/healthz").body(PING), NOT_ALLOWED, NOT_ALLOWED);
        add("DELETE /healthz", (test, mode) -> test.bare(mode, "DELETE", "/healthz"), NOT_ALLOWED, NOT_ALLOWED);
        add("TRACE elsewhere", (test, mode) -> test.bare(mode, "TRACE", "/secret"), NOT_HERE, NOT_HERE);
        add("POST elsewhere", (test, mode) -> test.bare(mode, "POST", "/mcp/extra").body(PING), NOT_HERE, NOT_HERE);
        add("GET /", (test, mode) -> test.bare(mode, "GET", "/"), NOT_HERE, NOT_HERE);
    }

    private void arguments() {
        body("unknown tool", request(50, "tools/call", "{\"name\":\"invalid_tool_name\",\"arguments\":{}}"),
                PARAMS.saying("Unknown tool 'invalid_tool_name'; tools/list gives the tools of this server"));
        body("unknown tool frobnicate", request(79, "tools/call", "{\"name\":\"frobnicate\",\"arguments\":{}}"),
                PARAMS.saying("Unknown tool 'frobnicate'"));
        body("tool name differing in case", request(80, "tools/call", "{\"name\":\"GET_ROUTER_LIST\"}"),
                PARAMS.saying("Unknown tool 'GET_ROUTER_LIST'"));
        body("empty tool name", request(51, "tools/call", "{\"name\":\"\",\"arguments\":{}}"),
                PARAMS.saying("Unknown tool ''"));
        body("tool name without params members", request(52, "tools/call", "{}"),
                PARAMS.saying("tools/call needs params.name"));
        body("10 KB tool name", request(53, "tools/call", "{\"name\":\"" + "t".repeat(10_000) + "\"}"),
                PARAMS.saying("Unknown tool '" + "t".repeat(100) + "...'"));
        body("tool name with control characters", request(54, "tools/call", "{\"name\":\"get_router_list\\u0000\\n\"}"),
                PARAMS.saying("Unknown tool 'get_router_list"));
        body("tool name with a path", request(55, "tools/call", "{\"name\":\"../get_router_list\"}"),
                PARAMS.saying("Unknown tool '../get_router_list'"));
        body("tool arguments null", request(56, "tools/call", "{\"name\":\"get_router_list\",\"arguments\":null}"), OK);
        body("tool arguments empty", request(57, "tools/call", "{\"name\":\"get_router_list\",\"arguments\":{}}"), OK);
        body("command on an unknown router", request(58, "tools/call", "{\"name\":\"execute_junos_command\","
                + "\"arguments\":{\"router_name\":\"nope\",\"command\":\"show version\"}}"), Expect.toolError("nope"));
        body("command an object", request(61, "tools/call", "{\"name\":\"execute_junos_command\",\"arguments\":"
                + "{\"router_name\":\"vsim-01\",\"command\":{\"x\":1}}}"), Expect.toolError("Invalid arguments"));
        body("progress token an object", request(62, "tools/call", "{\"name\":\"get_router_list\",\"arguments\":{},"
                + "\"_meta\":{\"progressToken\":{\"x\":1}}}"), OK);
        body("unknown prompt", request(63, "prompts/get", "{\"name\":\"no-such-prompt\"}"), PARAMS);
        body("unknown resource", request(64, "resources/read", "{\"uri\":\"jmcp://no/such\"}"), new Expect(200, -32002));
        body("resource uri not a URI", request(65, "resources/read", "{\"uri\":\"::::\"}"), new Expect(200, -32002));
        refusedArguments();
    }

    /** Arguments a tool's input schema does not have, and text that is not valid as a command. */
    private void refusedArguments() {
        toolRefusal("unknown argument with a close one", "junos_config_diff", "{\"router_name\":\"vsim-01\",\"rollback\":2}",
                "Invalid arguments for tool 'junos_config_diff': unknown argument 'rollback'; did you mean 'version'?");
        toolRefusal("misspelt argument", "execute_junos_command",
                "{\"router_name\":\"vsim-01\",\"comand\":\"show version\"}",
                "unknown argument 'comand'; did you mean 'command'?");
        toolRefusal("argument of a tool that takes none", "get_router_list", "{\"verbose\":true}",
                "unknown argument 'verbose': tool 'get_router_list' takes no arguments");
        toolRefusal("empty argument name", "execute_junos_command",
                "{\"router_name\":\"vsim-01\",\"command\":\"show version\",\"\":1}", "unknown argument ''");
        toolRefusal("command with a NUL", "execute_junos_command",
                "{\"router_name\":\"vsim-01\",\"command\":\"show version\\u0000\"}",
                "argument 'command' contains a NUL character (at character 13)");
        toolRefusal("NUL in router_name", "execute_junos_command",
                "{\"router_name\":\"vsim\\u000001\",\"command\":\"show version\"}",
                "argument 'router_name' contains a NUL character (at character 5)");
        toolRefusal("command with a lone surrogate", "execute_junos_command",
                "{\"router_name\":\"vsim-01\",\"command\":\"show \\udc00\"}",
                "argument 'command' is not valid Unicode: a lone surrogate \\udc00 at character 6");
        toolRefusal("lone high surrogate in command", "execute_junos_command",
                "{\"router_name\":\"vsim-01\",\"command\":\"show \\ud800version\"}",
                "argument 'command' is not valid Unicode: a lone surrogate \\ud800 at character 6");
        toolRefusal("reversed surrogate pair", "execute_junos_command",
                "{\"router_name\":\"vsim-01\",\"command\":\"\\ude80\\ud83d\"}", "is not valid Unicode");
        toolRefusal("NUL inside a list", "execute_junos_command_batch",
                "{\"router_names\":[\"vsim-01\",\"x\\u0000\"],\"command\":\"show version\"}",
                "argument 'router_names[1]' contains a NUL character");
    }

    private void toolRefusal(String name, String tool, String arguments, String says) {
        body(name, call(tool, arguments), Expect.toolError(says));
    }

    /**
     * Tools a caller may not run: those that change devices, for a read token, and on a server
     * started with --read-only for any token. Each is refused saying exactly why, not as unknown.
     */
    private void access() {
        for (String tool : MUTATING_TOOLS) {
            Expect refused = Expect.toolError("Caller '" + HttpServerFixture.READER + "' may not call '" + tool
                    + "': it changes devices and needs the config scope; this caller has the read scope");
            add("read token calls " + tool, (test, mode) -> test.postAsReader(mode).body(call(tool, "{}")), refused,
                    refused);
            Expect readOnly = Expect.toolError("Tool '" + tool + "' changes devices, and this jmcp server runs "
                    + "read-only (--read-only): it is not available");
            cases.add(new Case("--read-only: " + tool, Target.READ_ONLY, (test, mode) -> test.postToReadOnly(mode)
                    .body(call(tool, "{}")), readOnly, readOnly));
        }
        Expect unknown = PARAMS.saying("Unknown tool 'frobnicate'");
        cases.add(new Case("--read-only: unknown tool", Target.READ_ONLY, (test, mode) -> test.postToReadOnly(mode)
                .body(call("frobnicate", "{}")), unknown, unknown));
        add("read token calls an unknown tool", (test, mode) -> test.postAsReader(mode).body(call("frobnicate", "{}")),
                unknown, unknown);
    }

    private static String call(String tool, String arguments) {
        return request(90, "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
    }

    private void clientMessages() {
        add("answer to a request never sent", (test, mode) -> test.post(mode)
                .body("{\"jsonrpc\":\"2.0\",\"id\":999,\"result\":{}}"), INVALID, INVALID);
        add("error answer to a request never sent", (test, mode) -> test.post(mode)
                .body("{\"jsonrpc\":\"2.0\",\"id\":998,\"error\":{\"code\":-1,\"message\":\"x\"}}"), INVALID, INVALID);
        body("cancel of an unknown request", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\","
                + "\"params\":{\"requestId\":12345}}", ACCEPTED);
        body("unknown notification", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/whatever\"}", ACCEPTED);
        body("initialized again", "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}", ACCEPTED);
    }

    private static String members(int count) {
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < count; i++) {
            members.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        return members.toString();
    }

    private static String nested(int depth) {
        return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
    }

    private static byte[] concat(String head, byte[] middle, String tail) {
        byte[] start = bytes(head);
        byte[] end = bytes(tail);
        byte[] all = new byte[start.length + middle.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(middle, 0, all, start.length, middle.length);
        System.arraycopy(end, 0, all, start.length + middle.length, end.length);
        return all;
    }

    private static byte[] utf16(String text) {
        return text.getBytes(StandardCharsets.UTF_16);
    }
}
