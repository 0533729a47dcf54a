// add_device through elicitation over streamable HTTP with the official TypeScript SDK client:
//   node http-edges.mjs <url> <bearer-token> <ssh-key-path>
// The client declares the elicitation capability and sends no progress token. It answers the
// first form with a lab device's details and the second with yes, without a connection test, then lists
// the routers. It prints one JSON object with what it saw; any failure exits non-zero.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const [url, token, keyPath] = process.argv.slice(2);
if (!url || !token || !keyPath) {
  console.error("usage: http-edges.mjs <url> <token> <ssh-key-path>");
  process.exit(2);
}

const answers = {
  device_name: "lab-ts",
  device_ip: "192.0.2.44",
  device_port: 830,
  username: "netops",
  ssh_key_path: keyPath,
  confirm: true,
  // 192.0.2.0/24 is a documentation network: nothing answers there.
  test_connection: false,
};

function textOf(result) {
  return result.content.filter((c) => c.type === "text").map((c) => c.text).join("\n");
}

/** Fills a form from its requested schema with the answers for the fields it asks. */
function fill(schema) {
  const content = {};
  for (const name of Object.keys(schema.properties ?? {})) {
    if (name in answers) {
      content[name] = answers[name];
    }
  }
  return content;
}

async function main() {
  const client = new Client({ name: "jmcp-ts-http-edges", version: "1.0.0" }, { capabilities: { elicitation: {} } });
  const forms = [];
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    forms.push({ message: request.params.message, params: request.params });
    return { action: "accept", content: fill(request.params.requestedSchema) };
  });
  await client.connect(new StreamableHTTPClientTransport(new URL(url), {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
  }));
  try {
    const added = await client.callTool({ name: "add_device", arguments: {} }, undefined, { timeout: 60_000 });
    const routers = await client.callTool({ name: "get_router_list", arguments: {} });
    console.log(JSON.stringify({
      forms,
      isError: added.isError === true,
      text: textOf(added),
      routers: Object.keys(JSON.parse(textOf(routers))).sort(),
    }));
  } finally {
    await client.close();
  }
}

main().catch((error) => {
  console.error(`http-edges client failed: ${error.message}`);
  process.exit(1);
});
