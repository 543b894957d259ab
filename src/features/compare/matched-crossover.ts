import type { Crossover } from '../../math';

/**
 * A crossover of two sides built on interactivity (the only sides a comparison takes): the
 * engine's x there is interactivity, so the crossing is stated in tok/s/user.
 */
export interface MatchedCrossover extends Omit<Crossover, 'x'> {
  tokPerSecPerUser: number;
}

/** The engine's crossovers of two interactivity sides, in tok/s/user. */
export function matchedCrossovers(crossovers: readonly Crossover[]): MatchedCrossover[] {
  return crossovers.map(({ x, winnerBelow, winnerAbove }) => ({ tokPerSecPerUser: x, winnerBelow, winnerAbove }));
}
