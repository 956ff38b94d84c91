// An endpoint that is hostile by design, on 127.0.0.1 only: it answers the runner's bookkeeping (preflight,
// bucket create/delete, cleanup) like S3 and every inventory request of a case in one hostile way.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** How the endpoint answers a case's inventory requests. */
export type HostileMode =
  | "trickle" // 200, then one body byte a second, never ending
  | "endless" // 200, then body bytes as fast as the socket takes them, never ending
  | "huge" // 200 with a 100 MB body
  | "never" // no answer at all
  | "silence" // the headers, then nothing
  | "echo" // 403 whose <Message> echoes the request's Authorization header and session token
  | "echo-preflight"; // the preflight gets a credential error whose <Message> echoes them

export interface HostileServer {
  url: string;
  /** Inventory requests of cases received so far. */
  hostileRequests: () => number;
  close: () => Promise<void>;
}

const CHUNK = Buffer.alloc(64 * 1024, "a");
const HUGE_BYTES = 100 * 1024 * 1024;

function echoError(code: string, request: IncomingMessage): string {
  const authorization = String(request.headers.authorization ?? "");
  const token = String(request.headers["x-amz-security-token"] ?? "");
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>You sent ${authorization} with token ${token}</Message></Error>`;
}

function hostile(mode: HostileMode, request: IncomingMessage, response: ServerResponse): void {
  const xml = { "content-type": "application/xml" };
  switch (mode) {
    case "never":
      return;
    case "silence":
      response.writeHead(200, xml);
      response.flushHeaders();
      return;
    case "trickle": {
      response.writeHead(200, xml);
      const timer = setInterval(() => response.write("<"), 1000);
      response.on("close", () => clearInterval(timer));
      return;
    }
    case "endless": {
      response.writeHead(200, xml);
      const pump = (): void => {
        let open = true;
        while (open && !response.destroyed) open = response.write(CHUNK);
      };
      response.on("drain", pump);
      pump();
      return;
    }
    case "huge": {
      response.writeHead(200, { ...xml, "content-length": String(HUGE_BYTES) });
      let sent = 0;
      const pump = (): void => {
        while (!response.destroyed && sent < HUGE_BYTES) {
          sent += CHUNK.length;
          if (!response.write(CHUNK)) return;
        }
        if (sent >= HUGE_BYTES) response.end();
      };
      response.on("drain", pump);
      pump();
      return;
    }
    case "echo":
    case "echo-preflight":
      response.writeHead(403, xml).end(echoError("AccessDenied", request));
  }
}

/** Starts the endpoint on 127.0.0.1 with a free port. */
export async function startHostileServer(
  mode: HostileMode,
  options: { hangDeletes?: boolean } = {},
): Promise<HostileServer> {
  let hostileRequests = 0;
  const server = createServer((request, response) => {
    request.resume();
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const preflight = url.pathname.includes("-preflight");
    if (preflight) {
      if (mode === "echo-preflight") {
        response.writeHead(403, { "content-type": "application/xml" });
        response.end(echoError("SignatureDoesNotMatch", request));
        return;
      }
      response.writeHead(404, { "content-type": "application/xml" });
      response.end("<Error><Code>NoSuchBucket</Code><Message>none</Message></Error>");
      return;
    }
    // Cleanup that never gets an answer: what an interrupted run must list as left behind.
    if (request.method === "DELETE" && options.hangDeletes) return;
    if (!url.searchParams.has("inventory") || request.method === "DELETE") {
      // Bucket create (200), bucket and configuration deletes (204): the runner's own bookkeeping.
      response.writeHead(request.method === "PUT" ? 200 : 204).end();
      return;
    }
    hostileRequests += 1;
    hostile(mode, request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    hostileRequests: () => hostileRequests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
