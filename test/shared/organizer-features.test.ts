// The organizer's call map is composed from feature slices: every call belongs to exactly
// one feature, and two features declaring one name is refused when the contract loads.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { call, composeCalls } from '../../shared/contract/call.js';
import { organizerCalls, organizerFeatures } from '../../shared/contract/events.js';

describe('organizer features', () => {
  it('compose the organizer call map, each call from exactly one feature', () => {
    const fromFeatures = Object.values(organizerFeatures).flatMap((slice) => Object.keys(slice));
    expect(new Set(fromFeatures).size).toBe(fromFeatures.length);
    expect(fromFeatures.toSorted()).toEqual(Object.keys(organizerCalls).toSorted());
    for (const slice of Object.values(organizerFeatures))
      for (const [name, c] of Object.entries(slice))
        expect(organizerCalls[name as keyof typeof organizerCalls]).toBe(c);
  });

  it('refuse a call name declared by two features', () => {
    const a = { 'x:get': call<null>()(z.object({})) };
    const b = { 'x:get': call<number>()(z.object({})) };
    expect(() => composeCalls({ a, b })).toThrow(/x:get is declared twice \(again by b\)/);
  });
});
