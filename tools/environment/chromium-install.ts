import { ensureDebianPackage, isExecutable } from './apt-install';

/**
 * The browser for the web app's tests: CHROMIUM_PATH when set, else Debian's chromium (installed with
 * apt-get when missing, like redis-server). Playwright never downloads a browser of its own here.
 */
export function ensureChromiumInstalled(): string {
  const given = process.env.CHROMIUM_PATH;
  if (given && isExecutable(given)) return given;
  return ensureDebianPackage({
    command: 'chromium',
    pkg: 'chromium',
    knownPaths: ['/usr/bin/chromium'],
    what: 'Chromium',
    notInstalled: 'Chromium is not installed: run `sudo apt-get install chromium` or set CHROMIUM_PATH',
  });
}
