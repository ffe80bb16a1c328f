/**
 * The care policy in force (GET /api/policy/care): class caps, carer ratios and age bands per class band, the family
 * point cap, the places-per-1,000 target and the registry's vocabularies. The server checks against the same
 * versioned policy, so the hints beside the inputs never drift from the rules.
 */
import { useQuery } from '@tanstack/react-query';
import { data, http } from './http.ts';
import type { CarePolicy } from './model.ts';

export const POLICY_KEY = ['policy.care'] as const;

/** The policy query (fetched once per session: the policy changes by version, not by the minute). */
export function carePolicyQuery() {
  return {
    queryKey: POLICY_KEY,
    queryFn: ({ signal }: { signal: AbortSignal }) => data(http.GET('/api/policy/care', { signal })),
    staleTime: 60 * 60_000,
  };
}

/** The care policy in force today (undefined while loading). */
export function useCarePolicy(): CarePolicy | undefined {
  return useQuery(carePolicyQuery()).data;
}
