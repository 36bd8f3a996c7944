import { ref, shallowRef, type Ref } from 'vue';

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * A list read page by page with the API's cursors ("Visa fler"): the first page on `load()`,
 * the next one appended on `load(true)`. One definition for every list page of the UI.
 */
export function usePagedList<T>(fetchPage: (cursor: string | undefined) => Promise<Page<T>>) {
  const items = shallowRef<T[]>([]) as Ref<T[]>;
  const cursor = ref<string | null>(null);
  const busy = ref(false);
  const error = shallowRef<Error | null>(null);

  async function load(more = false): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      const page = await fetchPage(more ? (cursor.value ?? undefined) : undefined);
      items.value = more ? [...items.value, ...page.items] : page.items;
      cursor.value = page.nextCursor;
    } catch (e) {
      error.value = e as Error;
    } finally {
      busy.value = false;
    }
  }

  return { items, cursor, busy, error, load };
}
