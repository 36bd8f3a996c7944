import { z } from 'zod';
import { ZOrder9480, formatFormErrors, type TOrder9480 } from '../../../forms';
import { makePersonnummer, withWrongCheckDigit } from '../domain/support/personnummer';

const PERSONNUMMER = makePersonnummer('19850412', '123');

function validBody() {
  return {
    forbundId: 'forbund-lund',
    role: 'DELTAGARANSVARIG',
    protectedIdentity: false,
    user: {
      personnummer: PERSONNUMMER,
      givenName: 'Åsa',
      familyName: 'Öberg',
      email: 'asa.oberg@lund.se',
      phone: '046-35 50 00',
      employerId: 'org-kommun',
    },
  };
}

type Body = ReturnType<typeof validBody>;

function errorsFor(body: unknown) {
  const result = ZOrder9480.safeParse(body);
  if (result.success) throw new Error('expected the body to be refused');
  return formatFormErrors(result.error);
}

function withUser(patch: Partial<Record<keyof Body['user'], unknown>>) {
  const body = validBody();
  return { ...body, user: { ...body.user, ...patch } };
}

function withoutUserField(field: keyof Body['user']) {
  const body = validBody();
  const user: Record<string, unknown> = { ...body.user };
  delete user[field];
  return { ...body, user };
}

function withoutField(field: keyof Body) {
  const body: Record<string, unknown> = validBody();
  delete body[field];
  return body;
}

describe('ZOrder9480 — a valid order', () => {
  it('blankett 9480: accepts a complete order and returns typed data', () => {
    const result = ZOrder9480.safeParse(validBody());
    expect(result.success).toBe(true);
    const order: TOrder9480 = result.data!;
    expect(order.role).toBe('DELTAGARANSVARIG');
    expect(order.user.phone).toBe('046-35 50 00');
  });

  it('blankett 9480: trims strings, lower-cases the e-mail and canonicalises the personnummer', () => {
    const order = ZOrder9480.parse({
      ...validBody(),
      forbundId: '  forbund-lund ',
      user: {
        personnummer: ` ${PERSONNUMMER.slice(2).replace('-', '')} `,
        givenName: '  Åsa ',
        familyName: ' Öberg  ',
        email: '  Asa.Oberg@Lund.SE ',
        employerId: ' org-kommun ',
      },
    });
    expect(order).toEqual({
      forbundId: 'forbund-lund',
      role: 'DELTAGARANSVARIG',
      protectedIdentity: false,
      user: {
        personnummer: PERSONNUMMER,
        givenName: 'Åsa',
        familyName: 'Öberg',
        email: 'asa.oberg@lund.se',
        employerId: 'org-kommun',
      },
    });
  });

  it('blankett 9480: accepts the API documentation example personnummer 19811218-9876', () => {
    expect(ZOrder9480.parse(withUser({ personnummer: '19811218-9876' })).user.personnummer).toBe(
      '19811218-9876',
    );
  });

  it('blankett 9480: accepts an order without a phone number', () => {
    expect(ZOrder9480.safeParse(withoutUserField('phone')).success).toBe(true);
  });

  it.each(['FORBUNDSADMINISTRATOR', 'DELTAGARANSVARIG'])('R-06: accepts the role %s', (role) => {
    expect(ZOrder9480.safeParse({ ...validBody(), role }).success).toBe(true);
  });
});

describe('ZOrder9480 — one förbund per order', () => {
  it('R-05: refuses an array of förbund and tells the user to make one order per förbund', () => {
    expect(errorsFor({ ...validBody(), forbundId: ['forbund-lund', 'forbund-malmo'] })).toEqual([
      {
        path: 'forbundId',
        message:
          'Ange exakt ett samordningsförbund. En beställning gäller ett förbund – gör en beställning per förbund.',
      },
    ]);
  });

  it('R-05: refuses an order without forbundId', () => {
    expect(errorsFor(withoutField('forbundId'))).toEqual([
      { path: 'forbundId', message: 'Välj vilket samordningsförbund beställningen gäller.' },
    ]);
  });

  it('R-05: refuses an empty or blank forbundId', () => {
    expect(errorsFor({ ...validBody(), forbundId: '   ' }).map((e) => e.path)).toEqual(['forbundId']);
  });

  it('R-05: refuses a second förbund smuggled in under another field name', () => {
    const errors = errorsFor({ ...validBody(), forbundIds: ['forbund-malmo'] });
    expect(errors).toEqual([{ path: '', message: expect.stringContaining('"forbundIds"') }]);
  });

  it('R-05: refuses a forbundId that is not text', () => {
    expect(errorsFor({ ...validBody(), forbundId: 42 })).toEqual([
      { path: 'forbundId', message: 'Förbundet ska anges med sitt id (text).' },
    ]);
  });
});

