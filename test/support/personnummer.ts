import { makePersonnummer } from '../unit/domain/support/personnummer';

let counter = 0;

/** A valid, fictional personnummer not used by the seed or by another test in this run. */
export function uniquePersonnummer(): string {
  counter += 1;
  const year = 1950 + Math.floor(Math.random() * 50);
  const month = String(1 + Math.floor(Math.random() * 12)).padStart(2, '0');
  const day = String(1 + Math.floor(Math.random() * 28)).padStart(2, '0');
  // 001–999: the serial 000 is not a valid personnummer.
  const serial = String(1 + ((process.pid * 7 + counter * 13 + Math.floor(Math.random() * 1000)) % 999)).padStart(3, '0');
  return makePersonnummer(`${year}${month}${day}`, serial);
}
