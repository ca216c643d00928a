/**
 * The "Who should be the lead professional?" island: the engine's island with this tool's flow. The outcome view
 * (and with it the rules) is a separate module, fetched with its data while the questions are answered.
 */
import { ToolIsland, type ToolIslandProps } from '../engine/ToolIsland.tsx';
import { flow } from './flow.ts';

const loadOutcome = () => import('./Outcome.tsx').then((m) => m.Outcome);

export default function WhoShouldLead(props: ToolIslandProps) {
  return <ToolIsland {...props} def={flow} loadOutcome={loadOutcome} />;
}
