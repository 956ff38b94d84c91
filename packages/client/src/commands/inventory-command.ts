import type { S3Operation } from "@s3-inventory/model";
import { constructStack } from "@smithy/core/client";
import type { HttpResponse } from "@smithy/protocol-http";
import {
  type Command,
  type Handler,
  type HandlerExecutionContext,
  type HttpHandlerOptions,
  type MetadataBearer,
  type MetricsRecorder,
  type MiddlewareStack,
  SMITHY_CONTEXT_KEY,
} from "@smithy/types";
import type { S3InventoryClientResolvedConfig } from "../config/s3-inventory-client-config.js";
import { buildOperationRequest, type SerializerContext } from "../protocol/build-operation-request.js";
import { commandPlugins } from "../protocol/serde-plugin.js";
import type { ServiceInputTypes, ServiceOutputTypes } from "../service-types.js";

/**
 * How one inventory operation is serialized, deserialized and logged.
 * @internal
 */
export interface InventoryOperation<Input extends ServiceInputTypes, Output extends ServiceOutputTypes> {
  /** The operation's entry in the model's table: its name and HTTP binding. */
  operation: S3Operation;
  /** The XML body, for an operation with a payload member. */
  payload?: (input: Input) => string | undefined;
  deserialize: (response: HttpResponse) => Promise<Output>;
  /** Copies of the input and output for logs, with sensitive members replaced. */
  inputLog?: (input: Input) => unknown;
  outputLog?: (output: Omit<Output, keyof MetadataBearer>) => unknown;
}

const unchanged = (value: unknown): unknown => value;

/**
 * The base class of an inventory command: what `Command.classBuilder()` of @smithy/smithy-client builds
 * for a generated SDK command (the same `input`, `middlewareStack` and `resolveMiddleware`, the same handler
 * context: `AmazonS3` service and operation names, log filters, abort signal), with this client's middleware
 * (endpoint, then serde). Written here because Smithy's `Command` class carries schema code for event
 * streams (`NormalizedSchema`) that these operations never use: about 2 KB gzip of a user's bundle.
 * @internal
 */
export function inventoryCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
  operation: InventoryOperation<Input, Output>,
) {
  const { name } = operation.operation;
  const serde = {
    serialize: (input: Input, context: SerializerContext) =>
      buildOperationRequest(operation.operation, input, context, operation.payload?.(input)),
    deserialize: operation.deserialize,
  };
  return class InventoryCommand
    implements Command<ServiceInputTypes, Input, ServiceOutputTypes, Output, S3InventoryClientResolvedConfig>
  {
    /** Middleware for this command only, added to the client's when it is sent. */
    readonly middlewareStack: MiddlewareStack<Input, Output> = constructStack<Input, Output>();
    readonly input: Input;

    constructor(...[input]: [Input]) {
      this.input = input ?? ({} as Input);
    }

    /** Called by `client.send`: the client's middleware, then this command's, around the request handler. */
    resolveMiddleware(
      clientStack: MiddlewareStack<ServiceInputTypes, ServiceOutputTypes>,
      config: S3InventoryClientResolvedConfig,
      options?: HttpHandlerOptions & { metricsRecorder?: MetricsRecorder<unknown> },
    ): Handler<Input, Output> {
      for (const plugin of commandPlugins<Input, Output>(serde, config)) this.middlewareStack.use(plugin);
      const stack = clientStack.concat(this.middlewareStack);
      const { metricsRecorder, ...requestOptions } = options ?? {};
      const context: HandlerExecutionContext = {
        logger: config.logger,
        clientName: "S3InventoryClient",
        commandName: `${name}Command`,
        inputFilterSensitiveLog: operation.inputLog ?? unchanged,
        outputFilterSensitiveLog: operation.outputLog ?? unchanged,
        [SMITHY_CONTEXT_KEY]: {
          commandInstance: this,
          service: "AmazonS3",
          operation: name,
          ...(metricsRecorder === undefined ? {} : { metricsRecorder }),
          ...(options?.abortSignal === undefined ? {} : { abortSignal: options.abortSignal }),
        },
      };
      return stack.resolve(
        (request) => config.requestHandler.handle(request.request as never, requestOptions),
        context,
      ) as Handler<Input, Output>;
    }
  };
}
