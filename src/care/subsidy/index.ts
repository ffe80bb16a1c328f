/**
 * The subsidy and award engine (奖补, domain.md §6): versioned policies, the monthly operating subsidy per child for
 * affordable places (claims traced to children-months), recomputation after a policy change (clawback / top-up), and
 * construction and quality awards. Pure; money in integer fen (src/care/money.ts); the fee cap is the one policy of
 * src/care/fee-cap.ts.
 */
export * from './policy.ts';
export * from './types.ts';
export * from './operating.ts';
export * from './recompute.ts';
export * from './awards.ts';
