/**
 * The dashboard's only door to the server. The API key lives in sessionStorage: it is gone when the
 * tab closes, and it is never put in a URL (URLs end up in logs and history).
 */
const KEY_STORAGE = 'vigil.apiKey';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const getKey = (): string | null => sessionStorage.getItem(KEY_STORAGE);
export const setKey = (key: string): void => sessionStorage.setItem(KEY_STORAGE, key);
export const clearKey = (): void => sessionStorage.removeItem(KEY_STORAGE);

/** Called when the server says the key is no longer good (401/403): the app goes back to sign-in. */
let onUnauthorized: () => void = () => {};
export const setUnauthorizedHandler = (fn: () => void) => {
  onUnauthorized = fn;
};

export async function api<T>(path: string, init: RequestInit = {}, key: string | null = getKey()): Promise<T> {
  const headers = new Headers(init.headers);
  if (key) headers.set('authorization', `Bearer ${key}`);
  const res = await fetch(path, { ...init, headers, credentials: 'omit', cache: 'no-store' });
  if (!res.ok) {
    let code = `HTTP_${res.status}`;
    let message = res.statusText || 'request failed';
    try {
      const body = (await res.json()) as { error?: { code?: string; message?: string } };
      code = body.error?.code ?? code;
      message = body.error?.message ?? message;
    } catch {
      /* not JSON */
    }
    if ((res.status === 401 || res.status === 403) && key) onUnauthorized();
    throw new ApiError(res.status, code, message);
  }
  return (await res.json()) as T;
}

export const postJson = <T,>(path: string, body: unknown) =>
  api<T>(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
