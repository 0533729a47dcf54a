// A real MCP client of jmcp, built on the official TypeScript SDK. The Java interop tests run it:
//   node client.mjs stdio <command> [args...]
//   node client.mjs http <url> <bearer-token>
// It lists the tools, calls get_router_list, then execute_junos_command on the first router,
// and prints one JSON object with what it saw. Any failure exits non-zero with the reason.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

function transportFrom(argv) {
  const [mode, ...rest] = argv;
  if (mode === "stdio" && rest.length >= 1) {
    return new StdioClientTransport({ command: rest[0], args: rest.slice(1), stderr: "inherit" });
  }
  if (mode === "http" && rest.length === 2) {
    return new StreamableHTTPClientTransport(new URL(rest[0]), {
      requestInit: { headers: { Authorization: `Bearer ${rest[1]}` } },
    });
  }
  throw new Error("usage: client.mjs stdio <command> [args...] | http <url> <token>");
}

function textOf(result) {
  return result.content.filter((c) => c.type === "text").map((c) => c.text).join("\n");
}

async function main() {
  const client = new Client({ name: "jmcp-ts-interop", version: "1.0.0" });
  await client.connect(transportFrom(process.argv.slice(2)));
  try {
    const tools = (await client.listTools()).tools.map((t) => t.name).sort();
    const routerList = await client.callTool({ name: "get_router_list", arguments: {} });
    const routers = Object.keys(JSON.parse(textOf(routerList))).sort();
    const version = await client.callTool({
      name: "execute_junos_command",
      arguments: { router_name: routers[0], command: "show version" },
    });
    console.log(JSON.stringify({
      server: client.getServerVersion(),
      tools,
      routers,
      routerListIsError: routerList.isError === true,
      command: { router: routers[0], isError: version.isError === true, text: textOf(version) },
    }));
  } finally {
    await client.close();
  }
}

main().catch((error) => {
  console.error(`interop client failed: ${error.message}`);
  process.exit(1);
});
