import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { cookie, obs, page } from '../../test/rules/build-obs.js';
import { thirdPartyCookie } from './third-party-cookie.rule.js';

const run = (o: ReturnType<typeof obs>) => thirdPartyCookie.run({ obs: o, views: viewsOf(o) });

describe('third-party-cookie', () => {
  it('reports a stored tracker cookie as high and a blocked attempt as info, per regime', () => {
    const p = page({ cookies: [cookie('IDE', '.doubleclick.net', { sameSite: 'None' })] });
    const blocked = page({ cookies: [cookie('IDE', '.doubleclick.net', { blocked: true })] });
    const o = obs([p], [{ id: 'permissive', cookieRegime: 'permissive', pages: [p] }, { id: 'default', pages: [blocked] }]);
    const hits = run(o);
    expect(hits.map((h) => [h.visit.id, h.severity])).toEqual([['permissive', 'high'], ['default', 'info']]);
    expect(hits[0]!.explanation).toContain('IDE');
  });
  it('ignores the library\u2019s own cookies, subdomains included', () => {
    expect(run(obs([page({ cookies: [cookie('session', 'www.library.example'), cookie('pref', '.library.example')] })]))).toEqual([]);
  });
});
