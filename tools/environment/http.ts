import http from 'node:http';

/** True when GET `url` answers 200 within the timeout. */
export function httpOk(url: string, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const request = http.get(url, { timeout: timeoutMs }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(false));
  });
}

/** A host to connect to: the one the API listens on, or loopback when it listens on all interfaces. */
export function reachableHost(host: string): string {
  return host === '0.0.0.0' || host === '::' || host === '' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
}
