/** A name as the desk shows it, in each language the app speaks (id first). */
export type Labels = { readonly id: string; readonly en: string };
