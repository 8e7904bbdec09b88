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

export async function api<T>(
  path: string,
  init: RequestInit = {},
  key: string | null = getKey(),
): Promise<T> {
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
    // 401, or 403 for a revoked key: the key is no good. 403 E_ROLE is a good key without the role.
    if ((res.status === 401 || (res.status === 403 && code !== 'E_ROLE')) && key) onUnauthorized();
    throw new ApiError(res.status, code, message);
  }
  return (await res.json()) as T;
}

/** Download a file from the API (the key goes in a header, so a plain link cannot do it). */
export async function download(path: string, fallbackName: string): Promise<void> {
  const headers = new Headers();
  const key = getKey();
  if (key) headers.set('authorization', `Bearer ${key}`);
  const res = await fetch(path, { headers, credentials: 'omit', cache: 'no-store' });
  if (!res.ok) {
    let message = res.statusText;
    try {
      message = ((await res.json()) as { error?: { message?: string } }).error?.message ?? message;
    } catch {
      /* not JSON */
    }
    throw new ApiError(res.status, `HTTP_${res.status}`, message);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const postJson = <T>(path: string, body: unknown) =>
  api<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
