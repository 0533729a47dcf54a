package io.jmcp.tools;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The text rendering of structured results: indented JSON, as the seed project printed it. */
final class JsonText {
    static final String MIME_TYPE = "application/json";
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private JsonText() {
    }

    static String pretty(Object value) {
        return JSON.writeValueAsString(value);
    }
}
