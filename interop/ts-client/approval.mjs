// The official TypeScript SDK client as the person who approves changes of a jmcp server started
// with --approve-changes. The Java interop test (jmcp-server-stdio ChangeApprovalTypeScriptIT) runs
//   node approval.mjs <accept|decline> <router> <set-line> <command> [args...]
// and reads the one JSON object it prints: the forms shown, the change's result, and whether the
// line is then in the router's committed configuration. Any failure exits non-zero with the reason.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

const CALL_TIMEOUT_MS = 120000;

function textOf(result) {
  return result.content.filter((c) => c.type === "text").map((c) => c.text).join("\n");
}

async function main([decision, router, line, command, ...args]) {
  if (!["accept", "decline"].includes(decision) || !command) {
    throw new Error("usage: approval.mjs <accept|decline> <router> <set-line> <command> [args...]");
  }
  const client = new Client({ name: "jmcp-ts-approval", version: "1.0.0" }, { capabilities: { elicitation: {} } });
  const errors = [];
  client.onerror = (error) => errors.push(String(error.message).slice(0, 200));
  const forms = [];
  client.setRequestHandler(ElicitRequestSchema, async (request) => {
    const schema = request.params.requestedSchema;
    forms.push({ message: request.params.message, fields: Object.keys(schema?.properties ?? {}),
      required: schema?.required ?? [] });
    return decision === "accept" ? { action: "accept", content: { approve: true } } : { action: "decline" };
  });
  await client.connect(new StdioClientTransport({ command, args, stderr: "inherit" }));
  try {
    // callTool checks the structured content against the tool's output schema.
    const change = await client.callTool({ name: "load_and_commit_config",
      arguments: { router_name: router, config_text: line } }, undefined, { timeout: CALL_TIMEOUT_MS });
    const config = await client.callTool({ name: "get_junos_config",
      arguments: { router_name: router, format: "set" } }, undefined, { timeout: CALL_TIMEOUT_MS });
    return {
      forms,
      change: { isError: change.isError === true, text: textOf(change),
        status: change.structuredContent?.status ?? null },
      committed: textOf(config).split("\n").includes(line),
      errors,
    };
  } finally {
    await client.close();
  }
}

main(process.argv.slice(2)).then(
  (seen) => {
    process.stdout.write(JSON.stringify(seen) + "\n");
    process.exit(0);
  },
  (failure) => {
    process.stderr.write(`approval.mjs failed: ${failure?.stack ?? failure}\n`);
    process.exit(1);
  },
);
