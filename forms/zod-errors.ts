// Helpers for giving every zod schema a Swedish message, so zod's English defaults never
// reach a user. A schema's `error` option also covers its checks that have no own message.
import { z } from 'zod';
import { parseCivilDate } from '../domain/stockholm-time';

/**
 * An error map that tells "missing" apart from "wrong type": both are `invalid_type` issues,
 * but only a missing field has `input === undefined`.
 */
export function missingOr(missing: string, wrongType: string) {
  return (issue: { input?: unknown }): string => (issue.input === undefined ? missing : wrongType);
}

/** For strict objects: names the unknown fields, otherwise the object's own type message. */
export function strictObjectError(where: string, missing: string, wrongType: string, formName = 'blankett 9480') {
  return (issue: { code?: string; input?: unknown; keys?: string[] }): string => {
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue.keys ?? []).map((k) => `"${k}"`).join(', ');
      return `Okända fält i ${where}: ${keys}. Ta bort dem – ${formName} har inga sådana fält.`;
    }
    return issue.input === undefined ? missing : wrongType;
  };
}

// Control characters (including line breaks) in names would let a value break out of an
// e-mail header or a log line when the order is passed on to BA.
// Exactly Unicode's control characters (\p{Cc}), written as ranges so that the OpenAPI pattern
// is one every JSON Schema tool can use (schemathesis cannot generate from \p{…}).
export const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f-\u009f]*$/;

/** A civil day, `YYYY-MM-DD`, that is a real calendar day; `what` names it in the messages ("sista dagen"). */
export const civilDayField = (what: string) =>
  z.string({ error: `Ange ${what} som ÅÅÅÅ-MM-DD.` }).refine((v) => parseCivilDate(v) !== null, `Ange ${what} som ett datum, ÅÅÅÅ-MM-DD.`);
