"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
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
//# sourceMappingURL=temporal.js.map