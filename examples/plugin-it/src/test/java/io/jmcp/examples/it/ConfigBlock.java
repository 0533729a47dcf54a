package io.jmcp.examples.it;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.Optional;

/**
 * A JSON block of the README and the configuration it shows, told apart by its top-level keys:
 * a devices.json, a Claude Desktop configuration or a VS Code one.
 */
record ConfigBlock(FencedBlock block, JsonNode json) {
    static final JsonMapper JSON = JsonMapper.builder().build();

    enum Kind {
        DEVICES, CLAUDE_DESKTOP, VS_CODE
    }

    /** @throws AssertionError naming the block's line when it is not JSON */
    static ConfigBlock of(FencedBlock block) {
        try {
            return new ConfigBlock(block, JSON.readTree(block.text()));
        } catch (JacksonException malformed) {
            throw new AssertionError("README.md line " + block.line() + ": the json block is not JSON: "
                    + malformed.getOriginalMessage(), malformed);
        }
    }

    /** The README's JSON blocks of one kind. */
    static List<ConfigBlock> in(Readme readme, Kind kind) {
        return readme.blocks("json").stream().map(ConfigBlock::of)
                .filter(config -> config.kind().equals(Optional.of(kind))).toList();
    }

    Optional<Kind> kind() {
        if (json.has("mcpServers")) {
            return Optional.of(Kind.CLAUDE_DESKTOP);
        }
        if (json.has("servers")) {
            return Optional.of(Kind.VS_CODE);
        }
        boolean devices = json.isObject() && !json.isEmpty()
                && json.valueStream().allMatch(device -> device.isObject() && device.has("ip"));
        return devices ? Optional.of(Kind.DEVICES) : Optional.empty();
    }

    @Override
    public String toString() {
        return "README.md line " + block.line() + " (" + kind().map(Kind::name).orElse("unknown JSON") + ")";
    }
}
