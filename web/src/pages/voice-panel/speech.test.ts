import { describe, expect, it } from 'vitest';
import type { VoiceSettingsView } from '../../api/types';
import { changedFields, pickVoice, speechRate, voiceSlug } from './speech';

const stored: VoiceSettingsView = {
  target: 'daena', agent_id: null, name: 'Daena', talk_active: false, listen_active: false,
  voice_id: null, volume: 1, rate: 175, pitch: 1, is_default: true, updated_at: null,
};

describe('voice settings in the browser', () => {
  it('maps words per minute to the Web Speech rate multiplier, within its 0.1–10 range', () => {
    expect(speechRate(175)).toBe(1);
    expect(speechRate(350)).toBe(2);
    expect(speechRate(50)).toBeCloseTo(0.2857, 3);
    expect(speechRate(10_000)).toBe(10);
  });
  it('turns browser voice names into ids the server accepts and finds them again', () => {
    expect(voiceSlug('Google UK English Female')).toBe('Google_UK_English_Female');
    expect(voiceSlug('  ***  ')).toBe('voice');
    expect(voiceSlug('x'.repeat(150))).toHaveLength(100);
    expect(voiceSlug('Google UK English Female')).toMatch(/^[A-Za-z0-9_.:-]{1,100}$/);
    const voices = [{ name: 'Alex', voiceURI: 'com.apple.alex' }, { name: 'Google UK English Female', voiceURI: 'Google UK English Female' }];
    expect(pickVoice(voices, 'Google_UK_English_Female')?.name).toBe('Google UK English Female');
    expect(pickVoice(voices, 'com.apple.alex')?.name).toBe('Alex');
    expect(pickVoice(voices, null)).toBeNull();
    expect(pickVoice(voices, 'nobody')).toBeNull();
  });
  it('sends only what changed; an empty voice clears it; bad numbers go to the server as typed', () => {
    const form = { talk_active: true, listen_active: false, volume: 1, rate: 200, pitch: 1, voice_id: '' };
    expect(changedFields(stored, form)).toEqual({ talk_active: true, rate: 200 });
    expect(changedFields({ ...stored, voice_id: 'Alex' }, { ...form, rate: 175, talk_active: false })).toEqual({ voice_id: null });
    expect(changedFields(stored, { ...form, talk_active: false, rate: 175, volume: 7 })).toEqual({ volume: 7 });
    expect(Object.keys(changedFields(stored, { ...form, talk_active: false, rate: 175 }))).toEqual([]);
  });
});
