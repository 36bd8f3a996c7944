import { AppError } from '../errors';

/**
 * Keyset pagination, one definition for every list: a cursor is the (sort value, id) of the last
 * item returned, opaque to clients (base64url JSON). The sort value is a time or a text.
 */
export type CursorKey = string | Date;

export function encodeCursor(key: CursorKey, id: string): string {
  const value = key instanceof Date ? { at: key.toISOString() } : { text: key };
  return Buffer.from(JSON.stringify([value, id])).toString('base64url');
}

export function badCursor(): AppError {
  return new AppError('VALIDATION_ERROR', 'Ogiltig sidmarkör (cursor). Börja om från första sidan.', [{ path: 'cursor', message: 'Ogiltig sidmarkör.' }]);
}

export function decodeCursor(cursor: string): { key: CursorKey; id: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2 || typeof parsed[1] !== 'string') throw badCursor();
  const [value, id] = parsed as [{ at?: unknown; text?: unknown }, string];
  if (typeof value?.text === 'string') return { key: value.text, id };
  const at = typeof value?.at === 'string' ? new Date(value.at) : null;
  if (!at || Number.isNaN(at.getTime())) throw badCursor();
  return { key: at, id };
}

/** Cursors of times only (the queues' due and submitted dates). */
export function decodeTimeCursor(cursor: string): { at: Date; id: string } {
  const { key, id } = decodeCursor(cursor);
  if (!(key instanceof Date)) throw badCursor();
  return { at: key, id };
}

/** One page of `rows` fetched with `take: limit + 1`, and the cursor of the next page. */
export function pageOf<T extends { id: string }>(rows: T[], limit: number, keyOf: (row: T) => CursorKey): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(keyOf(last), last.id) : null };
}

/** The header that carries the next page's cursor on routes whose body is a plain array. */
export const NEXT_CURSOR_HEADER = 'next-cursor';
