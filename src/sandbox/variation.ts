import type { ExecRequest } from './types.js';

const FAKETIME_LIB = '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';

/** Environment that makes a program see another clock (libfaketime), for stability checks only. */
export function variationEnv(v: ExecRequest['variation']): Record<string, string> {
  if (!v?.fakeTime) return {};
  return { LD_PRELOAD: FAKETIME_LIB, FAKETIME: `@${v.fakeTime}`, DONT_FAKE_MONOTONIC: '1' };
}
