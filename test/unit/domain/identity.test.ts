import { namesMatchRegister } from '../../../domain/identity';

const britt = { givenName: 'Britt Marie', familyName: 'Andersson' };

test('identity: the registered names, in any case and spacing, or one of several given names', () => {
  expect(namesMatchRegister(britt, { givenName: 'Britt Marie', familyName: 'Andersson' })).toBe(true);
  expect(namesMatchRegister(britt, { givenName: ' britt ', familyName: 'ANDERSSON' })).toBe(true);
  expect(namesMatchRegister(britt, { givenName: 'Marie', familyName: 'Andersson' })).toBe(true);
  // Å written as A + combining ring is the same name.
  expect(namesMatchRegister({ givenName: 'Åsa', familyName: 'Öberg' }, { givenName: 'A\u030asa', familyName: 'Öberg' })).toBe(true);
});

test('identity: another name, a partial family name or an invented given name does not match', () => {
  expect(namesMatchRegister(britt, { givenName: 'Kalle', familyName: 'Karlsson' })).toBe(false);
  expect(namesMatchRegister(britt, { givenName: 'Britt', familyName: 'Anders' })).toBe(false);
  expect(namesMatchRegister(britt, { givenName: 'Britt Kalle', familyName: 'Andersson' })).toBe(false);
  expect(namesMatchRegister(britt, { givenName: ' ', familyName: 'Andersson' })).toBe(false);
});
