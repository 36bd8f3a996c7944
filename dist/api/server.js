"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
/** The API process (`npm run api`): builds the app, listens, and shuts down gracefully. */
const client_1 = require("@temporalio/client");
const config_1 = require("../config");
const temporal_1 = require("../config/temporal");
const prisma_1 = require("../data/prisma");
const app_1 = require("./app");
async function main() {
    const config = (0, config_1.loadConfig)();
    const db = (0, prisma_1.createDb)(config.DATABASE_URL);
    const connection = await client_1.Connection.connect((0, temporal_1.temporalConnectionOptions)(config));
    const temporal = new client_1.Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
    const app = await (0, app_1.buildApp)({ config, db, temporal });
    app.addHook('onClose', async () => {
        await connection.close();
        await db.$disconnect();
    });
    for (const signal of ['SIGINT', 'SIGTERM']) {
        process.once(signal, () => {
            app.log.info(`${signal}: closing`);
            app.close().then(() => process.exit(0), () => process.exit(1));
        });
    }
    await app.listen({ host: config.HOST, port: config.PORT });
}
main().catch((err) => {
    console.error(err);
    process.exit(1);
});
//# sourceMappingURL=server.js.map