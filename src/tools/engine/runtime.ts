/**
 * What the island needs to move from its start page: XState and the machine factory. The island loads this module
 * once it has shown (it is a separate chunk, so the page's own JavaScript stays small and hydration short); a
 * "Start now" pressed before it arrives is carried out when it does.
 */
export { createActor } from 'xstate';
export { createToolMachine, openAt, stepOf } from './machine.ts';
