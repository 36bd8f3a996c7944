"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.sha256 = exports.WORKFLOW_BUNDLE_MANIFEST = exports.WORKFLOW_BUNDLE_FILE = void 0;
exports.writeWorkflowBundle = writeWorkflowBundle;
exports.readWorkflowBundle = readWorkflowBundle;
/**
 * The workflow code as one prebuilt bundle (`npm run build` writes it beside the compiled code):
 * a production worker loads it instead of running webpack at every start, which was most of a
 * worker's 3–5 s cold start. The manifest holds the bundle's SHA-256; a worker refuses a bundle
 * that does not match it, and logs the hash, so an operator sees which workflow code each
 * worker runs (two hashes on one task queue during a rollout is the moment replay tests guard).
 */
const node_crypto_1 = require("node:crypto");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
exports.WORKFLOW_BUNDLE_FILE = 'workflow-bundle.js';
exports.WORKFLOW_BUNDLE_MANIFEST = 'workflow-bundle.json';
const sha256 = (code) => (0, node_crypto_1.createHash)('sha256').update(code).digest('hex');
exports.sha256 = sha256;
/** Writes the bundle and its manifest into `dir` (the build's output). */
function writeWorkflowBundle(dir, code) {
    const manifest = { sha256: (0, exports.sha256)(code), bytes: Buffer.byteLength(code), builtAt: new Date().toISOString() };
    node_fs_1.default.writeFileSync(node_path_1.default.join(dir, exports.WORKFLOW_BUNDLE_FILE), code);
    node_fs_1.default.writeFileSync(node_path_1.default.join(dir, exports.WORKFLOW_BUNDLE_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
/** Reads the bundle in `dir` and checks it against its manifest; throws naming what is wrong. */
function readWorkflowBundle(dir) {
    const file = node_path_1.default.join(dir, exports.WORKFLOW_BUNDLE_FILE);
    const manifestFile = node_path_1.default.join(dir, exports.WORKFLOW_BUNDLE_MANIFEST);
    if (!node_fs_1.default.existsSync(file) || !node_fs_1.default.existsSync(manifestFile)) {
        throw new Error(`no prebuilt workflow bundle in ${dir}: run \`npm run build\` first`);
    }
    const code = node_fs_1.default.readFileSync(file, 'utf8');
    const manifest = JSON.parse(node_fs_1.default.readFileSync(manifestFile, 'utf8'));
    const actual = (0, exports.sha256)(code);
    if (actual !== manifest.sha256) {
        throw new Error(`${file} does not match its manifest (sha256 ${actual}, expected ${manifest.sha256}): run \`npm run build\` again`);
    }
    return { code, sha256: actual };
}
//# sourceMappingURL=workflow-bundle.js.map