import { HttpRequest } from "@smithy/protocol-http";
import type { BuildMiddleware, Pluggable } from "@smithy/types";

// Node's `process` is read once; a browser-like runtime without it gets `lang/js` only.
const runtime =
  typeof process === "object" && process.versions?.node
    ? ` lang/js md/nodejs#${process.versions.node} os/${process.platform}`
    : " lang/js";

/**
 * The user agent this client announces, in the SDK's `name/version key/value` style.
 * @internal
 */
export const USER_AGENT = `s3-inventory-client${runtime}`;

/**
 * Sets `user-agent` and `x-amz-user-agent` as the SDK does (build step); both are signed headers for the
 * SDK too (`x-amz-user-agent`), so a signature comparison pins them to one value.
 * @internal
 */
export function getUserAgentPlugin<Input extends object, Output extends object>(): Pluggable<Input, Output> {
  const middleware: BuildMiddleware<Input, Output> = (next) => async (args) => {
    if (HttpRequest.isInstance(args.request)) {
      args.request.headers["x-amz-user-agent"] = USER_AGENT;
      args.request.headers["user-agent"] = USER_AGENT;
    }
    return next(args);
  };
  return {
    applyToStack(stack) {
      stack.add(middleware, {
        step: "build",
        priority: "low",
        name: "getUserAgentMiddleware",
        override: true,
      });
    },
  };
}