describe('ZOrder9480 — skyddad identitet must be answered', () => {
  it('R-08: refuses an order that does not answer the question', () => {
    expect(errorsFor(withoutField('protectedIdentity'))).toEqual([
      { path: 'protectedIdentity', message: 'Ange om användaren har skyddad identitet (ja eller nej).' },
    ]);
  });

  it.each(['nej', 'false', 0, null])('R-08: refuses the non-boolean answer %p', (answer) => {
    expect(errorsFor({ ...validBody(), protectedIdentity: answer })).toEqual([
      {
        path: 'protectedIdentity',
        message: 'Svaret om skyddad identitet ska vara ja eller nej (true eller false).',
      },
    ]);
  });

  it('R-08: the form accepts "yes" so that the eligibility check can stop it with an explanation', () => {
    expect(ZOrder9480.parse({ ...validBody(), protectedIdentity: true }).protectedIdentity).toBe(true);
  });
});

describe('ZOrder9480 — role', () => {
  it.each(['SAMVERKANSADMINISTRATOR', 'deltagaransvarig', '', ['DELTAGARANSVARIG']])(
    'R-06: refuses the role %p',
    (role) => {
      expect(errorsFor({ ...validBody(), role })).toEqual([
        { path: 'role', message: 'Välj roll: Förbundsadministratör eller Deltagaransvarig.' },
      ]);
    },
  );

  it('R-06: refuses an order without a role', () => {
    expect(errorsFor(withoutField('role')).map((e) => e.path)).toEqual(['role']);
  });
});

