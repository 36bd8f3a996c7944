"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.WORKFLOW_START_OPTIONS = void 0;
exports.temporalConnectionOptions = temporalConnectionOptions;
const node_fs_1 = __importDefault(require("node:fs"));
/** Connection options shared by the worker (NativeConnection) and the API (Connection). */
function temporalConnectionOptions(config) {
    const tls = config.TEMPORAL_TLS_CERT_PATH && config.TEMPORAL_TLS_KEY_PATH
        ? { clientCertPair: { crt: node_fs_1.default.readFileSync(config.TEMPORAL_TLS_CERT_PATH), key: node_fs_1.default.readFileSync(config.TEMPORAL_TLS_KEY_PATH) } }
        : config.TEMPORAL_API_KEY ? true : undefined;
    return {
        address: config.TEMPORAL_ADDRESS,
        tls,
        apiKey: config.TEMPORAL_API_KEY,
    };
}
/**
 * Options every workflow of the product starts with. A workflow task held by a worker that died
 * is handed to another after workflowTaskTimeout (Temporal's default is 10 s). Our workflow tasks
 * take milliseconds (small histories, no I/O), so 5 s halves the stall after a crash and still
 * leaves a loaded worker ample time. Fixed at start: workflows started earlier keep 10 s.
 */
exports.WORKFLOW_START_OPTIONS = { workflowTaskTimeout: '5 seconds' };
//# sourceMappingURL=temporal.js.map