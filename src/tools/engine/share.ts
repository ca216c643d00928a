/**
 * The URL contract described for people: one row per parameter of a tool's contract, generated from the contract,
 * the flow and the question words, so the share page cannot fall out of step with the tool. Build time only.
 */
import { describeValues } from './contract.ts';
import type { Flow } from './flow.ts';
import type { QuestionCopy } from './question-schema.ts';
import { t, type GuidanceWords, type Wording } from './wording.ts';

export interface ContractRow {
  param: string;
  /** The question it answers, in the tool's words. */
  question: string;
  /** Allowed values with their meaning (empty for numbers). */
  values: { value: string; meaning: string }[];
  /** "yes or no", "a whole number from 0 to 25", … */
  valuesInWords: string;
  /** The guidance under which the tool uses it (its short names). */
  guidance: string[];
  /** When it is asked, beyond the guidance. */
  when: string;
}

const NOT_HERE = ['guidance', 'no-guidance'];

export function contractRows(flow: Flow, copy: readonly QuestionCopy[], wording: Wording, guidances: readonly GuidanceWords[]): ContractRow[] {
  const { contract } = flow.def;
  const words = (id: string) => copy.find((c) => c.id === id);
  const guidanceValues = contract.guidance?.kind === 'enum' ? contract.guidance.values : [];
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  return Object.entries(contract).map(([param, spec]) => {
    const own = flow.questions.find((q) => q.kind !== 'checkboxes' && q.param === param);
    const holder = flow.questions.find((q) => q.kind === 'checkboxes' && q.items.includes(param));
    const ownWords = own ? words(own.id) : undefined;
    const itemLabel = holder ? words(holder.id)?.options?.find((o) => o.value === param)?.label : undefined;
    const usedWith = (g: string) => {
      const answers = { guidance: g };
      if (own && !NOT_HERE.includes(flow.questionProblem(own.id, answers)?.why ?? '')) return true;
      if (!holder || NOT_HERE.includes(flow.questionProblem(holder.id, answers)?.why ?? '')) return false;
      return holder.kind === 'checkboxes' && !NOT_HERE.includes(holder.itemApplies?.(param, answers)?.why ?? '');
    };
    const guidance = guidanceValues.filter(usedWith);
    const probe = own && guidance[0] !== undefined ? flow.questionProblem(own.id, { guidance: guidance[0] }) : null;
    let when: string;
    if (own?.id === flow.first) when = t(wording, 'share.when.first');
    else if (own && holder) when = t(wording, 'share.when.followUp');
    else if (holder) when = t(wording, 'share.when.item');
    else if (probe && probe.why.startsWith('parent')) when = t(wording, `share.when.${probe.why}`, probe);
    else if (own?.relevance) when = t(wording, 'share.when.relevance');
    else when = t(wording, 'share.when.always');
    const note = wording[`share.note.${param}`];
    let values: ContractRow['values'] = [];
    const listFrom = spec.kind === 'list' && ownWords?.optionsFrom ? flow.questions.find((q) => q.id === ownWords.optionsFrom) : undefined;
    if (spec.kind === 'list' && !listFrom) {
      values = spec.values.map((v) => ({ value: v, meaning: ownWords?.options?.find((o) => o.value === v)?.label ?? v }));
    } else if (spec.kind === 'enum') {
      values = spec.values.map((v) => ({
        value: v,
        meaning: ownWords?.options?.find((o) => o.value === v)?.label ?? (v === 'no' && holder ? t(wording, 'share.item.no') : v),
      }));
    } else if (spec.kind === 'boolean') {
      const option = (v: 'yes' | 'no') => ownWords?.options?.find((o) => o.value === v)?.label ?? t(wording, holder ? `share.item.${v}` : `answer.${v}`);
      values = [
        { value: 'yes', meaning: option('yes') },
        { value: 'no', meaning: option('no') },
      ];
    }
    const inWords =
      listFrom && listFrom.kind !== 'checkboxes' ? { key: 'values.listFrom' as const, vars: { param: listFrom.param } } : describeValues(spec);
    return {
      param,
      question: ownWords && !itemLabel ? ownWords.question : itemLabel ? t(wording, 'share.item', { label: itemLabel }) : param,
      values,
      valuesInWords: capital(t(wording, inWords.key, inWords.vars)),
      guidance: guidance.map((g) => guidances.find((x) => x.id === g)?.short ?? g),
      when: note ? `${when}; ${note}` : when,
    };
  });
}
