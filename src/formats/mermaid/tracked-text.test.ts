import { describe, expect, it } from 'vitest';
import { TrackedText } from './tracked-text.js';

describe('TrackedText', () => {
  it('keeps source lines through removals and replacements', () => {
    const t = TrackedText.from('a\r\n%% weg\nb #58; c\nd').replace(/\r\n?/g, () => '\n').replace(/^%%[^\n]*\n/gm, () => '').replace(/#58;/g, () => '<colon>');
    expect(t.text).toBe('a\nb <colon> c\nd');
    expect([0, 2, 4, 12, 14].map((i) => t.lineAt(i))).toEqual([1, 3, 3, 3, 4]);
    expect(t.lineAt(99)).toBe(4);
  });

  it('counts a lone carriage return as a line break', () => {
    expect(TrackedText.from('a\rb').lineAt(2)).toBe(2);
  });
});