describe('ZOrder9480 — user fields', () => {
  it.each([
    ['a wrong check digit', withWrongCheckDigit(PERSONNUMMER)],
    ['a date that does not exist', makePersonnummer('19850230', '123')],
    ['letters', 'ÅÅÅÅMMDD-NNNN'],
    ['too few digits', '850412-12'],
  ])('blankett 9480: refuses a personnummer with %s', (_label, personnummer) => {
    expect(errorsFor(withUser({ personnummer }))).toEqual([
      { path: 'user.personnummer', message: 'Ange ett giltigt personnummer (ÅÅÅÅMMDD-NNNN).' },
    ]);
  });

  it('blankett 9480: accepts a samordningsnummer', () => {
    const samordningsnummer = makePersonnummer('19850472', '123');
    expect(ZOrder9480.parse(withUser({ personnummer: samordningsnummer })).user.personnummer).toBe(
      samordningsnummer,
    );
  });

  it('blankett 9480: asks for a missing personnummer', () => {
    expect(errorsFor(withoutUserField('personnummer'))).toEqual([
      { path: 'user.personnummer', message: 'Ange användarens personnummer (ÅÅÅÅMMDD-NNNN).' },
    ]);
  });

  it('blankett 9480: refuses a personnummer given as a number', () => {
    expect(errorsFor(withUser({ personnummer: 198504121234 }))).toEqual([
      { path: 'user.personnummer', message: 'Personnumret ska vara text i formen ÅÅÅÅMMDD-NNNN.' },
    ]);
  });

  it.each([
    ['givenName', 'förnamn', 'Förnamnet'],
    ['familyName', 'efternamn', 'Efternamnet'],
  ] as const)('blankett 9480: validates %s (1–100 characters, trimmed, no line breaks)', (field, word, subject) => {
    expect(ZOrder9480.safeParse(withUser({ [field]: 'Å'.repeat(100) })).success).toBe(true);
    expect(ZOrder9480.safeParse(withUser({ [field]: 'A' })).success).toBe(true);
    expect(errorsFor(withUser({ [field]: '   ' }))).toEqual([
      { path: `user.${field}`, message: `Ange användarens ${word}.` },
    ]);
    expect(errorsFor(withUser({ [field]: 'Å'.repeat(101) }))).toEqual([
      { path: `user.${field}`, message: `${subject} får vara högst 100 tecken.` },
    ]);
    expect(errorsFor(withUser({ [field]: 'Anna\r\nBcc: x@y.se' }))).toEqual([
      { path: `user.${field}`, message: `${subject} får inte innehålla radbrytningar eller andra kontrolltecken.` },
    ]);
    expect(errorsFor(withoutUserField(field))).toEqual([
      { path: `user.${field}`, message: `Ange användarens ${word}.` },
    ]);
  });

  it.each(['asa.oberg', 'asa@', '@lund.se', 'asa oberg@lund.se', 'asa@lund'])(
    'blankett 9480: refuses the e-mail address %p',
    (email) => {
      expect(errorsFor(withUser({ email }))).toEqual([
        { path: 'user.email', message: 'Ange en giltig e-postadress, till exempel namn@kommun.se.' },
      ]);
    },
  );

  it('blankett 9480: refuses a missing, empty or too long e-mail address', () => {
    expect(errorsFor(withoutUserField('email'))).toEqual([
      { path: 'user.email', message: 'Ange användarens e-postadress.' },
    ]);
    expect(errorsFor(withUser({ email: '  ' }))[0]).toEqual({
      path: 'user.email',
      message: 'Ange användarens e-postadress.',
    });
    expect(errorsFor(withUser({ email: `${'a'.repeat(250)}@lund.se` }))[0]).toEqual({
      path: 'user.email',
      message: 'E-postadressen får vara högst 254 tecken.',
    });
  });

  it.each(['+46 46-35 50 00', '046355000', '070-123 45 67', '123456', '+4612345678901234567'])(
    'blankett 9480: accepts the phone number %p',
    (phone) => {
      expect(ZOrder9480.safeParse(withUser({ phone })).success).toBe(true);
    },
  );

  it.each([
    ['too short', '12345', 'Telefonnumret ska vara 6–20 tecken långt.'],
    ['too long', '123456789012345678901', 'Telefonnumret ska vara 6–20 tecken långt.'],
    ['letters', '046-ABC DEF', 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och + först.'],
    ['+ in the middle', '046+355000', 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och + först.'],
    ['only dashes', '------', 'Telefonnumret får bara innehålla siffror, mellanslag, bindestreck och + först.'],
  ])('blankett 9480: refuses a phone number with %s', (_label, phone, message) => {
    expect(errorsFor(withUser({ phone }))).toEqual([{ path: 'user.phone', message }]);
  });

  it('blankett 9480: refuses null as phone number and says to leave the field out', () => {
    expect(errorsFor(withUser({ phone: null }))).toEqual([
      {
        path: 'user.phone',
        message: 'Telefonnumret ska vara text. Utelämna fältet om användaren inte har något telefonnummer.',
      },
    ]);
  });

  it('R-01: asks for the employer, which decides who may order', () => {
    expect(errorsFor(withoutUserField('employerId'))).toEqual([
      { path: 'user.employerId', message: 'Ange användarens arbetsgivare.' },
    ]);
    expect(errorsFor(withUser({ employerId: 7 }))).toEqual([
      { path: 'user.employerId', message: 'Arbetsgivaren ska anges med sitt id (text).' },
    ]);
  });
});

describe('ZOrder9480 — structure', () => {
  it('blankett 9480: refuses unknown fields in the order and in the user, naming them', () => {
    expect(errorsFor({ ...validBody(), comment: 'hej' })).toEqual([
      {
        path: '',
        message: 'Okända fält i beställningen: "comment". Ta bort dem – blankett 9480 har inga sådana fält.',
      },
    ]);
    expect(errorsFor(withUser({ title: 'chef', mobile: '070' } as never))).toEqual([
      {
        path: 'user',
        message:
          'Okända fält i användaruppgifterna: "title", "mobile". Ta bort dem – blankett 9480 har inga sådana fält.',
      },
    ]);
  });

  it.each([null, 'text', 42, []])('blankett 9480: refuses %p as the order body', (body) => {
    expect(errorsFor(body)).toEqual([{ path: '', message: 'Beställningen ska vara ett JSON-objekt.' }]);
  });

  it('blankett 9480: refuses a missing or wrongly typed user block', () => {
    expect(errorsFor(withoutField('user'))).toEqual([
      { path: 'user', message: 'Fyll i uppgifterna om användaren.' },
    ]);
    expect(errorsFor({ ...validBody(), user: 'Åsa Öberg' })).toEqual([
      { path: 'user', message: 'Uppgifterna om användaren ska vara ett objekt.' },
    ]);
  });

  it('blankett 9480: reports every problem at once with dotted paths', () => {
    const errors = errorsFor({ role: 'X', user: { personnummer: '1', email: 'x' } });
    expect(errors.map((e) => e.path)).toEqual([
      'forbundId',
      'role',
      'protectedIdentity',
      'user.personnummer',
      'user.givenName',
      'user.familyName',
      'user.email',
      'user.employerId',
    ]);
  });

  it('blankett 9480: never lets an English zod message through', () => {
    const bodies: unknown[] = [
      undefined,
      null,
      [],
      {},
      { forbundId: {}, role: 1, protectedIdentity: {}, user: [] },
      { ...validBody(), extra: true, user: { ...validBody().user, x: 1 } },
      {
        forbundId: 'x'.repeat(201),
        role: null,
        protectedIdentity: 'ja',
        user: {
          personnummer: null,
          givenName: 1,
          familyName: [],
          email: {},
          phone: 5,
          employerId: 'y'.repeat(201),
        },
      },
      withUser({ givenName: '', familyName: '\u0000', email: 'a@b', phone: '+', personnummer: '' }),
    ];
    const messages = bodies.flatMap((b) => errorsFor(b).map((e) => e.message));
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      expect(message).toMatch(/^[A-ZÅÄÖ]/);
      expect(message).toMatch(/\.$/);
      expect(message).not.toMatch(
        /\b(invalid|expected|received|required|too (small|big)|unrecognized|must|string|number)\b/i,
      );
    }
  });

  it('blankett 9480: can be rendered as JSON Schema (input side) for the API documentation', () => {
    const schema = z.toJSONSchema(ZOrder9480, { io: 'input' }) as {
      required?: string[];
      additionalProperties?: boolean;
    };
    expect(schema.required).toEqual(['forbundId', 'role', 'protectedIdentity', 'user']);
    expect(schema.additionalProperties).toBe(false);
  });
});
