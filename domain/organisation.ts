// The parties (Parter) to the agreement on Uppföljning Finsam. The type decides who orders a
// user's access: a beställare for kommun, region and samordningsförbund, the chef for
// Arbetsförmedlingen and Försäkringskassan.
export const ORGANISATION_TYPES = [
  'FORSAKRINGSKASSAN',
  'ARBETSFORMEDLINGEN',
  'KOMMUN',
  'REGION',
  'SAMORDNINGSFORBUND',
] as const;

export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ORGANISATION_TYPE_LABELS: Readonly<Record<OrganisationType, string>> = {
  FORSAKRINGSKASSAN: 'Försäkringskassan',
  ARBETSFORMEDLINGEN: 'Arbetsförmedlingen',
  KOMMUN: 'Kommun',
  REGION: 'Region',
  SAMORDNINGSFORBUND: 'Samordningsförbund',
};

export function isOrganisationType(value: unknown): value is OrganisationType {
  return typeof value === 'string' && (ORGANISATION_TYPES as readonly string[]).includes(value);
}
