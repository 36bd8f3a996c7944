// The API's shapes, read from the generated OpenAPI types (scripts/web/openapi-types.ts): never
// written by hand, so a change in an API schema fails the UI's type check.
import type { paths } from './schema.gen';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type Ok<P extends keyof paths, M extends 'get' | 'post'> = paths[P][M] extends { responses: { 200: infer R } }
  ? Json<R>
  : paths[P][M] extends { responses: { 201: infer R } }
    ? Json<R>
    : never;

export type Me = Ok<'/me', 'get'>;
export type Persona = Ok<'/auth/dev/personas', 'get'>[number];
export type AuthSession = Ok<'/auth/session', 'get'>;
export type Organisation = Ok<'/organisations', 'get'>[number];
export type Forbund = Ok<'/forbund', 'get'>[number];
export type ForbundUser = Ok<'/forbund/{id}/users', 'get'>[number];
export type RoleInfo = Ok<'/roles', 'get'>[number];
export type RequestKindInfo = Ok<'/request-kinds', 'get'>[number];
export type OrderView = Ok<'/orders/{id}', 'get'>;
export type OrderEmail = Ok<'/orders/{id}/emails', 'get'>[number];
export type TaskPage = Ok<'/tasks', 'get'>;
export type TaskView = TaskPage['items'][number];
export type TaskQuery = NonNullable<paths['/tasks']['get']['parameters']['query']>;
export type OrderQuery = NonNullable<paths['/orders']['get']['parameters']['query']>;
export type RequestBody = Json<paths['/orders']['post']['requestBody']>;
export type DecisionBody = Json<paths['/tasks/{id}/decision']['post']['requestBody']>;
export type Mandate = Ok<'/bestallare', 'get'>[number];
export type MandateDetail = Ok<'/bestallare/{id}', 'get'>;
export type MandateQuery = NonNullable<paths['/bestallare']['get']['parameters']['query']>;
export type RegisterMandateBody = Json<paths['/bestallare']['post']['requestBody']>;
export type RenewMandateBody = Json<paths['/bestallare/{id}/renew']['post']['requestBody']>;
export type CallerRole = Me['roles'][number];
export type ApiErrorBody = { code: string; message: string; details?: Record<string, unknown>[] };
export type Insats = Ok<'/insatser/{id}', 'get'>;
export type LinkView = Ok<'/insatser/{id}/deltagaransvariga', 'get'>[number];
export type LinkBody = Json<paths['/insatser/{id}/deltagaransvariga']['post']['requestBody']>;
export type PubAvtal = Ok<'/forbund/{id}/pub-avtal', 'get'>[number];
export type PubAvtalBody = Json<paths['/forbund/{id}/pub-avtal']['post']['requestBody']>;
export type ForbundContact = Ok<'/forbund/{id}/forbundsadministratorer', 'get'>[number];
export type RegisterExtract = Ok<'/persons/{id}/registerutdrag', 'get'>;
export type ProcessingLogEntry = RegisterExtract['processingLog']['about'][number];
export type InsatsBody = Json<paths['/forbund/{id}/insatser']['post']['requestBody']>;
