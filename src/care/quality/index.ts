/** Quality assessment of childcare institutions (WS/T 821—2023 style): the versioned standard and its scoring. */
export * from './standard.ts';
export * from './score.ts';
