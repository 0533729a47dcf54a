package io.jmcp.core.spi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ToolInputTest {

    enum Format { TEXT, XML_TREE }

    record Arguments(@JsonProperty(required = true) @JsonPropertyDescription("The router") String routerName,
                     @JsonProperty(defaultValue = "xml_tree") @JsonPropertyDescription("Output format") Format format,
                     @JsonProperty(defaultValue = "1") @Bounds(minimum = 1, maximum = 49) Integer version,
                     @Bounds(minimum = 0) Integer offset, @JsonProperty(defaultValue = "false") boolean dryRun,
                     @Bounds(minItems = 1) List<String> commands, @Choices({"strict", "accept-new"}) String hostKey) {
    }

    record NoArguments() {
    }

    /** What a tool reads: the kinds of component {@link ToolInput#read} takes. */
    record Call(@JsonProperty(required = true) String routerName,
                @JsonProperty(defaultValue = "xml_tree") Format format,
                @JsonProperty(defaultValue = "1") @Bounds(minimum = 1, maximum = 49) Integer version,
                @Bounds(minimum = 0) Integer offset, String section, @JsonProperty(defaultValue = "true") boolean atomic,
                @JsonProperty(required = true) Format database) {
    }

    record Batch(@JsonProperty(required = true) @Bounds(minItems = 1) List<String> routerNames) {
    }

    private static final JsonNode SCHEMA = JsonMapper.shared().readTree(
            ToolInput.schemaOf(Arguments.class, TimeoutArgument.schemaProperty("Timeout in seconds")));

    @Test
    void requiresOnlyTheComponentsJacksonMarksRequired() {
        assertThat(SCHEMA.path("type").asString()).isEqualTo("object");
        assertThat(SCHEMA.path("required").values()).extracting(JsonNode::asString).containsExactly("router_name");
    }

    @Test
    void carriesDescriptionsDefaultsEnumsAndBounds() {
        assertThat(SCHEMA.at("/properties/router_name/description").asString()).isEqualTo("The router");
        assertThat(SCHEMA.at("/properties/format/enum").values()).extracting(JsonNode::asString)
                .containsExactly("text", "xml_tree");
        assertThat(SCHEMA.at("/properties/format/default").isString()).isTrue();
        assertThat(SCHEMA.at("/properties/format/default").asString()).isEqualTo("xml_tree");
        assertThat(SCHEMA.at("/properties/version/type").asString()).isEqualTo("integer");
        assertThat(SCHEMA.at("/properties/version/default").isInt()).isTrue();
        assertThat(SCHEMA.at("/properties/version/minimum").asLong()).isEqualTo(1);
        assertThat(SCHEMA.at("/properties/version/maximum").asLong()).isEqualTo(49);
        assertThat(SCHEMA.at("/properties/offset/minimum").asLong()).isZero();
        assertThat(SCHEMA.at("/properties/offset/maximum").isMissingNode()).isTrue();
        assertThat(SCHEMA.at("/properties/dry_run/default").isBoolean()).isTrue();
        assertThat(SCHEMA.at("/properties/commands/items/type").asString()).isEqualTo("string");
        assertThat(SCHEMA.at("/properties/commands/minItems").asInt()).isEqualTo(1);
        assertThat(SCHEMA.at("/properties/offset/minItems").isMissingNode()).isTrue();
        assertThat(SCHEMA.at("/properties/host_key/enum").values()).extracting(JsonNode::asString)
                .containsExactly("strict", "accept-new");
    }

    @Test
    void appendsTheSharedArgumentsAsTheirOwnClassesWriteThem() {
        assertThat(SCHEMA.at("/properties/timeout")).isEqualTo(JsonMapper.shared().readTree(
                "{" + TimeoutArgument.schemaProperty("Timeout in seconds") + "}").get("timeout"));
    }

    @Test
    void anArgumentlessToolHasAnEmptyObjectSchema() {
        assertThat(JsonMapper.shared().readTree(ToolInput.schemaOf(NoArguments.class)))
                .isEqualTo(JsonMapper.shared().readTree("{\"type\": \"object\", \"properties\": {}}"));
    }
    private static Map<String, Object> call(Object... namesAndValues) {
        Map<String, Object> arguments = new HashMap<>(Map.of("router_name", "r1", "database", "text"));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            arguments.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return arguments;
    }

    @Test
    void readsEachArgumentOrItsDeclaredDefault() {
        assertThat(ToolInput.read(Call.class, call()))
                .isEqualTo(new Call("r1", Format.XML_TREE, 1, null, null, true, Format.TEXT));
        assertThat(ToolInput.read(Call.class, call("format", "TEXT", "version", 49.0, "offset", 0, "section",
                "protocols bgp", "atomic", false)))
                .isEqualTo(new Call("r1", Format.TEXT, 49, 0, "protocols bgp", false, Format.TEXT));
        assertThat(ToolInput.read(Batch.class, Map.of("router_names", List.of("r1", "r2"))).routerNames())
                .containsExactly("r1", "r2");
    }

    @Test
    void refusesAWrongArgumentWithTheMessageOfToolArguments() {
        Map<Map<String, Object>, String> refused = Map.of(
                call("router_name", "  "), "argument 'router_name' must not be blank",
                call("format", "yaml"), "argument 'format' must be one of text, xml_tree, got \"yaml\"",
                call("version", 50), "argument 'version' must be between 1 and 49, got 50",
                call("version", 1.5), "argument 'version' must be an integer, got 1.5",
                call("offset", -1), "argument 'offset' must be between 0 and 2147483647, got -1",
                call("section", 7), "argument 'section' must be a string, got 7",
                call("atomic", "yes"), "argument 'atomic' must be true or false, got \"yes\"");
        refused.forEach((arguments, message) -> assertThatThrownBy(() -> ToolInput.read(Call.class, arguments))
                .isInstanceOf(ToolException.class).hasMessage(message));
        assertThatThrownBy(() -> ToolInput.read(Batch.class, Map.of("router_names", List.of())))
                .isInstanceOf(ToolException.class).hasMessage("argument 'router_names' must not be empty");
    }

    @Test
    void refusesAMissingRequiredArgumentAndNamesTheFirstInComponentOrder() {
        Map<String, Object> neither = call();
        neither.remove("router_name");
        neither.remove("database");

        assertThatThrownBy(() -> ToolInput.read(Call.class, neither))
                .isInstanceOf(ToolException.class).hasMessage("argument 'router_name' is required");
        assertThatThrownBy(() -> ToolInput.read(Call.class, Map.of("router_name", "r1", "version", 0)))
                .isInstanceOf(ToolException.class).hasMessage("argument 'version' must be between 1 and 49, got 0");
        assertThatThrownBy(() -> ToolInput.read(Call.class, Map.of("router_name", "r1")))
                .isInstanceOf(ToolException.class).hasMessage("argument 'database' is required");
        assertThatThrownBy(() -> ToolInput.read(Batch.class, Map.of()))
                .isInstanceOf(ToolException.class).hasMessage("argument 'router_names' is required");
    }

    @Test
    void refusesARecordWithAComponentItCannotCheckAsTheSchemaSays() {
        assertThatThrownBy(() -> ToolInput.read(Arguments.class, Map.of("router_name", "r1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("argument 'commands': ToolInput cannot read a java.util.List");
    }
}
