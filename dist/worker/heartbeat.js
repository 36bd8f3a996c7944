"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.heartbeatWhileRunning = exports.HEARTBEAT_EVERY_MS = void 0;
exports.HEARTBEAT_EVERY_MS = 1_000;
const heartbeatWhileRunning = (ctx) => ({
    inbound: {
        async execute(input, next) {
            const timer = setInterval(() => ctx.heartbeat(), exports.HEARTBEAT_EVERY_MS);
            try {
                return await next(input);
            }
            finally {
                clearInterval(timer);
            }
        },
    },
});
exports.heartbeatWhileRunning = heartbeatWhileRunning;
//# sourceMappingURL=heartbeat.js.map