/** The content model: one schema per collection. Imports only astro/zod (via its siblings). */
export * from './common.ts';
export * from './products.ts';
export * from './personas.ts';
export * from './industries.ts';
export * from './competitors.ts';
export * from './concepts.ts';
export * from './metrics.ts';
export * from './field-notes.ts';
export * from './config.ts';
export * from './collections.ts';
