export { ZOrder9480, FORM_9480_FIELDS, formatFormErrors } from './blankett-9480';
export type { TOrder9480, FormFieldMeta, FormError } from './blankett-9480';
