import { checkBestallareMandate } from '../../../../domain/eligibility';
import { KOMMUN, NOW, REGION, makeContext, validMandate } from '../support/eligibility-context';

const withMandates = (mandates: { organisationId: string; validFrom: Date; validTo: Date }[]) =>
  makeContext({ bestallare: { personId: 'person-bestallare', mandates } });

describe('checkBestallareMandate', () => {
  it('R-01: accepts a beställare with a valid mandate for the employer', () => {
    expect(checkBestallareMandate(makeContext())).toEqual([]);
  });

  it('R-01: refuses a beställare with no mandate at all, naming the employer', () => {
    const violations = checkBestallareMandate(withMandates([]));
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'R-01', code: 'NOT_BESTALLARE_FOR_EMPLOYER' }),
    ]);
    expect(violations[0].message).toMatch(/^Du är inte beställare för Lunds kommun/);
  });

  it('R-01: refuses a beställare whose valid mandate is for another organisation', () => {
    const violations = checkBestallareMandate(withMandates([validMandate(REGION.id)]));
    expect(violations.map((v) => v.code)).toEqual(['NOT_BESTALLARE_FOR_EMPLOYER']);
  });

  it('R-21: refuses an expired mandate and names the date it expired and that it must be renewed', () => {
    const violations = checkBestallareMandate(
      withMandates([
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2024-05-01T00:00:00+02:00'),
          validTo: new Date('2026-05-01T00:00:00+02:00'),
        },
      ]),
    );
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'R-21', code: 'BESTALLARE_MANDATE_EXPIRED' }),
    ]);
    expect(violations[0].message).toContain('2026-05-01');
    expect(violations[0].message).toContain('förnyas');
    expect(violations[0].message).toContain('högst två år');
  });

  it('R-21: names the expiry date on the Stockholm calendar, not the UTC date', () => {
    // Midnight 1 May in Stockholm is 30 April 22:00 UTC.
    const violations = checkBestallareMandate(
      withMandates([
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2024-05-01T00:00:00+02:00'),
          validTo: new Date('2026-04-30T22:00:00Z'),
        },
      ]),
    );
    expect(violations[0].message).toContain('2026-05-01');
    expect(violations[0].message).not.toContain('2026-04-30');
  });

  it('R-21: names the most recently expired mandate when there are several', () => {
    const violations = checkBestallareMandate(
      withMandates([
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2022-05-01T00:00:00+02:00'),
          validTo: new Date('2024-05-01T00:00:00+02:00'),
        },
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2024-05-01T00:00:00+02:00'),
          validTo: new Date('2026-05-01T00:00:00+02:00'),
        },
      ]),
    );
    expect(violations[0].message).toContain('2026-05-01');
    expect(violations[0].message).not.toContain('2024-05-01');
  });

  it('R-21: an expired mandate for another organisation is not reported as expired', () => {
    const violations = checkBestallareMandate(
      withMandates([
        {
          organisationId: REGION.id,
          validFrom: new Date('2024-05-01T00:00:00+02:00'),
          validTo: new Date('2026-05-01T00:00:00+02:00'),
        },
      ]),
    );
    expect(violations.map((v) => v.code)).toEqual(['NOT_BESTALLARE_FOR_EMPLOYER']);
  });

  it('R-01: refuses a mandate that has not started yet and names the start date', () => {
    const violations = checkBestallareMandate(
      withMandates([
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2026-07-01T00:00:00+02:00'),
          validTo: new Date('2028-07-01T00:00:00+02:00'),
        },
      ]),
    );
    expect(violations).toEqual([
      expect.objectContaining({ rule: 'R-01', code: 'BESTALLARE_MANDATE_NOT_YET_VALID' }),
    ]);
    expect(violations[0].message).toContain('2026-07-01');
  });

  it('R-01/R-21: prefers the already registered renewal over "renew it" when the old one expired', () => {
    const violations = checkBestallareMandate(
      withMandates([
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2024-05-01T00:00:00+02:00'),
          validTo: new Date('2026-05-01T00:00:00+02:00'),
        },
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2026-07-01T00:00:00+02:00'),
          validTo: new Date('2028-07-01T00:00:00+02:00'),
        },
      ]),
    );
    expect(violations.map((v) => v.code)).toEqual(['BESTALLARE_MANDATE_NOT_YET_VALID']);
  });

  it('R-01: a valid mandate wins over expired and future ones for the same employer', () => {
    const violations = checkBestallareMandate(
      withMandates([
        {
          organisationId: KOMMUN.id,
          validFrom: new Date('2022-05-01T00:00:00+02:00'),
          validTo: new Date('2024-05-01T00:00:00+02:00'),
        },
        validMandate(KOMMUN.id),
      ]),
    );
    expect(violations).toEqual([]);
  });

  it('R-01/R-21: judges validity at `now`, with validTo exclusive', () => {
    const mandate = { organisationId: KOMMUN.id, validFrom: new Date('2024-06-10T10:00:00+02:00'), validTo: NOW };
    expect(checkBestallareMandate(withMandates([mandate])).map((v) => v.code)).toEqual([
      'BESTALLARE_MANDATE_EXPIRED',
    ]);
    const later = { ...mandate, validTo: new Date(NOW.getTime() + 1) };
    expect(checkBestallareMandate(withMandates([later]))).toEqual([]);
  });
});
