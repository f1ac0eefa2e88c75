import { describe, expect, it } from 'vitest';
import { viewsOf } from '../derived/index.js';
import { cookie, obs, page } from '../../test/rules/build-obs.js';
import { firstPartyTrackingCookie } from './first-party-tracking-cookie.rule.js';

const run = (o: ReturnType<typeof obs>) => firstPartyTrackingCookie.run({ obs: o, views: viewsOf(o) });

describe('first-party-tracking-cookie', () => {
  it('recognises _ga/_fbp by name and an identifier written by a third-party script by behaviour', () => {
    const hits = run(obs([page({ cookies: [
      cookie('_ga', '.library.example', { setBy: 'script' }),
      cookie('_fbp', '.library.example', { setBy: 'script' }),
      cookie('vid', '.library.example', { setBy: 'script', setterUrl: 'https://cdn.tracker-co.example/t.js', valueLength: 32 }),
    ] })]));
    expect(hits.map((h) => h.entity?.name)).toEqual(['Google Analytics', 'Meta Pixel', 'tracker-co.example']);
  });
  it('leaves the library\u2019s own session cookie and short-lived third-party script cookies alone', () => {
    const hits = run(obs([page({ cookies: [
      cookie('PHPSESSID', 'www.library.example', { expires: -1, httpOnly: true }),
      cookie('lang', '.library.example', { setBy: 'script', setterUrl: 'https://www.library.example/app.js' }),
      cookie('consent', '.library.example', { setBy: 'script', setterUrl: 'https://cdn.cmp.example/c.js', valueLength: 4 }),
    ] })]));
    expect(hits).toEqual([]);
  });
});
