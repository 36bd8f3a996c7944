// Everything the worker's workflow bundle registers. order9480Workflow stays registered: orders
// submitted before the engine finish on it (the replay tests hold it to its recorded histories).
export { order9480Workflow } from './order-9480';
export { requestWorkflow } from './request';
export { mandateWorkflow } from './mandate';
export { linkWorkflow } from './insats-link';
export { pubAvtalWorkflow } from './pub-avtal';
