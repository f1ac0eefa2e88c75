import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { STAMP, autoconsentScript } from './autoconsent.js';

describe('autoconsent message stamp', () => {
  it('runs before autoconsent and stamps every message with the page clock, once', () => {
    expect(autoconsentScript().startsWith(STAMP)).toBe(true);
    const sent: Record<string, unknown>[] = [];
    const window: Record<string, unknown> = { autoconsentSendMessage: (m: Record<string, unknown>) => sent.push(m) };
    runInNewContext(STAMP, { window, Date: { now: () => 1234 } });
    runInNewContext(STAMP, { window, Date: { now: () => 1234 } }); // a second run does not wrap twice
    (window.autoconsentSendMessage as (m: unknown) => void)({ type: 'report', state: { lifecycle: 'runningOptIn' } });
    expect(sent).toEqual([{ type: 'report', state: { lifecycle: 'runningOptIn' }, sentAt: 1234 }]);
    // No binding (a frame where it is missing): nothing is defined, autoconsent's own check still sees none.
    const bare: Record<string, unknown> = {};
    runInNewContext(STAMP, { window: bare, Date });
    expect(bare.autoconsentSendMessage).toBeUndefined();
  });
});
