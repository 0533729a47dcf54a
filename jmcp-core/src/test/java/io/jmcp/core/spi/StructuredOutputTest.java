package io.jmcp.core.spi;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StructuredOutputTest {

    enum Health { GOOD, NEEDS_CARE }

    record Port(int number, Health health) {
    }

    record Report(@JsonProperty("router_name") String router, Health health, long upTime,
                  @JsonPropertyDescription("seconds") double duration, List<Port> ports, Map<String, Port> byName,
                  Port first, @Nullable Integer confirmedMinutes, @Nullable Health lastHealth) {
    }

    private static final JsonNode SCHEMA = JsonMapper.shared().readTree(StructuredOutput.schemaOf(Report.class));

    @Test
    void namesPropertiesAsTheContentDoesAndRequiresEveryComponent() {
        assertThat(SCHEMA.path("type").asString()).isEqualTo("object");
        assertThat(SCHEMA.path("properties").propertyNames()).containsExactly("router_name", "health", "up_time",
                "duration", "ports", "by_name", "first", "confirmed_minutes", "last_health");
        assertThat(strings(SCHEMA.path("required"))).containsExactly("router_name", "health", "up_time", "duration",
                "ports", "by_name", "first", "confirmed_minutes", "last_health");
    }

    @Test
    void listsEveryEnumConstantInLowerCase() {
        List<String> constants = Arrays.stream(Health.values()).map(health -> health.name().toLowerCase()).toList();

        assertThat(strings(SCHEMA.at("/properties/health/enum"))).isEqualTo(constants);
        assertThat(strings(SCHEMA.at("/properties/ports/items/properties/health/enum"))).isEqualTo(constants);
    }

    @Test
    void mapsJavaTypesToJsonTypesWithDescriptions() {
        assertThat(SCHEMA.at("/properties/router_name/type").asString()).isEqualTo("string");
        assertThat(SCHEMA.at("/properties/up_time/type").asString()).isEqualTo("integer");
        assertThat(SCHEMA.at("/properties/duration/type").asString()).isEqualTo("number");
        assertThat(SCHEMA.at("/properties/duration/description").asString()).isEqualTo("seconds");
        assertThat(SCHEMA.at("/properties/ports/type").asString()).isEqualTo("array");
        assertThat(strings(SCHEMA.at("/properties/ports/items/required"))).containsExactly("number", "health");
        assertThat(strings(SCHEMA.at("/properties/by_name/additionalProperties/required")))
                .containsExactly("number", "health");
    }

    @Test
    void writesARecordMetTwiceInFullWithoutTheModulesIds() {
        assertThat(SCHEMA.at("/properties/first")).isEqualTo(SCHEMA.at("/properties/ports/items"));
        assertThat(SCHEMA.toString()).doesNotContain("\"id\"", "$ref", "urn:jsonschema");
    }

    @Test
    void nullableComponentsAcceptNullAndOnlyThey() {
        assertThat(strings(SCHEMA.at("/properties/confirmed_minutes/type"))).containsExactly("integer", "null");
        assertThat(strings(SCHEMA.at("/properties/last_health/type"))).containsExactly("string", "null");
        assertThat(strings(SCHEMA.at("/properties/last_health/enum"))).containsExactly("good", "needs_care", null);
        assertThat(SCHEMA.at("/properties/up_time/type").isString()).isTrue();
    }

    @Test
    void contentIsTheRecordSerialisedWithNullsKept() {
        Report report = new Report("r1", Health.NEEDS_CARE, 7, 1.5, List.of(new Port(22, Health.GOOD)),
                Map.of("ssh", new Port(22, Health.GOOD)), new Port(830, Health.GOOD), null, null);

        Map<String, Object> expected = new HashMap<>();
        expected.put("router_name", "r1");
        expected.put("health", "needs_care");
        expected.put("up_time", 7L);
        expected.put("duration", 1.5);
        expected.put("ports", List.of(Map.of("number", 22, "health", "good")));
        expected.put("by_name", Map.of("ssh", Map.of("number", 22, "health", "good")));
        expected.put("first", Map.of("number", 830, "health", "good"));
        expected.put("confirmed_minutes", null);
        expected.put("last_health", null);
        assertThat(StructuredOutput.contentOf(report)).isEqualTo(expected);
    }

    @Test
    void anyOfOffersEachShape() {
        JsonNode schema = JsonMapper.shared().readTree(StructuredOutput.anyOf(Report.class, Port.class));

        assertThat(schema.path("anyOf").size()).isEqualTo(2);
        assertThat(schema.at("/anyOf/0")).isEqualTo(SCHEMA);
        assertThat(strings(schema.at("/anyOf/1/required"))).containsExactly("number", "health");
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(node -> node.isNull() ? null : node.asString()).toList();
    }

    record Shapes(@Nullable @OneOrMany(String.class) Object master,
                  @JsonInclude(JsonInclude.Include.NON_NULL) String domain, Port port) {
    }

    record FreeMap(@JsonAnyGetter Map<String, Port> byName) {
    }

    @Test
    void oneOrManyIsTheAnyOfOfOneValueAndAList() {
        JsonNode schema = JsonMapper.shared().readTree(StructuredOutput.schemaOf(Shapes.class));

        assertThat(schema.at("/properties/master").toString())
                .isEqualTo("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"array\",\"items\":{\"type\":\"string\"}},{\"type\":\"null\"}]}");
        assertThat(StructuredOutput.contentOf(new Shapes(List.of("RE0", "RE1"), null, new Port(1, Health.GOOD))))
                .containsEntry("master", List.of("RE0", "RE1"));
    }

    @Test
    void aComponentOmittedWhenNullIsNotRequired() {
        JsonNode schema = JsonMapper.shared().readTree(StructuredOutput.schemaOf(Shapes.class));

        assertThat(strings(schema.path("required"))).containsExactly("master", "port");
        assertThat(schema.at("/properties/domain/type").asString()).isEqualTo("string");
        assertThat(StructuredOutput.contentOf(new Shapes("RE0", null, new Port(1, Health.GOOD)))).doesNotContainKey("domain");
    }

    @Test
    void anAnyGetterMapIsTheObjectsAdditionalProperties() {
        JsonNode schema = JsonMapper.shared().readTree(StructuredOutput.schemaOf(FreeMap.class));

        assertThat(strings(schema.at("/additionalProperties/required"))).containsExactly("number", "health");
        assertThat(schema.has("properties")).isFalse();
        assertThat(StructuredOutput.contentOf(new FreeMap(Map.of("ge-0/0/0", new Port(0, Health.GOOD)))))
                .isEqualTo(Map.of("ge-0/0/0", Map.of("number", 0, "health", "good")));
    }

    @Test
    void contentReadsBackIntoItsRecord() {
        Shapes shapes = new Shapes(List.of("RE0", "RE1"), "example.net", new Port(2, Health.NEEDS_CARE));

        assertThat(StructuredOutput.fromContent(StructuredOutput.contentOf(shapes), Shapes.class)).isEqualTo(shapes);
    }
}
