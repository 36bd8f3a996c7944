"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.registerMetrics = registerMetrics;
/**
 * Prometheus metrics of the API (fastify-metrics on prom-client): request latencies per route
 * and status, the process's own (event-loop lag, memory, GC), and the open tasks per stage and
 * whether overdue, read from the database at each scrape. Served on a port of its own
 * (API_METRICS_ADDRESS, like the worker's WORKER_METRICS_ADDRESS), never on the public API: it
 * is for the operator's Prometheus, and needs no login.
 */
const node_http_1 = __importDefault(require("node:http"));
const fastify_metrics_1 = __importDefault(require("fastify-metrics"));
const prom_client_1 = require("prom-client");
const request_kinds_1 = require("../../domain/request-kinds");
// Every stage has its series from the start (0 while empty), so a dashboard shows a queue that
// is empty, not one that is missing.
const STAGES = [...new Set(Object.values(request_kinds_1.REQUEST_KINDS).flatMap((kind) => kind.stages.map((stage) => stage.id)))];
// Seconds: a read answers in milliseconds; a decision waits for its workflow (up to 8 s).
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
async function registerMetrics(app, { db, address }) {
    const registry = new prom_client_1.Registry();
    await app.register(fastify_metrics_1.default, {
        endpoint: null,
        clearRegisterOnInit: false,
        defaultMetrics: { enabled: true, register: registry },
        routeMetrics: {
            enabled: { histogram: true, summary: false },
            overrides: { histogram: { registers: [registry], buckets: LATENCY_BUCKETS } },
        },
    });
    new prom_client_1.Gauge({
        name: 'behorighet_open_tasks',
        help: 'Open tasks in the queues, per stage and whether past their due date',
        labelNames: ['stage', 'overdue'],
        registers: [registry],
        async collect() {
            const now = new Date();
            const [all, overdue] = await Promise.all([
                db.task.groupBy({ by: ['stage'], where: { status: 'OPEN' }, _count: { _all: true } }),
                db.task.groupBy({ by: ['stage'], where: { status: 'OPEN', dueAt: { lt: now } }, _count: { _all: true } }),
            ]);
            this.reset();
            for (const stage of new Set([...STAGES, ...all.map((row) => row.stage)])) {
                const open = all.find((row) => row.stage === stage)?._count._all ?? 0;
                const late = overdue.find((row) => row.stage === stage)?._count._all ?? 0;
                this.set({ stage, overdue: 'true' }, late);
                this.set({ stage, overdue: 'false' }, open - late);
            }
        },
    });
    const [host, port] = address.split(':');
    const server = node_http_1.default.createServer((req, res) => {
        if (req.url !== '/metrics')
            return void res.writeHead(404).end();
        registry.metrics().then((body) => res.writeHead(200, { 'content-type': registry.contentType }).end(body), (err) => {
            app.log.warn({ err: err.message }, 'metrics could not be collected');
            res.writeHead(503).end();
        });
    });
    await new Promise((resolve, reject) => server.once('error', reject).listen(Number(port), host, resolve));
    app.addHook('onClose', (_app, done) => server.close(() => done()));
}
//# sourceMappingURL=metrics.js.map