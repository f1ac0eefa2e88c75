import { afterEach, describe, expect, it } from 'vitest';
import { defaults } from './defaults.js';
import { resolveConfig } from './resolve-config.js';

afterEach(() => {
  delete process.env.FIDUCIARY_CHROMIUM;
});

describe('resolveConfig', () => {
  it('starts from the defaults, later layers win, and the result is frozen', () => {
    const c = resolveConfig({ scan: { pages: 2 } }, { scan: { pages: 7 }, audit: { failOn: 'high' } });
    expect(c.scan.pages).toBe(7);
    expect(c.scan.pageTimeoutMs).toBe(defaults.scan.pageTimeoutMs);
    expect(c.audit.failOn).toBe('high');
    expect(Object.isFrozen(c.scan)).toBe(true);
  });

  it('takes the Chromium path from FIDUCIARY_CHROMIUM', () => {
    process.env.FIDUCIARY_CHROMIUM = '/opt/chromium';
    expect(resolveConfig().scan.chromiumPath).toBe('/opt/chromium');
  });

  it('refuses nonsense with FID_CONFIG_INVALID', () => {
    expect(() => resolveConfig({ scan: { pageTimeoutMs: -1 } })).toThrow(expect.objectContaining({ code: 'FID_CONFIG_INVALID' }));
    expect(() => resolveConfig({ scan: { cookieRegimes: ['strict' as 'default'] } })).toThrow(/cookieRegimes/);
    expect(() => resolveConfig({ audit: { failOn: 'bad' as 'high' } })).toThrow(/failOn/);
  });
});
