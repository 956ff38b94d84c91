import {
  GetBucketInventoryConfigurationCommand,
  ListBucketInventoryConfigurationsCommand,
  PutBucketInventoryConfigurationCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import type { InventoryConfiguration } from "../../src/shapes/inventory-configuration.js";
import type {
  ListBucketInventoryConfigurationsOutput,
  PutBucketInventoryConfigurationRequest,
} from "../../src/shapes/operations.js";

// The differential-test oracle: @aws-sdk/client-s3 3.1175.0 (an exact devDependency), driven through a
// custom request handler so nothing leaves the process. It answers two questions for any input:
// "what bytes does the SDK send?" and "what does the SDK make of these response bytes?".
// Test-only (excluded from the build by tsconfig.build.json); other packages may copy or import it.

process.env["AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED"] ??= "true";

/**
 * The HTTP answer the oracle's request handler gives the SDK.
 *
 * @example
 * ```ts
 * const reply: SdkReply = { statusCode: 404, body: "<Error><Code>NoSuchConfiguration</Code></Error>" };
 * ```
 */
export interface SdkReply {
  statusCode?: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * The request the SDK sent, as its request handler saw it.
 *
 * @example
 * ```ts
 * const { request } = await sendThroughSdk(new PutBucketInventoryConfigurationCommand(input), { statusCode: 204 });
 * request.method; // "PUT"
 * ```
 */
export interface SdkCapturedRequest {
  method: string;
  hostname: string;
  path: string;
  query: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  /** The body as the SDK handed it to the handler; `undefined` when it sent none. */
  body: string | undefined;
}

/**
 * What became of one command: the request sent, and either the output or the thrown error.
 *
 * @example
 * ```ts
 * const result = await sendThroughSdk(command, reply);
 * if (result.error) console.log(result.error.name);
 * ```
 */
export interface SdkExchange<Output> {
  request: SdkCapturedRequest;
  output?: Output;
  error?: Error & Record<string, unknown>;
}

/**
 * An SDK error seen as plain data: `name`, `message`, `$fault`, and every other own property the SDK
 * copied onto it from the error body (`Code`, `RequestId`, `BucketName`, …).
 *
 * @example
 * ```ts
 * const view = await sdkErrorFromBody("<Error><Code>IdMismatch</Code><Message>m</Message></Error>");
 * view.name; // "IdMismatch"
 * ```
 */
export interface SdkErrorView {
  name: string;
  message: string;
  fault: unknown;
  httpStatusCode: unknown;
  fields: Record<string, unknown>;
}

let reply: SdkReply = {};
let captured: SdkCapturedRequest | undefined;
let queue: Promise<unknown> = Promise.resolve();

const encoder = new TextEncoder();
const client = new S3Client({
  region: "us-east-1",
  credentials: { accessKeyId: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" },
  maxAttempts: 1,
  requestHandler: {
    handle: async (request: {
      method: string;
      hostname: string;
      path: string;
      query?: Record<string, string | string[] | null>;
      headers: Record<string, string>;
      body?: unknown;
    }) => {
      captured = {
        method: request.method,
        hostname: request.hostname,
        path: request.path,
        query: { ...request.query },
        headers: { ...request.headers },
        body: bodyText(request.body),
      };
      const body = reply.body;
      return {
        response: {
          statusCode: reply.statusCode ?? 200,
          headers: reply.headers ?? {},
          body: typeof body === "string" ? encoder.encode(body) : (body ?? new Uint8Array()),
        },
      };
    },
  },
});

function bodyText(body: unknown): string | undefined {
  if (body === undefined || body === null) return undefined;
  if (typeof body === "string") return body;
  if (body instanceof Uint8Array) return new TextDecoder().decode(body);
  throw new Error(`sdk-oracle: unexpected request body type ${typeof body}`);
}

/**
 * Sends one @aws-sdk/client-s3 command through the capturing handler, answering with `answer`.
 * Calls are serialized, so concurrent tests cannot see each other's replies.
 *
 * @example
 * ```ts
 * const { output } = await sendThroughSdk(new GetBucketInventoryConfigurationCommand({ Bucket: "b", Id: "i" }), {
 *   body: '<InventoryConfiguration><Id>i</Id></InventoryConfiguration>',
 * });
 * ```
 */
export function sendThroughSdk<Output>(
  // biome-ignore lint/suspicious/noExplicitAny: any S3 command; the SDK's own send() overloads are not reusable here.
  command: any,
  answer: SdkReply,
): Promise<SdkExchange<Output>> {
  const run = async (): Promise<SdkExchange<Output>> => {
    reply = answer;
    captured = undefined;
    try {
      const output = (await client.send(command)) as Output & { $metadata?: unknown };
      const { $metadata: _metadata, ...rest } = output;
      return { request: takeCaptured(), output: rest as Output };
    } catch (error) {
      return { request: takeCaptured(), error: error as Error & Record<string, unknown> };
    }
  };
  const result = queue.then(run, run);
  queue = result.catch(() => undefined);
  return result;
}

function takeCaptured(): SdkCapturedRequest {
  if (!captured) throw new Error("sdk-oracle: the SDK sent no request");
  return captured;
}

/**
 * The body @aws-sdk/client-s3 3.1175.0 sends for a PutBucketInventoryConfiguration of `configuration`.
 *
 * @example
 * ```ts
 * expect(serializeInventoryConfiguration(config)).toBe(await sdkPutBody(config));
 * ```
 */
export async function sdkPutBody(
  configuration: InventoryConfiguration | undefined,
): Promise<string | undefined> {
  return (
    await sdkPutRequest({ Bucket: "src-bucket", Id: "report-1", InventoryConfiguration: configuration })
  ).body;
}

/**
 * The whole request @aws-sdk/client-s3 3.1175.0 sends for a PutBucketInventoryConfiguration.
 *
 * @example
 * ```ts
 * const request = await sdkPutRequest({ Bucket: "b", Id: "i", InventoryConfiguration: config });
 * request.headers["content-type"]; // "application/xml"
 * ```
 */
export async function sdkPutRequest(
  input: PutBucketInventoryConfigurationRequest,
): Promise<SdkCapturedRequest> {
  const exchange = await sendThroughSdk(
    // biome-ignore lint/suspicious/noExplicitAny: the SDK's enum unions are wider than ours only nominally.
    new PutBucketInventoryConfigurationCommand(input as any),
    { statusCode: 204 },
  );
  if (exchange.error) throw exchange.error;
  return exchange.request;
}

/**
 * What @aws-sdk/client-s3 3.1175.0 parses from a GetBucketInventoryConfiguration response body.
 * Throws what the SDK throws (e.g. its XML parse error).
 *
 * @example
 * ```ts
 * expect(parseInventoryConfiguration(body)).toStrictEqual(await sdkParseInventoryConfiguration(body));
 * ```
 */
export async function sdkParseInventoryConfiguration(
  body: string | Uint8Array,
): Promise<InventoryConfiguration | undefined> {
  const exchange = await sendThroughSdk<{ InventoryConfiguration?: InventoryConfiguration }>(
    new GetBucketInventoryConfigurationCommand({ Bucket: "src-bucket", Id: "report-1" }),
    { statusCode: 200, headers: { "content-type": "application/xml" }, body },
  );
  if (exchange.error) throw exchange.error;
  return exchange.output?.InventoryConfiguration;
}

/**
 * What @aws-sdk/client-s3 3.1175.0 parses from a ListBucketInventoryConfigurations response body
 * (`$metadata` removed).
 *
 * @example
 * ```ts
 * expect(parseListInventoryConfigurationsResult(body)).toStrictEqual(await sdkParseListResult(body));
 * ```
 */
export async function sdkParseListResult(
  body: string | Uint8Array,
): Promise<ListBucketInventoryConfigurationsOutput> {
  const exchange = await sendThroughSdk<ListBucketInventoryConfigurationsOutput>(
    new ListBucketInventoryConfigurationsCommand({ Bucket: "src-bucket" }),
    { statusCode: 200, headers: { "content-type": "application/xml" }, body },
  );
  if (exchange.error) throw exchange.error;
  return exchange.output ?? {};
}

const FRAMEWORK_FIELDS = new Set(["$fault", "$metadata", "$retryable", "$response", "name", "message"]);

/**
 * The error @aws-sdk/client-s3 3.1175.0 throws when a GetBucketInventoryConfiguration is answered with
 * `statusCode` and this error body, as plain data.
 *
 * @example
 * ```ts
 * const view = await sdkErrorFromBody(serializeErrorDocument({ Code: "NoSuchConfiguration", Message: "m" }), 404);
 * view.fields["Code"]; // "NoSuchConfiguration"
 * ```
 */
export async function sdkErrorFromBody(
  body: string | Uint8Array,
  statusCode = 400,
  headers: Record<string, string> = { "content-type": "application/xml" },
): Promise<SdkErrorView> {
  const exchange = await sendThroughSdk(
    new GetBucketInventoryConfigurationCommand({ Bucket: "src-bucket", Id: "report-1" }),
    { statusCode, headers, body },
  );
  const error = exchange.error;
  if (!error) throw new Error("sdk-oracle: the SDK accepted an error response");
  const fields: Record<string, unknown> = {};
  for (const key of Object.keys(error)) if (!FRAMEWORK_FIELDS.has(key)) fields[key] = error[key];
  const metadata = error["$metadata"] as { httpStatusCode?: unknown } | undefined;
  return {
    name: error.name,
    message: error.message,
    fault: error["$fault"],
    httpStatusCode: metadata?.httpStatusCode,
    fields,
  };
}
