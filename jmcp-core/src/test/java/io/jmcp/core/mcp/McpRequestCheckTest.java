package io.jmcp.core.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCResponse.JSONRPCError;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class McpRequestCheckTest {
    private final McpRequestCheck check = new McpRequestCheck(McpJsonDefaults.getMapper(), Set.of("get_router_list"));

    private String invalidParams(String method, Object params) {
        Optional<JSONRPCError> problem = check.problem(method, params);
        assertThat(problem).as("problem of " + method + " " + params).isPresent();
        assertThat(problem.get().code()).isEqualTo(ErrorCodes.INVALID_PARAMS);
        assertThat(problem.get().data()).isNull();
        return problem.get().message();
    }

    @Test
    void namesAnUnknownTool() {
        assertThat(invalidParams("tools/call", Map.of("name", "invalid_tool_name")))
                .isEqualTo("Unknown tool 'invalid_tool_name'; tools/list gives the tools of this server");
    }

    @Test
    void refusesAnUnknownLoggingLevelListingTheLevels() {
        assertThat(invalidParams("logging/setLevel", Map.of("level", "verbose"))).isEqualTo("unknown logging level "
                + "'verbose'; the levels are debug, info, notice, warning, error, critical, alert, emergency");
    }

    @Test
    void acceptsEveryLevelOfTheSpec() {
        for (String level : List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency")) {
            assertThat(check.problem("logging/setLevel", Map.of("level", level))).as(level).isEmpty();
        }
    }

    @Test
    void refusesAnyCursorSinceItIssuesNone() {
        assertThat(invalidParams("prompts/list", Map.of("cursor", "abc")))
                .isEqualTo("invalid cursor 'abc': this server returns every item in one page and issues no cursors");
    }

    @Test
    void refusesAListWhoseMetaIsNotAnObject() {
        assertThat(invalidParams("resources/list", Map.of("_meta", "x")))
                .isEqualTo("params of resources/list do not have the shape the MCP schema gives (at '_meta')");
    }

    @Test
    void namesTheFieldOfTheWrongShapeWithoutJavaTypes() {
        assertThat(invalidParams("tools/call", Map.of("name", "get_router_list", "arguments", List.of(1))))
                .isEqualTo("params of tools/call do not have the shape the MCP schema gives (at 'arguments')");
    }

    @Test
    void namesAMissingRequiredParam() {
        assertThat(invalidParams("resources/read", null)).isEqualTo("resources/read needs params.uri");
    }

    @Test
    void refusesParamsThatAreNotAnObject() {
        assertThat(invalidParams("ping", List.of())).isEqualTo("params of ping must be a JSON object");
    }

    @Test
    void letsWellFormedRequestsThrough() {
        assertThat(check.problem("tools/call", Map.of("name", "get_router_list", "arguments", Map.of()))).isEmpty();
        assertThat(check.problem("tools/list", Map.of())).isEmpty();
        assertThat(check.problem("ping", null)).isEmpty();
    }
}
