import { HttpRequest } from "@smithy/protocol-http";
import type { FinalizeRequestMiddleware, MiddlewareStack } from "@smithy/types";

/** The values both clients are given for the headers that legitimately differ between them. */
export const PINNED_HEADERS = {
  "user-agent": "pinned-user-agent",
  "x-amz-user-agent": "pinned-user-agent",
  "amz-sdk-invocation-id": "00000000-0000-4000-8000-000000000000",
} as const;

interface StackOwner {
  // biome-ignore lint/suspicious/noExplicitAny: any Smithy client's stack (ours and the SDK's differ in type).
  middlewareStack: MiddlewareStack<any, any>;
}

/**
 * Overwrites the user agent and invocation id just before signing, in any Smithy client whose signer is
 * named `httpSigningMiddleware` (the SDK's and ours), so that the same clock and credentials must give
 * the same signature.
 */
export function pinHeaders(client: StackOwner): void {
  // biome-ignore lint/suspicious/noExplicitAny: see StackOwner.
  const pin: FinalizeRequestMiddleware<any, any> = (next) => async (args) => {
    if (HttpRequest.isInstance(args.request)) Object.assign(args.request.headers, PINNED_HEADERS);
    return next(args);
  };
  client.middlewareStack.addRelativeTo(pin, {
    relation: "before",
    toMiddleware: "httpSigningMiddleware",
    name: "pinHeadersForTest",
  });
}
