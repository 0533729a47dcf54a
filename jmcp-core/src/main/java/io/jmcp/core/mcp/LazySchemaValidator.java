package io.jmcp.core.mcp;

import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator;

import java.util.Map;

/**
 * The SDK's default JSON schema validator, found and made at its first use rather than when the
 * server is built: an {@link EarlyMcpServer} validates nothing before its tools are served (the
 * tool server makes the validator while building them), and making it is a tenth of a second of a
 * cold start.
 */
final class LazySchemaValidator implements JsonSchemaValidator {
    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        return McpJsonDefaults.getSchemaValidator().validate(schema, structuredContent);
    }

    @Override
    public ValidationResponse validateSchema(Map<String, Object> schema) {
        return McpJsonDefaults.getSchemaValidator().validateSchema(schema);
    }
}
