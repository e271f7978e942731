import { describe, expect, it } from 'vitest';
import { cutAtSentence, cutFactsToFit, firstThatFits } from './fit-to-limit';

describe('cutAtSentence', () => {
  it('keeps whole sentences up to the limit', () => {
    const text = 'First one. Second one! Third one? Fourth.';
    expect(cutAtSentence(text, 100)).toBe(text);
    expect(cutAtSentence(text, 25)).toBe('First one. Second one!');
    expect(cutAtSentence(text, 9)).toBe('');
  });

  it('cuts at a line end too, and keeps a closing quote with its sentence', () => {
    expect(cutAtSentence('Line one\nLine two is long', 12)).toBe('Line one');
    expect(cutAtSentence('He wrote «ship soon.» Then nothing.', 22)).toBe('He wrote «ship soon.»');
  });

  it('does not cut inside a number or an abbreviation with no space after the dot', () => {
    expect(cutAtSentence('Paid 42.97 today. More text here', 16)).toBe('');
    expect(cutAtSentence('Paid 42.97 today. More text here', 18)).toBe('Paid 42.97 today.');
  });
});

describe('cutFactsToFit', () => {
  const frame = (facts: string | undefined) => `Head.\n\n${facts ?? ''}\n\nTail.`;

  it('keeps as many whole sentences of the facts as the frame leaves room for', () => {
    expect(cutFactsToFit(frame, 'One. Two. Three.', 14 + 9)).toBe('One. Two.');
    expect(cutFactsToFit(frame, 'One. Two. Three.', 14 + 3)).toBeUndefined();
  });
});

describe('firstThatFits', () => {
  it('takes the first attempt that fits, with its own truncated flag', () => {
    const attempts = [
      { build: () => 'x'.repeat(20), truncated: false },
      { build: () => 'y'.repeat(10), truncated: true },
    ];
    expect(firstThatFits(attempts, 20)).toEqual({ text: 'x'.repeat(20), truncated: false });
    expect(firstThatFits(attempts, 15)).toEqual({ text: 'y'.repeat(10), truncated: true });
  });

  it('cuts the last attempt at a sentence when none fits, and says so', () => {
    const attempts = [{ build: () => 'Keep this. Not this one.', truncated: false }];
    expect(firstThatFits(attempts, 15)).toEqual({ text: 'Keep this.', truncated: true });
    expect(firstThatFits([], 15)).toEqual({ text: '', truncated: true });
  });
});
