/**
 * who may register a Part's beställare — the Part's authorised representative. One
 * definition of the capacities, shared by the database (PartRepresentative.capacity), the API and
 * the UI.
 */
export const REPRESENTATIVE_CAPACITIES = ['FIRMATECKNARE', 'BEHORIG_FORETRADARE', 'FORBUND_CHAIR'] as const;
export type RepresentativeCapacity = (typeof REPRESENTATIVE_CAPACITIES)[number];

export const REPRESENTATIVE_CAPACITY_LABELS: Readonly<Record<RepresentativeCapacity, string>> = {
  FIRMATECKNARE: 'Firmatecknare',
  BEHORIG_FORETRADARE: 'Behörig företrädare',
  FORBUND_CHAIR: 'Styrelsens ordförande',
};

export function isRepresentativeCapacity(value: unknown): value is RepresentativeCapacity {
  return typeof value === 'string' && (REPRESENTATIVE_CAPACITIES as readonly string[]).includes(value);
}

/** What the rules know of one of the orderer's representations. */
export interface Representation {
  organisationId: string;
  capacity: RepresentativeCapacity;
}
