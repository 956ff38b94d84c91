import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { Readable } from "node:stream";
import type { NodeHttpHandler } from "@smithy/node-http-handler";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import { RecordingNodeHttpHandler } from "../record/recording-http-handler.js";
import { BoundedExchange } from "./bounded-exchange.js";
import type { ConnectionSettings } from "./connection-settings.js";

type HttpHandlerOptions = NonNullable<Parameters<NodeHttpHandler["handle"]>[1]>;

/**
 * A Smithy HTTP handler held to the run's bounds: each exchange ends within `requestTimeoutMs` from connect to
 * the last body byte (NodeHttpHandler's own `requestTimeout` only fires on an idle socket, so a trickled body
 * kept it waiting forever), and the body stream errors past `maxResponseBytes` instead of growing in memory.
 * The error is `NoCompleteAnswerError` or `AnswerTooLargeError`, whichever client reads the body.
 *
 * @internal
 */
export class BoundedHttpHandler {
  constructor(
    private readonly inner: NodeHttpHandler,
    private readonly settings: ConnectionSettings,
  ) {}

  readonly metadata = { handlerProtocol: "http/1.1" };

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    const exchange = new BoundedExchange(this.settings, options.abortSignal as AbortSignal | undefined);
    try {
      const { response } = await this.inner.handle(request, {
        ...options,
        abortSignal: exchange.signal as HttpHandlerOptions["abortSignal"],
      });
      if (response.body instanceof Readable) response.body = exchange.limit(response.body);
      else exchange.finish();
      return { response };
    } catch (error) {
      exchange.finish();
      throw exchange.failure ?? error;
    }
  }

  updateHttpClientConfig(key: never, value: never): void {
    this.inner.updateHttpClientConfig(key, value);
  }

  httpHandlerConfigs(): ReturnType<NodeHttpHandler["httpHandlerConfigs"]> {
    return this.inner.httpHandlerConfigs();
  }

  destroy(): void {
    this.inner.destroy();
  }
}

const IDLE_SOCKET_MS = 4_000;

/**
 * The one HTTP handler configuration both clients get: keep-alive agents sized for bulk steps, the run's TLS
 * options, and the run's bounds (see `BoundedHttpHandler`). Same handler for ours and the SDK, so results
 * compare like for like.
 *
 * @internal
 */
export function createHttpHandler(settings: ConnectionSettings): BoundedHttpHandler {
  // Idle sockets are closed after 4 s, before a server's usual 5 s keep-alive timeout (Node's default):
  // reusing a socket the server is closing fails the request with "socket hang up", seen on loaded machines.
  const agent = { keepAlive: true, maxSockets: 64, timeout: IDLE_SOCKET_MS };
  // Records each exchange while a step is recorded (--record); otherwise exactly a NodeHttpHandler.
  const inner = new RecordingNodeHttpHandler({
    httpAgent: new HttpAgent(agent),
    httpsAgent: new HttpsAgent({ ...agent, ...settings.tls }),
  });
  return new BoundedHttpHandler(inner, settings);
}
