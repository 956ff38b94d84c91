import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import type { NodeHttpHandler } from "@smithy/node-http-handler";
import { RecordingNodeHttpHandler } from "../record/recording-http-handler.js";
import type { ConnectionSettings } from "./connection-settings.js";

/**
 * The one HTTP handler configuration both clients get: keep-alive agents sized for bulk steps, the run's TLS
 * options and request timeout. Same handler settings for ours and the SDK, so results compare like for like.
 *
 * @example
 * new S3Client({ ...config, requestHandler: createHttpHandler(settings) });
 */
export function createHttpHandler(settings: ConnectionSettings): NodeHttpHandler {
  // Records each exchange while a step is recorded (--record); otherwise exactly a NodeHttpHandler.
  return new RecordingNodeHttpHandler({
    httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
    httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 64, ...settings.tls }),
    requestTimeout: settings.requestTimeoutMs,
    // Without it the handler only logs a warning and keeps waiting: a hanging endpoint would hang the run.
    throwOnRequestTimeout: true,
  });
}
