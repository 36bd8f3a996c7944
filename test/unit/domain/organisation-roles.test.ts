import {
  ORGANISATION_TYPES,
  ORGANISATION_TYPE_LABELS,
  isOrganisationType,
} from '../../../domain/organisation';
import {
  FINSAM_ROLES,
  FINSAM_ROLE_LABELS,
  isFinsamRole,
  otherRole,
  roleNameInSentence,
} from '../../../domain/roles';

describe('organisation types', () => {
  it('R-01–R-04: lists the five kinds of Part with Swedish labels', () => {
    expect([...ORGANISATION_TYPES]).toEqual([
      'FORSAKRINGSKASSAN',
      'ARBETSFORMEDLINGEN',
      'KOMMUN',
      'REGION',
      'SAMORDNINGSFORBUND',
    ]);
    expect(ORGANISATION_TYPE_LABELS).toEqual({
      FORSAKRINGSKASSAN: 'Försäkringskassan',
      ARBETSFORMEDLINGEN: 'Arbetsförmedlingen',
      KOMMUN: 'Kommun',
      REGION: 'Region',
      SAMORDNINGSFORBUND: 'Samordningsförbund',
    });
  });

  it('R-01–R-04: recognises only the known types', () => {
    expect(isOrganisationType('KOMMUN')).toBe(true);
    expect(isOrganisationType('kommun')).toBe(false);
    expect(isOrganisationType('FORETAG')).toBe(false);
    expect(isOrganisationType(undefined)).toBe(false);
  });
});

describe('Finsam roles', () => {
  it('R-06: has exactly the two roles with Swedish labels', () => {
    expect([...FINSAM_ROLES]).toEqual(['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG']);
    expect(FINSAM_ROLE_LABELS).toEqual({
      FORBUNDSADMINISTRATOR: 'Förbundsadministratör',
      DELTAGARANSVARIG: 'Deltagaransvarig',
    });
  });

  it('R-06: each role conflicts with the other one', () => {
    expect(otherRole('FORBUNDSADMINISTRATOR')).toBe('DELTAGARANSVARIG');
    expect(otherRole('DELTAGARANSVARIG')).toBe('FORBUNDSADMINISTRATOR');
  });

  it('R-06: names roles in lower case inside sentences', () => {
    expect(roleNameInSentence('FORBUNDSADMINISTRATOR')).toBe('förbundsadministratör');
    expect(roleNameInSentence('DELTAGARANSVARIG')).toBe('deltagaransvarig');
  });

  it('R-06: recognises only the two roles (no SUS roles)', () => {
    expect(isFinsamRole('DELTAGARANSVARIG')).toBe(true);
    expect(isFinsamRole('SAMVERKANSADMINISTRATOR')).toBe(false);
    expect(isFinsamRole(42)).toBe(false);
  });
});
