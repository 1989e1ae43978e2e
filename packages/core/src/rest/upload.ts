/**
 * Sends a multipart upload with XMLHttpRequest, because fetch cannot report upload progress
 * over HTTP/1.1 (streamed request bodies need HTTP/2 in Chromium). Resolves with a standard
 * `Response` so the rest of the pipeline treats it like any other.
 */
export interface UploadRequest {
  url: string;
  headers: Headers;
  body: FormData;
  timeout: number;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: { loaded: number; total: number; fraction: number }) => void) | undefined;
}

export class UploadNetworkError extends Error {
  constructor(readonly reason: 'network' | 'timeout' | 'aborted') {
    super(`Upload failed: ${reason}`);
  }
}

export function sendUpload(request: UploadRequest, fetchImpl?: typeof fetch): Promise<Response> {
  // Outside a browser (Node: the conformance CLI, server-side hosts) there is no XHR; fetch
  // sends the same multipart body, and progress is reported once, at the end.
  if (typeof XMLHttpRequest === 'undefined') return sendWithFetch(request, fetchImpl ?? fetch);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', request.url);
    xhr.timeout = request.timeout;
    request.headers.forEach((value, key) => xhr.setRequestHeader(key, value));
    let total = 0;
    xhr.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      total = event.total;
      request.onProgress?.({ loaded: event.loaded, total, fraction: total ? event.loaded / total : 1 });
    };
    xhr.onload = () => {
      const headers = new Headers();
      for (const line of xhr.getAllResponseHeaders().trim().split(/[\r\n]+/)) {
        const at = line.indexOf(':');
        if (at > 0) headers.append(line.slice(0, at).trim(), line.slice(at + 1).trim());
      }
      const empty = xhr.status === 204 || xhr.status === 205 || xhr.status === 304;
      // Some stacks (a service worker in between, tiny bodies) skip progress events: end at 100%.
      request.onProgress?.({ loaded: total, total, fraction: 1 });
      resolve(new Response(empty ? null : xhr.responseText, { status: xhr.status, headers }));
    };
    xhr.onerror = () => reject(new UploadNetworkError('network'));
    xhr.ontimeout = () => reject(new UploadNetworkError('timeout'));
    xhr.onabort = () => reject(new UploadNetworkError('aborted'));
    if (request.signal) {
      if (request.signal.aborted) {
        reject(new UploadNetworkError('aborted'));
        return;
      }
      request.signal.addEventListener('abort', () => xhr.abort(), { once: true });
    }
    xhr.send(request.body);
  });
}

async function sendWithFetch(request: UploadRequest, fetchImpl: typeof fetch): Promise<Response> {
  if (request.signal?.aborted) throw new UploadNetworkError('aborted');
  const timeout = AbortSignal.timeout(request.timeout);
  const signal = request.signal ? AbortSignal.any([request.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchImpl(request.url, { method: 'POST', headers: request.headers, body: request.body, signal });
  } catch {
    throw new UploadNetworkError(request.signal?.aborted ? 'aborted' : timeout.aborted ? 'timeout' : 'network');
  }
  const size = [...request.body.values()].reduce((sum, value) => sum + (typeof value === 'string' ? value.length : value.size), 0);
  request.onProgress?.({ loaded: size, total: size, fraction: 1 });
  return response;
}
