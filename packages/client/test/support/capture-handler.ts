import type { HttpRequest } from "@smithy/protocol-http";
import { HttpResponse } from "@smithy/protocol-http";
import type { HttpHandlerOptions } from "@smithy/types";

/** What the in-memory handler answers: a status, headers and body bytes. */
export interface CannedResponse {
  statusCode: number;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
}

/**
 * An in-memory Smithy `HttpHandler`: records every request (a deep copy, as sent) and answers from a
 * queue of canned responses (the last one repeats), or throws a queued error. No sockets.
 */
export class CaptureHandler {
  readonly requests: HttpRequest[] = [];
  readonly options: HttpHandlerOptions[] = [];
  private answers: Array<CannedResponse | Error> = [];

  constructor(...answers: Array<CannedResponse | Error>) {
    this.answerWith(...answers);
  }

  /** Replaces the queue of answers (the last one repeats) and forgets the recorded requests. */
  answerWith(...answers: Array<CannedResponse | Error>): this {
    this.answers = answers.length > 0 ? answers : [{ statusCode: 200 }];
    this.requests.length = 0;
    this.options.length = 0;
    return this;
  }

  async handle(request: HttpRequest, options: HttpHandlerOptions = {}): Promise<{ response: HttpResponse }> {
    this.requests.push(
      structuredClone({
        ...request,
        headers: { ...request.headers },
        query: { ...request.query },
      }) as HttpRequest,
    );
    this.options.push(options);
    const answer = this.answers.length > 1 ? this.answers.shift()! : this.answers[0]!;
    if (answer instanceof Error) throw answer;
    const body = typeof answer.body === "string" ? new TextEncoder().encode(answer.body) : answer.body;
    return {
      response: new HttpResponse({
        statusCode: answer.statusCode,
        headers: { ...answer.headers },
        body: body ?? new Uint8Array(),
      }),
    };
  }

  updateHttpClientConfig(): void {}

  httpHandlerConfigs(): Record<string, never> {
    return {};
  }

  destroy(): void {}
}
