/**
 * The "We can't agree: what happens next?" island: the engine's island with this tool's flow. The outcome view (and
 * with it the rules) is a separate module, fetched while the questions are answered.
 */
import { ToolIsland, type ToolIslandProps } from '../engine/ToolIsland.tsx';
import { flow } from './flow.ts';
import type { ResolveOutcomeProps } from './Outcome.tsx';

const loadOutcome = () => import('./Outcome.tsx').then((m) => m.Outcome);

export default function ResolveDisagreement({ register, words, ...props }: ToolIslandProps & ResolveOutcomeProps) {
  return <ToolIsland {...props} def={flow} loadOutcome={loadOutcome} outcomeProps={{ register, words }} />;
}
