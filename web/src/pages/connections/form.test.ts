import { describe, expect, it } from 'vitest';
import { credentialsToSend, fieldsFor, fieldState, parseSettings } from './form';

describe('connection form', () => {
  it('lists required then optional fields of a known tool', () => {
    const slack = {
      tool_name: 'slack', display_name: 'Slack', category: 'messaging', description: '', live_check: false,
      required_fields: [{ name: 'bot_token', description: '', format: 'xoxb-…' }],
      optional_fields: [{ name: 'signing_secret', description: '', format: '32 hex' }],
    };
    expect(fieldsFor(slack).map((f) => [f.name, f.required])).toEqual([['bot_token', true], ['signing_secret', false]]);
    expect(fieldsFor(undefined)).toEqual([]);
  });
  it('says set / not set from the field names only', () => {
    expect(fieldState({ credential_fields: ['token'] }, 'token')).toBe('set');
    expect(fieldState({ credential_fields: ['token'] }, 'secret')).toBe('not set');
  });
  it('sends typed values only, and nothing when nothing was typed (an edit keeps the stored set)', () => {
    expect(credentialsToSend({ token: 'ghp_x', other: '' })).toEqual({ token: 'ghp_x' });
    expect(credentialsToSend({ token: '' })).toBeUndefined();
    expect(credentialsToSend({ ' key ': 'v', '': 'orphan' })).toEqual({ key: 'v' });
  });
  it('parses settings as a JSON object or explains why not', () => {
    expect(parseSettings('')).toEqual({ ok: true, value: undefined });
    expect(parseSettings('{"channel":"#general"}')).toEqual({ ok: true, value: { channel: '#general' } });
    expect(parseSettings('[1]')).toMatchObject({ ok: false });
    expect(parseSettings('{nope')).toMatchObject({ ok: false, error: expect.stringContaining('not valid JSON') });
  });
});
