import type { HandlerExecutionContext, InitializeMiddleware, MetadataBearer, Pluggable } from "@smithy/types";

/**
 * Logs one `info` entry per command (`clientName`, `commandName`, `input`, `output`, `metadata`) and one
 * `error` entry per failure, as the SDK's `loggerMiddleware`, through each command's sensitive-data
 * filters: SSE-KMS key ids are replaced before anything reaches the logger. No request, header or
 * credential is ever logged.
 * @internal
 */
export function getLoggerPlugin<Input extends object, Output extends MetadataBearer>(): Pluggable<
  Input,
  Output
> {
  const middleware: InitializeMiddleware<Input, Output> =
    (next, context: HandlerExecutionContext) => async (args) => {
      const { clientName, commandName, logger } = context;
      const inputFilter = context.inputFilterSensitiveLog ?? ((value: unknown) => value);
      const outputFilter = context.outputFilterSensitiveLog ?? ((value: unknown) => value);
      try {
        const result = await next(args);
        const { $metadata, ...output } = result.output;
        logger?.info?.({
          clientName,
          commandName,
          input: inputFilter(args.input),
          output: outputFilter(output),
          metadata: $metadata,
        });
        return result;
      } catch (error) {
        logger?.error?.({
          clientName,
          commandName,
          input: inputFilter(args.input),
          error,
          metadata: (error as Partial<MetadataBearer>).$metadata,
        });
        throw error;
      }
    };
  return {
    applyToStack(stack) {
      stack.add(middleware, { step: "initialize", name: "loggerMiddleware", override: true });
    },
  };
}
