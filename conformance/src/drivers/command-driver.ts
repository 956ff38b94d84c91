import type { OperationName } from "@s3-inventory/fixtures";
import { AnswerTooLargeError } from "../errors/answer-too-large-error.js";
import { NoCompleteAnswerError } from "../errors/no-complete-answer-error.js";
import { RequestNotAnsweredError } from "../errors/request-not-answered-error.js";
import type { ClientName, Driver } from "./driver.js";
import type { StepResponse } from "./step-response.js";

type Middleware = (
  next: (args: unknown) => Promise<{ response: unknown }>,
) => (args: unknown) => Promise<{ response: unknown }>;

/**
 * The part of a Smithy command the driver uses (ours and the SDK's have it).
 *
 * @example
 * const command: SmithyCommand = new ListBucketInventoryConfigurationsCommand({ Bucket: "src" });
 */
export interface SmithyCommand {
  middlewareStack: {
    addRelativeTo(
      middleware: Middleware,
      options: { relation: "after"; toMiddleware: string; name: string },
    ): void;
  };
}

/**
 * The part of a Smithy client the driver uses.
 *
 * @example
 * const client: SmithyClient = new S3Client({ region: "us-east-1" });
 */
export interface SmithyClient {
  send(command: SmithyCommand, options?: { abortSignal?: AbortSignal }): Promise<unknown>;
  destroy(): void;
}

/**
 * A command class: `new Command(input)`.
 *
 * @example
 * const Command: CommandClass = ListBucketInventoryConfigurationsCommand;
 */
export type CommandClass = new (input: never) => SmithyCommand;

// Members of an SDK error that are framework fields, not `<Error>` children.
const FRAMEWORK_MEMBERS = new Set([
  "$fault",
  "$retryable",
  "$metadata",
  "$response",
  "name",
  "message",
  "Code",
  "Message",
  "stack",
]);

/**
 * A driver over any Smithy-style client (our S3InventoryClient or the SDK's S3Client): the same code reads both
 * clients' answers, so a difference in results can only come from the clients, never from the runner. The raw
 * response is captured just inside the deserializer, for status and headers.
 *
 * @example
 * const driver = createCommandDriver("sdk", new S3Client(config), { ListBucketInventoryConfigurations: ListBucketInventoryConfigurationsCommand });
 */
export function createCommandDriver(
  client: ClientName,
  smithyClient: SmithyClient,
  commands: Partial<Record<OperationName, CommandClass>>,
  fallback?: (
    operation: OperationName,
    input: Record<string, unknown>,
    signal?: AbortSignal,
  ) => Promise<StepResponse>,
): Driver {
  return {
    client,
    async send(operation, input, signal) {
      const Command = commands[operation];
      if (!Command) {
        if (fallback) return fallback(operation, input, signal);
        throw new Error(`the ${client} client has no ${operation} command`);
      }
      const command = new Command(input as never);
      let raw: { statusCode?: number; headers?: Record<string, string> } | undefined;
      command.middlewareStack.addRelativeTo(
        (next) => async (args) => {
          const out = await next(args);
          raw = out.response as typeof raw;
          return out;
        },
        { relation: "after", toMiddleware: "deserializerMiddleware", name: "conformanceCaptureResponse" },
      );
      try {
        const { $metadata, ...output } = (await smithyClient.send(
          command,
          signal ? { abortSignal: signal } : {},
        )) as {
          $metadata: { httpStatusCode?: number };
        };
        return {
          status: raw?.statusCode ?? $metadata.httpStatusCode ?? 0,
          headers: lowerCase(raw?.headers),
          output,
        };
      } catch (error) {
        // A bound that stopped the exchange (deadline, size cap, case timeout, interrupt) says so itself, even
        // when the client had the status line already and would report a half-read answer as an S3 error.
        const stopped = boundFailure(error, signal);
        if (stopped) throw new RequestNotAnsweredError(`${client} client, ${operation}`, stopped);
        const status =
          (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? raw?.statusCode;
        if (status === undefined) {
          // No HTTP answer at all: the endpoint was not reached, or the client refused the input.
          throw new RequestNotAnsweredError(`${client} client, ${operation}`, error as Error);
        }
        return {
          status,
          headers: lowerCase(raw?.headers),
          error: readError(error as Record<string, unknown>),
        };
      }
    },
    close() {
      smithyClient.destroy();
    },
  };
}

function boundFailure(error: unknown, signal: AbortSignal | undefined): Error | undefined {
  if (error instanceof NoCompleteAnswerError || error instanceof AnswerTooLargeError) return error;
  // Our client's own body limit (the XML reader's, below the run's cap) stops the answer too: not an S3 error.
  if ((error as Error | undefined)?.name === "ResponseTooLargeError") return error as Error;
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof NoCompleteAnswerError || cause instanceof AnswerTooLargeError) return cause;
  if (signal?.aborted) return signal.reason instanceof Error ? signal.reason : new Error("stopped");
  return undefined;
}

function readError(error: Record<string, unknown>): StepResponse["error"] & object {
  const code = typeof error.Code === "string" ? error.Code : String(error.name);
  // The SDK invents "UnknownError" when the body has no <Message>; that is not what the endpoint said.
  const message =
    typeof error.Message === "string"
      ? error.Message
      : error.message === "UnknownError"
        ? undefined
        : String(error.message);
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(error)) {
    if (!FRAMEWORK_MEMBERS.has(name) && typeof value === "string") fields[name] = value;
  }
  return { code, ...(message === undefined ? {} : { message }), fields };
}

function lowerCase(headers: Record<string, string> | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) result[name.toLowerCase()] = value;
  return result;
}
