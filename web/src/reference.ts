import { shallowRef } from 'vue';
import { roleLabel } from '../../domain/roles';
import { api, ok } from './api/client';
import type { Forbund, Organisation, RequestKindInfo, RoleInfo } from './api/types';

/** Reference data (organisations, förbund, roles, request kinds): loaded once per visit. */
export interface Reference {
  organisations: Organisation[];
  forbund: Forbund[];
  roles: RoleInfo[];
  kinds: RequestKindInfo[];
}

const cache = shallowRef<Reference | null>(null);
let loading: Promise<Reference> | null = null;

export function loadReference(): Promise<Reference> {
  if (cache.value) return Promise.resolve(cache.value);
  loading ??= Promise.all([ok(api.GET('/organisations')), ok(api.GET('/forbund')), ok(api.GET('/roles')), ok(api.GET('/request-kinds'))])
    .then(([organisations, forbund, roles, kinds]) => (cache.value = { organisations, forbund, roles, kinds }))
    .finally(() => (loading = null));
  return loading;
}

export function nameOf(list: { id: string; name: string }[], id: string | null | undefined): string {
  if (!id) return '–';
  return list.find((x) => x.id === id)?.name ?? id;
}

export function roleLabelOf(ref: Reference, role: string): string {
  return ref.roles.find((r) => r.id === role)?.label ?? roleLabel(role);
}

export function kindLabelOf(ref: Reference, kind: string): string {
  return ref.kinds.find((k) => k.id === kind)?.label ?? kind;
}
