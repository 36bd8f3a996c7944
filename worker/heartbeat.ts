/**
 * Every activity heartbeats while it runs, so that Temporal notices a dead worker within the
 * activities' heartbeat timeout (workflows/activity-options.ts) instead of after the whole
 * start-to-close timeout: a SIGKILLed worker's running activity is retried elsewhere in seconds.
 * Heartbeats say "this process is alive", not "this work progresses": a hung call is still
 * bounded by the start-to-close timeout. The SDK throttles what reaches the server.
 */
import type { Context } from '@temporalio/activity';
import type { ActivityInterceptorsFactory } from '@temporalio/worker';

export const HEARTBEAT_EVERY_MS = 1_000;

export const heartbeatWhileRunning: ActivityInterceptorsFactory = (ctx: Context) => ({
  inbound: {
    async execute(input, next) {
      const timer = setInterval(() => ctx.heartbeat(), HEARTBEAT_EVERY_MS);
      try {
        return await next(input);
      } finally {
        clearInterval(timer);
      }
    },
  },
});
