// The screen-mode registry is the one list: the contract's schema takes exactly its names,
// each entry is filed under its own name, and the main screen's name is a valid name.
import { describe, expect, it } from 'vitest';
import { screenModeSchema } from '../../shared/contract/schemas.js';
import {
  isScreenMode,
  mainScreen,
  screenModeNames,
  screenModes,
  screenNamePattern,
} from '../../shared/screen-modes.js';

describe('screen modes', () => {
  it('are filed under their own names, with both labels', () => {
    for (const [key, spec] of Object.entries(screenModes)) {
      expect(spec.name).toBe(key);
      expect(spec.label.id.length * spec.label.en.length).toBeGreaterThan(0);
    }
  });

  it('are the modes the screen:mode call accepts, and no other', () => {
    for (const mode of screenModeNames) {
      expect(screenModeSchema.safeParse({ screen: mainScreen, mode }).success).toBe(true);
      expect(isScreenMode(mode)).toBe(true);
    }
    expect(screenModeSchema.safeParse({ screen: mainScreen, mode: 'disco' }).success).toBe(false);
    expect(isScreenMode('disco')).toBe(false);
    expect(isScreenMode('toString')).toBe(false);
  });

  it('name the main screen with a valid screen name', () => {
    expect(screenNamePattern.test(mainScreen)).toBe(true);
  });
});
