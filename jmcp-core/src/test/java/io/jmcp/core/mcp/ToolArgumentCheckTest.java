package io.jmcp.core.mcp;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ToolArgumentCheckTest {
    private static final Map<String, Object> DIFF_SCHEMA = Map.of("type", "object", "properties", Map.of(
            "router_name", Map.of("type", "string", "description", "The name of the router"),
            "version", Map.of("type", "integer", "description", "Rollback version to compare against (1-49)"),
            "timeout", Map.of("type", "integer", "description", "Timeout in seconds")));
    private final ToolArgumentCheck diff = new ToolArgumentCheck("junos_config_diff", DIFF_SCHEMA);

    @Test
    void suggestsTheArgumentWhoseDescriptionMentionsTheUnknownName() {
        assertThat(diff.problem(Map.of("router_name", "r1", "rollback", 2))).hasValue("unknown argument 'rollback'; "
                + "did you mean 'version'? (tool 'junos_config_diff' takes router_name, timeout, version)");
    }

    @Test
    void suggestsTheNearestSpellingOfAnArgumentNotGivenYet() {
        assertThat(diff.problem(Map.of("router_name", "r1", "timout", 5))).get().asString()
                .startsWith("unknown argument 'timout'; did you mean 'timeout'?");
    }

    @Test
    void saysWhenAToolTakesNoArguments() {
        ToolArgumentCheck none = new ToolArgumentCheck("get_router_list", Map.of("type", "object"));

        assertThat(none.problem(Map.of("verbose", true)))
                .hasValue("unknown argument 'verbose': tool 'get_router_list' takes no arguments");
    }

    @Test
    void allowsOtherArgumentsWhenTheSchemaDoes() {
        ToolArgumentCheck open = new ToolArgumentCheck("open", Map.of("type", "object", "additionalProperties", true));

        assertThat(open.problem(Map.of("anything", 1))).isEmpty();
    }

    @Test
    void refusesANulCharacterSayingWhere() {
        assertThat(diff.problem(Map.of("router_name", "r\u00001")))
                .hasValue("argument 'router_name' contains a NUL character (at character 2)");
    }

    @Test
    void refusesLoneSurrogatesAnywhereInTheArguments() {
        ToolArgumentCheck open = new ToolArgumentCheck("open", Map.of("type", "object", "additionalProperties", true));

        assertThat(open.problem(Map.of("list", List.of("ok", Map.of("deep", "x\udc00")))))
                .hasValue("argument 'list[1].deep' is not valid Unicode: a lone surrogate \\udc00 at character 2");
        assertThat(open.problem(Map.of("text", "\ud800"))).get().asString().contains("lone surrogate \\ud800");
    }

    @Test
    void acceptsSurrogatePairsAndOtherScripts() {
        assertThat(diff.problem(Map.of("router_name", "r\uD83D\uDE80 日本"))).isEmpty();
    }
}
