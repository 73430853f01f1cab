import { AGENT_ROLES, AgentRole } from './entities/agent.entity';

/** Display names of the six role codes, in the canonical order (the synth is the spokesperson). */
export const AGENT_ROLE_NAMES: Record<AgentRole, string> = {
  advisor_a: 'Senior Advisor',
  advisor_b: 'Strategy Advisor',
  scout_internal: 'Internal Scout',
  scout_external: 'External Scout',
  synth: 'Knowledge Synthesizer',
  executor: 'Action Executor',
};

export const SPOKESPERSON_ROLE: AgentRole = 'synth';

export const isAgentRole = (value: string): value is AgentRole => (AGENT_ROLES as readonly string[]).includes(value);
