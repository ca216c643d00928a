/** The "Who should be the lead professional?" island: the engine's island with this tool's flow and outcome. */
import { ToolIsland, type ToolIslandProps } from '../engine/ToolIsland.tsx';
import { flow } from './flow.ts';
import { Outcome, type WhoShouldLeadOutcomeProps } from './Outcome.tsx';

export default function WhoShouldLead({ register, words, ...props }: ToolIslandProps & WhoShouldLeadOutcomeProps) {
  return <ToolIsland {...props} def={flow} Outcome={Outcome} outcomeProps={{ register, words }} />;
}
