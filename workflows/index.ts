// Everything the worker's workflow bundle registers.
export { order9480Workflow } from './order-9480';
