// One call of the protocol: its payload schema (zod) and, as a type only, its reply. The
// call maps in events.ts and organizer/ are built from this, and both the server's
// handlers and the clients are typed from those maps.
import type { z } from 'zod';

export type Call<I extends z.ZodType, R> = { input: I; reply?: R };
export const call =
  <R>() =>
  <I extends z.ZodType>(input: I): Call<I, R> => ({ input });

export type CallMap = Record<string, Call<z.ZodType, unknown>>;
export type InputOf<C> = C extends Call<infer I, unknown> ? z.input<I> : never;
export type ParsedOf<C> = C extends Call<infer I, unknown> ? z.output<I> : never;
export type ReplyOf<C> = C extends Call<z.ZodType, infer R> ? R : never;

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (
  x: infer I,
) => void
  ? I
  : never;
type Flatten<T> = { [K in keyof T]: T[K] };
/** The one call map made of several feature slices (each a CallMap). */
export type Composed<F extends Record<string, CallMap>> = Flatten<UnionToIntersection<F[keyof F]>>;

/**
 * Joins feature slices into one call map. A name declared by two features is a mistake
 * that would silently shadow a handler, so it throws when the contract is loaded.
 */
export function composeCalls<F extends Record<string, CallMap>>(features: F): Composed<F> {
  const out: CallMap = {};
  for (const [feature, calls] of Object.entries(features))
    for (const [name, c] of Object.entries(calls)) {
      if (name in out) throw new Error(`call ${name} is declared twice (again by ${feature})`);
      out[name] = c;
    }
  return out as Composed<F>;
}
