import type { IncomingMessage } from "node:http";
import type { S3Response } from "../engine/http/s3-request.js";
import { rawHttpResponse } from "./raw-http-response.js";

/**
 * How much of a refused body is read and discarded after the answer: at most 8 MiB, for at most
 * 10 s. Within that bound a client that keeps sending finishes its upload and reads the answer; past
 * it the connection is dropped.
 *
 * @internal
 */
export const OVERSIZED_BODY_DRAIN = Object.freeze({ bytes: 8 * 1024 * 1024, ms: 10_000 });

/**
 * Answers a request whose body is over the cap (400 MaxMessageLengthExceeded) so that the client
 * always reads the answer: the response is written and the server's side of the connection closed
 * (FIN), and the rest of the body is then read and discarded up to {@link OVERSIZED_BODY_DRAIN}.
 * Closing without reading would make the kernel reset the connection, and a client still uploading
 * would see a broken pipe instead of the answer.
 *
 * @internal
 */
export function refuseOversizedBody(req: IncomingMessage, response: S3Response): void {
  const socket = req.socket;
  let drained = 0;
  const stop = (): void => {
    clearTimeout(timer);
    socket.destroy();
  };
  const timer = setTimeout(stop, OVERSIZED_BODY_DRAIN.ms);
  timer.unref();
  socket.once("close", () => clearTimeout(timer));
  req.on("data", (chunk: Buffer) => {
    drained += chunk.byteLength;
    if (drained > OVERSIZED_BODY_DRAIN.bytes) stop();
  });
  // The whole body is in: nothing unread is left to turn the close into a reset.
  req.once("end", stop);
  req.once("error", stop);
  req.resume();
  socket.end(rawHttpResponse(response));
}
