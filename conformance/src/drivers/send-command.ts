import { HttpResponse } from "@smithy/protocol-http";
import { AnswerTooLargeError } from "../errors/answer-too-large-error.js";
import { NoCompleteAnswerError } from "../errors/no-complete-answer-error.js";
import { RequestNotAnsweredError } from "../errors/request-not-answered-error.js";
import type { StepResponse } from "./step-response.js";

/** What a deserialize-step handler gives back: the raw response, and the output once read. */
interface DeserializedAnswer<Output extends object> {
  response: unknown;
  output?: Output;
}

type DeserializeHandler<Input extends object, Output extends object> = (args: {
  input: Input;
  request: unknown;
}) => Promise<DeserializedAnswer<Output>>;

/**
 * The part of a Smithy command the driver uses, which ours and the SDK's both have: the middleware stack, where
 * the raw response is read just inside the deserializer.
 *
 * @internal
 */
export interface CapturableCommand<Input extends object, Output extends object> {
  readonly middlewareStack: {
    addRelativeTo(
      middleware: (next: DeserializeHandler<Input, Output>) => DeserializeHandler<Input, Output>,
      options: { relation: "after"; toMiddleware: string; name: string },
    ): void;
  };
}

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
 * Sends one command through its client and reads the answer, for ours and the SDK's alike: the same code reads
 * both clients' answers, so a difference in results can only come from the clients, never from the runner.
 * `send` is the client's own `send` of this command (each driver writes it per command, so the types line up).
 *
 * @internal
 */
export async function sendCommand<Input extends object, Output extends object>(
  label: string,
  command: CapturableCommand<Input, Output>,
  send: (options: {
    abortSignal?: AbortSignal;
  }) => Promise<Output & { $metadata: { httpStatusCode?: number } }>,
  signal?: AbortSignal,
): Promise<StepResponse> {
  let raw: HttpResponse | undefined;
  command.middlewareStack.addRelativeTo(
    (next) => async (args) => {
      const out = await next(args);
      if (HttpResponse.isInstance(out.response)) raw = out.response;
      return out;
    },
    { relation: "after", toMiddleware: "deserializerMiddleware", name: "conformanceCaptureResponse" },
  );
  try {
    const { $metadata, ...output } = await send(signal ? { abortSignal: signal } : {});
    return {
      status: raw?.statusCode ?? $metadata.httpStatusCode ?? 0,
      headers: lowerCase(raw?.headers),
      output,
    };
  } catch (error) {
    // A bound that stopped the exchange (deadline, size cap, case timeout, interrupt) says so itself, even
    // when the client had the status line already and would report a half-read answer as an S3 error.
    const stopped = boundFailure(error, signal);
    if (stopped) throw new RequestNotAnsweredError(label, stopped);
    const status =
      (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode ?? raw?.statusCode;
    if (status === undefined) {
      // No HTTP answer at all: the endpoint was not reached, or the client refused the input.
      throw new RequestNotAnsweredError(label, error as Error);
    }
    return {
      status,
      headers: lowerCase(raw?.headers),
      error: readError(error as Record<string, unknown>),
    };
  }
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
