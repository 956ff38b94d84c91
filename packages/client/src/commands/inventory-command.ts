import type { S3Operation } from "@s3-inventory/model";
import type { HttpResponse } from "@smithy/protocol-http";
import { Command } from "@smithy/smithy-client";
import type { MetadataBearer } from "@smithy/types";
import type { S3InventoryClientResolvedConfig } from "../config/s3-inventory-client-config.js";
import { buildOperationRequest, type SerializerContext } from "../protocol/build-operation-request.js";
import { commandPlugins, type SerdeFunctions } from "../protocol/serde-plugin.js";
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

/**
 * The base class of an inventory command: `Command.classBuilder()` with this client's middleware
 * (endpoint, then serde around `.ser()` / `.de()`), the `AmazonS3` service and operation names the SDK
 * uses in its handler context, and the log filters; the way @aws-sdk/client-s3 defines its commands.
 * @internal
 */
export function inventoryCommand<Input extends ServiceInputTypes, Output extends ServiceOutputTypes>(
  operation: InventoryOperation<Input, Output>,
) {
  return Command.classBuilder<
    Input,
    Output,
    S3InventoryClientResolvedConfig,
    ServiceInputTypes,
    ServiceOutputTypes
  >()
    .m(function (this: SerdeFunctions, _command, _stack, config: S3InventoryClientResolvedConfig) {
      return commandPlugins(this, config);
    })
    .s("AmazonS3", operation.operation.name, {})
    .n("S3InventoryClient", `${operation.operation.name}Command`)
    .f(operation.inputLog, operation.outputLog)
    .ser((input: Input, context: SerializerContext) =>
      buildOperationRequest(operation.operation, input, context, operation.payload?.(input)),
    )
    .de(operation.deserialize)
    .build();
}
