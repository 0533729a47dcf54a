package io.jmcp.core.spi;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

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
}
