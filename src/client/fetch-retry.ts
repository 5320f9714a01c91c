/**
 * Fetching a timeline's files without letting one network blip stick: a
 * request that gets no answer, or the server's own trouble (a 5xx, 408, 429),
 * is tried again after a pause; what still fails is not remembered, so the
 * next ask tries again rather than failing until the page reloads.
 */

/** Statuses worth another try: the file may be there a moment later. */
const PASSING = new Set([408, 429, 500, 502, 503, 504]);

/** Tries in all, and the pause before the second (doubling after it). */
const TRIES = 3;
const PAUSE = 250;

/** A response with an ok status, or an error naming the file. */
export async function fetchOk(url: URL, tries = TRIES, pause = PAUSE): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    let failure: Error;
    try {
      const response = await fetch(url);
      if (response.ok) return response;
      failure = new Error(`${url.pathname}: ${response.status}`);
      if (!PASSING.has(response.status)) throw failure;
    } catch (error) {
      // fetch rejects when there is no answer at all (offline, a dropped connection).
      if (!(error instanceof TypeError)) throw error;
      failure = new Error(`${url.pathname}: ${error.message}`);
    }
    if (attempt >= tries) throw failure;
    await new Promise((resolve) => setTimeout(resolve, pause * 2 ** (attempt - 1)));
  }
}

export async function fetchJson<T>(url: URL): Promise<T> {
  return (await (await fetchOk(url)).json()) as T;
}

/**
 * Remembers each key's promise, so a file is fetched once however often it
 * is asked for; a promise that fails is forgotten, so the next ask tries again.
 */
export function rememberOnSuccess<K, V>(cache: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  let promise = cache.get(key);
  if (!promise) {
    promise = load();
    promise.catch(() => {
      if (cache.get(key) === promise) cache.delete(key);
    });
    cache.set(key, promise);
  }
  return promise;
}
