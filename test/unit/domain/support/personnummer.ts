// Builds Luhn-valid test personnummer so tests never depend on a real person's number.

/** The Luhn check digit for the nine digits YYMMDDNNN. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < nineDigits.length; i++) {
    let v = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (v > 9) v -= 9;
    sum += v;
  }
  return (10 - (sum % 10)) % 10;
}

/** `YYYYMMDD-NNNC` for a birth date `YYYYMMDD` and a three-digit serial `NNN`. */
export function makePersonnummer(yyyymmdd: string, serial: string): string {
  const check = luhnCheckDigit(yyyymmdd.slice(2) + serial);
  return `${yyyymmdd}-${serial}${check}`;
}

/** The same number with a wrong check digit. */
export function withWrongCheckDigit(personnummer: string): string {
  const last = Number(personnummer.slice(-1));
  return personnummer.slice(0, -1) + String((last + 1) % 10);
}
