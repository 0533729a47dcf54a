// The official TypeScript SDK client at the edges of jmcp's stdio transport. The Java interop
// test (jmcp-server-stdio StdioEdgesTypeScriptIT) runs it:
//   node stdio-edges.mjs elicitation <answers-json> <command> [args...]
//   node stdio-edges.mjs progress <calls> <command> [args...]
//   node stdio-edges.mjs malformed <command> [args...]
// and reads the one JSON object it prints. Any failure exits non-zero with the reason.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const CALL_TIMEOUT_MS = 60000;

function textOf(result) {
  return result.content.filter((c) => c.type === "text").map((c) => c.text).join("\n");
}

async function connect(command, args, capabilities) {
  const client = new Client({ name: "jmcp-ts-edges", version: "1.0.0" }, { capabilities });
  const errors = [];
  client.onerror = (error) => errors.push(String(error.message).slice(0, 200));
  const transport = new StdioClientTransport({ command, args, stderr: "inherit" });
  await client.connect(transport);
  return { client, transport, errors };
}

// add_device with no arguments: every detail comes through forms, answered from <answers-json>
// with the fields each form asks for. The client declares elicitation and sends no progress token.
async function elicitation(answersJson, command, args) {
  const answers = JSON.parse(answersJson);
  const { client, errors } = await connect(command, args, { elicitation: {} });
  const forms = [];
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    const fields = Object.keys(request.params.requestedSchema?.properties ?? {});
    forms.push({ message: request.params.message, fields, meta: request.params._meta ?? null });
    const content = Object.fromEntries(fields.filter((f) => f in answers).map((f) => [f, answers[f]]));
    return { action: "accept", content };
  });
  try {
    const added = await client.callTool({ name: "add_device", arguments: {} }, undefined, { timeout: CALL_TIMEOUT_MS });
    const routers = await client.callTool({ name: "get_router_list", arguments: {} });
    return {
      forms,
      added: { isError: added.isError === true, text: textOf(added) },
      routers: Object.keys(JSON.parse(textOf(routers))).sort(),
      errors,
    };
  } finally {
    await client.close();
  }
}

// <calls> batch calls one after the other, each with a progress token and nothing else sent while
// it runs: every progress event and the reply must come on their own. What reaches the transport
// is recorded in order, besides what the SDK hands onprogress: this SDK handles a notification a
// tick later than a response, so a progress event read in the same chunk as its reply is dropped
// by the SDK itself ("unknown token") although it arrived first.
async function progress(calls, command, args) {
  const { client, transport, errors } = await connect(command, args, {});
  const arrivals = [];
  const onmessage = transport.onmessage;
  transport.onmessage = (message, extra) => {
    if (message.method === "notifications/progress") {
      arrivals.push({ token: message.params.progressToken, progress: message.params.progress });
    } else if (message.id !== undefined && (message.result !== undefined || message.error !== undefined)) {
      arrivals.push({ reply: message.id });
    }
    onmessage?.(message, extra);
  };
  try {
    const routers = Object.keys(JSON.parse(textOf(await client.callTool({ name: "get_router_list", arguments: {} }))))
      .sort();
    const results = [];
    for (let call = 0; call < Number(calls); call++) {
      const events = [];
      const result = await client.callTool(
        { name: "execute_junos_command_batch", arguments: { router_names: routers, command: "show version" } },
        undefined,
        { timeout: CALL_TIMEOUT_MS, onprogress: (event) => events.push(event) },
      );
      results.push({ isError: result.isError === true, events });
    }
    return { routers, results, arrivals: progressBeforeEachReply(arrivals), errors };
  } finally {
    await client.close();
  }
}

/** For each reply with progress: the progress values that arrived before it, and how many after. */
function progressBeforeEachReply(arrivals) {
  return arrivals.filter((a) => a.reply !== undefined)
    .map((a) => {
      const at = arrivals.indexOf(a);
      const ofIt = (e) => e.token !== undefined && e.token === a.reply;
      return {
        reply: a.reply,
        before: arrivals.slice(0, at).filter(ofIt).map((e) => e.progress),
        after: arrivals.slice(at + 1).filter(ofIt).length,
      };
    })
    .filter((r) => r.before.length > 0 || r.after > 0);
}

// A line that is not JSON and a truncated request written straight to the server's stdin, then a
// valid call: the server answers the bad lines with JSON-RPC errors (id null, which this SDK reports
// through onerror: its schema has no null id) and serves on.
async function malformed(command, args) {
  const { client, transport, errors } = await connect(command, args, {});
  try {
    transport._process.stdin.write('hello\n{"jsonrpc":"2.0","id":"cut","method":"tools/li\n');
    const routers = await client.callTool({ name: "get_router_list", arguments: {} }, undefined,
      { timeout: CALL_TIMEOUT_MS });
    return {
      routers: Object.keys(JSON.parse(textOf(routers))).sort(),
      isError: routers.isError === true,
      errors,
    };
  } finally {
    await client.close();
  }
}

async function main() {
  const [scenario, ...rest] = process.argv.slice(2);
  let seen;
  if (scenario === "elicitation" && rest.length >= 2) {
    seen = await elicitation(rest[0], rest[1], rest.slice(2));
  } else if (scenario === "progress" && rest.length >= 2) {
    seen = await progress(rest[0], rest[1], rest.slice(2));
  } else if (scenario === "malformed" && rest.length >= 1) {
    seen = await malformed(rest[0], rest.slice(1));
  } else {
    throw new Error("usage: stdio-edges.mjs elicitation <answers-json> | progress <calls> | malformed, then <command> [args...]");
  }
  console.log(JSON.stringify(seen));
}

main().catch((error) => {
  console.error(`stdio edges client failed: ${error.message}`);
  process.exit(1);
});
