import { Injectable } from '@nestjs/common';

/**
 * The privacy office's notion of now: deadlines, grant expiry and retention are decided by it, so
 * tests and rehearsals move time by setting an offset instead of waiting. In production the
 * offset stays zero.
 */
@Injectable()
export class PrivacyClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves this process's clock (rehearsing an expiry); `0` returns to real time. */
  setOffset(offsetMs: number): void {
    this.offsetMs = offsetMs;
  }
}
