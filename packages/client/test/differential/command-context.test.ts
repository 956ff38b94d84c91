// Differential suite, the handler context: our commands are not built with Smithy's `Command.classBuilder()`
// (src/commands/inventory-command.ts says why), so this pins what a middleware sees against the SDK's
// generated commands: names, the Smithy context, the log filters, and where the command's own stack runs.
import type { HandlerExecutionContext, InitializeMiddleware } from "@smithy/types";
import { SMITHY_CONTEXT_KEY } from "@smithy/types";
import { describe, expect, test } from "vitest";
import { answerBoth, makeClientPair, OPERATIONS, type OperationName } from "../support/clients.js";

const INPUT = {
  Bucket: "src",
  Id: "report-1",
  InventoryConfiguration: {
    Id: "report-1",
    IsEnabled: true,
    IncludedObjectVersions: "Current",
    Destination: { S3BucketDestination: { Bucket: "arn:aws:s3:::dest", Format: "CSV" } },
    Schedule: { Frequency: "Daily" },
  },
} as const;

interface Seen {
  context: HandlerExecutionContext;
  order: string[];
}

/** Sends `operation` on one side with a client middleware and a command middleware that record what they see. */
async function observe(
  client: { send: (command: never, options?: object) => Promise<unknown> },
  Command: new (input: object) => { middlewareStack: { add: (...args: never[]) => void } },
  abortSignal: AbortSignal,
): Promise<Seen & { command: object }> {
  const seen: Seen = { context: {}, order: [] };
  const command = new Command(INPUT);
  const record =
    (label: string, keep: boolean): InitializeMiddleware<object, object> =>
    (next, context) =>
    (args) => {
      seen.order.push(label);
      if (keep) seen.context = context;
      return next(args);
    };
  (client as unknown as { middlewareStack: { add: (m: unknown, o: object) => void } }).middlewareStack.add(
    record("client", true),
    { step: "initialize", name: "recordClient" },
  );
  command.middlewareStack.add(
    record("command", false) as never,
    { step: "initialize", name: "recordCommand" } as never,
  );
  await client.send(command as never, { abortSignal });
  return { ...seen, command };
}

describe.each(Object.keys(OPERATIONS) as OperationName[])("%s handler context", (operation) => {
  test("a middleware sees what it sees under the SDK's command", async () => {
    const pair = makeClientPair();
    const body = operation === "Get" || operation === "List" ? "" : undefined;
    answerBoth(pair, { statusCode: body === undefined ? 204 : 200, body: body ?? "" });
    const abortSignal = new AbortController().signal;
    const ours = await observe(pair.ours as never, OPERATIONS[operation].ours as never, abortSignal);
    const sdk = await observe(pair.sdk as never, OPERATIONS[operation].sdk as never, abortSignal);

    expect(ours.context.clientName).toBe("S3InventoryClient");
    expect(ours.context.commandName).toBe(sdk.context.commandName);
    expect(ours.context.logger).toBe(pair.ours.config.logger);
    const oursSmithy = ours.context[SMITHY_CONTEXT_KEY] as Record<string, unknown>;
    const sdkSmithy = sdk.context[SMITHY_CONTEXT_KEY] as Record<string, unknown>;
    expect(oursSmithy).toMatchObject({ service: sdkSmithy["service"], operation: sdkSmithy["operation"] });
    expect(oursSmithy["commandInstance"]).toBe(ours.command);
    expect(oursSmithy["abortSignal"]).toBe(abortSignal);
    // The command's own middleware runs after the client's in the same step, as in the SDK.
    expect(ours.order).toStrictEqual(sdk.order);
    // Log filters: both are functions (ours redact the SSE-KMS key id, as the SDK's do).
    expect(typeof ours.context.inputFilterSensitiveLog).toBe("function");
    expect(typeof ours.context.outputFilterSensitiveLog).toBe("function");
  });
});
