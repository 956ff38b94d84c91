/**
 * The request-body bytes all connections of one server may hold at once. A body is charged as it
 * arrives and released once its request is answered; a body that would go over gets 503 SlowDown,
 * so memory stays bounded however many clients upload at the same time.
 *
 * @internal
 */
export interface BodyByteBudget {
  /** Charges `bytes`; `false` (and nothing charged) when that would go over the cap. */
  take(bytes: number): boolean;
  release(bytes: number): void;
  readonly held: number;
}

/**
 * The default cap: 128 MiB, room for 128 maximum-size (1 MiB) bodies in flight at once.
 *
 * @internal
 */
export const DEFAULT_MAX_BUFFERED_BODY_BYTES = 128 * 1024 * 1024;

/**
 * A budget of `cap` bytes.
 *
 * @internal
 */
export function createBodyByteBudget(cap: number): BodyByteBudget {
  let held = 0;
  return {
    take(bytes) {
      if (held + bytes > cap) return false;
      held += bytes;
      return true;
    },
    release(bytes) {
      held = Math.max(0, held - bytes);
    },
    get held() {
      return held;
    },
  };
}
