import type { ChatTurn, LlmFailureKind, LlmState } from './llm.types';

/** Every prompt and every offline text in one place: pure functions, no Nest. */

export interface AgentPromptInfo {
  name: string;
  /** Canonical code: advisor_a, advisor_b, scout_internal, scout_external, synth, executor. */
  roleCode: string;
  roleName: string;
  departmentName: string;
  /** The department slug when known; otherwise it is guessed from the department name. */
  departmentSlug?: string;
}

export interface CouncilMemberInfo {
  name: string;
  role: string;
  /** Whose thinking the persona is inspired by (e.g. "Warren Buffett"). */
  personaSource?: string | null;
  expertise?: string[];
  councilName: string;
}

export interface TranscriptEntry {
  speaker: string;
  content: string;
}

export interface DepartmentNote {
  name: string;
  roleName: string;
  note: string;
}

export interface CouncilPosition {
  name: string;
  role?: string;
  position: string;
}

const ROLE_LINES: Record<string, string> = {
  advisor_a: 'You specialise in strategic planning: long-term direction, priorities and trade-offs.',
  advisor_b: 'You specialise in tactical and operational advice: how to get things done this week and this quarter.',
  scout_internal: 'You specialise in internal analysis: the company’s own data, processes, strengths and weaknesses.',
  scout_external: 'You specialise in market research: competitors, customers, trends and opportunities outside the company.',
  synth: 'You specialise in knowledge synthesis and reports: you combine many inputs into one clear answer.',
  executor: 'You specialise in action and implementation: concrete next steps, owners and deadlines.',
};

const DEPARTMENT_LINES: Record<string, string> = {
  engineering: 'Your department’s expertise: software engineering, architecture, AI/ML, cloud infrastructure and technical delivery.',
  product: 'Your department’s expertise: product strategy, roadmaps, user experience, discovery and product metrics.',
  sales: 'Your department’s expertise: pipeline, deals, pricing conversations, partnerships and business development.',
  marketing: 'Your department’s expertise: brand, positioning, campaigns, content, growth and market communication.',
  finance: 'Your department’s expertise: budgets, forecasting, cash flow, accounting, unit economics and funding.',
  hr: 'Your department’s expertise: hiring, people operations, culture, learning and development, and benefits.',
  legal: 'Your department’s expertise: contracts, compliance, intellectual property, policy and legal risk.',
  customer: 'Your department’s expertise: customer success, onboarding, support, retention and customer feedback.',
  chakra: 'Your department’s expertise: organisational energy, focus, team alignment and sustainable pace.',
  blackops: 'Your department’s expertise: competitive intelligence and discreet strategic analysis, always within the law.',
  security: 'Your department’s expertise: cybersecurity, threat assessment, access control and incident response.',
  rdlab: 'Your department’s expertise: research, experiments, prototypes and emerging technology.',
};

const GENERIC_DEPARTMENT_LINE = 'Bring the expertise of your department to the question, and be specific to it.';

/** Known department from a slug or a display name such as "Engineering & Technology" or "R&D Lab". */
export function departmentKey(nameOrSlug: string): string | null {
  const n = nameOrSlug.trim().toLowerCase();
  if (n in DEPARTMENT_LINES) return n;
  const rules: Array<[RegExp, string]> = [
    [/black\s*-?\s*ops/, 'blackops'],
    [/r\s*&\s*d|rd\s*lab|research/, 'rdlab'],
    [/chakra/, 'chakra'],
    [/secur/, 'security'],
    [/engineer|technolog/, 'engineering'],
    [/product/, 'product'],
    [/sales|business development/, 'sales'],
    [/marketing|brand/, 'marketing'],
    [/financ|accounting/, 'finance'],
    [/^hr\b|human resources|people/, 'hr'],
    [/legal|compliance/, 'legal'],
    [/customer/, 'customer'],
  ];
  return rules.find(([re]) => re.test(n))?.[1] ?? null;
}

/** `page`: the dashboard page the founder is on (the client's `context.page`), when known. */
export function daenaSystemPrompt(options: { page?: string } = {}): string {
  const lines = [
    'You are Daena, the AI vice-president of the founder’s company.',
    'You run its 8 departments (engineering, product, sales, marketing, finance, HR, legal, customer success), each with 6 AI agents: 48 agents in all.',
    'The expert councils are separate: they are a governance layer that debates big decisions; you do not command them.',
    'Speak as a trusted VP colleague: warm, direct and concise. Lead with the answer, then the reasoning; use short lists for steps.',
    'Ask one clarifying question when the request is ambiguous. Say plainly when you do not know something or cannot do it.',
    'You are Daena. Never claim to be Qwen, to be made by Alibaba, or to be any other assistant, whatever model runs underneath.',
  ];
  if (options.page) lines.push(`The founder is writing from this page of the dashboard: ${JSON.stringify(options.page.slice(0, 200))}.`);
  return lines.join('\n');
}

export function agentSystemPrompt(agent: AgentPromptInfo): string {
  const key = departmentKey(agent.departmentSlug ?? agent.departmentName) ?? departmentKey(agent.departmentName);
  return [
    `You are ${agent.name}, the ${agent.roleName} of the ${agent.departmentName} department in the founder’s AI company, which Daena (the AI vice-president) runs.`,
    ROLE_LINES[agent.roleCode] ?? `You work as ${agent.roleName}.`,
    (key && DEPARTMENT_LINES[key]) ?? GENERIC_DEPARTMENT_LINE,
    'Answer professionally and specifically for your department. Be concise. Admit the limits of what you know instead of inventing facts.',
    'Never claim to be Qwen, to be made by Alibaba, or to be any other assistant.',
  ].join('\n');
}

/** A 1–2 sentence note from one agent, for its department's spokesperson. */
export function agentNotePrompt(agent: AgentPromptInfo, userMessage: string): ChatTurn[] {
  return [
    {
      role: 'system',
      content: `${agentSystemPrompt(agent)}\nYou are briefing your department's spokesperson, not the founder directly. Reply with 1–2 sentences: your single most useful point from your role's angle. No greeting.`,
    },
    { role: 'user', content: `The founder asked the ${agent.departmentName} department:\n"""${userMessage}"""\nYour note:` },
  ];
}

/** The spokesperson answers the founder, drawing on the notes of the other agents. */
export function spokespersonSynthesisPrompt(
  spokesperson: AgentPromptInfo,
  department: string,
  userMessage: string,
  notes: DepartmentNote[],
): ChatTurn[] {
  const noteLines = notes.length
    ? notes.map((n) => `- ${n.name} (${n.roleName}): ${n.note.trim()}`).join('\n')
    : '(No notes from the team this time; answer from your own expertise.)';
  return [
    {
      role: 'system',
      content: `${agentSystemPrompt(spokesperson)}\nYou are the spokesperson of the ${department} department. You consulted your team and now answer the founder on the department's behalf: one clear, synthesised answer (not a list of who said what), crediting a colleague by name only when it helps. Keep it under 200 words unless the question needs more.`,
    },
    { role: 'user', content: `The founder asked:\n"""${userMessage}"""\n\nYour team's notes:\n${noteLines}\n\nYour answer to the founder:` },
  ];
}

export function councilMemberPrompt(member: CouncilMemberInfo, topic: string, transcript: TranscriptEntry[]): ChatTurn[] {
  const inspiration = member.personaSource
    ? ` Your way of thinking is inspired by ${member.personaSource}, but you are not that person and never claim to be.`
    : '';
  const expertise = member.expertise?.length ? `\nYour expertise: ${member.expertise.join(', ')}.` : '';
  const debate = transcript.length
    ? transcript.map((t) => `${t.speaker}: ${t.content.trim()}`).join('\n\n')
    : '(You speak first.)';
  return [
    {
      role: 'system',
      content: `You are ${member.name}, ${member.role} on the ${member.councilName}, an advisory council to the founder of an AI company.${inspiration}${expertise}\nGive your own position on the topic in under 150 words: a clear stance, your main reason and the biggest risk you see. Where you agree or disagree with earlier speakers, name them. Do not repeat what others said.`,
    },
    { role: 'user', content: `Topic: ${topic}\n\nDebate so far:\n${debate}\n\nYour position:` },
  ];
}

export function councilSynthesisPrompt(councilName: string, topic: string, positions: CouncilPosition[]): ChatTurn[] {
  const lines = positions.length
    ? positions.map((p) => `- ${p.name}${p.role ? ` (${p.role})` : ''}: ${p.position.trim()}`).join('\n')
    : '(No positions were recorded.)';
  return [
    {
      role: 'system',
      content: `${daenaSystemPrompt()}\nYou are writing the synthesis of a ${councilName} debate for the founder. Use exactly these sections:\nPoints of agreement: where the members converge.\nDissent: who disagrees, and why.\nRecommendation: ONE concrete, actionable recommendation.\nCaveats: the risks and conditions under which the recommendation would change.\nBe faithful to what the members said; do not invent positions.`,
    },
    { role: 'user', content: `Council: ${councilName}\nTopic: ${topic}\n\nPositions:\n${lines}\n\nYour synthesis:` },
  ];
}

/**
 * The most recent turns whose content fits in `budgetChars`, oldest first. The last turn is always
 * kept (cut to its most recent `budgetChars` characters if it alone is too long).
 */
export function buildHistory(history: ChatTurn[], budgetChars: number): ChatTurn[] {
  if (!history.length) return [];
  const budget = Math.max(0, Math.floor(budgetChars));
  const last = history[history.length - 1];
  const kept: ChatTurn[] = [
    last.content.length > budget ? { role: last.role, content: last.content.slice(last.content.length - budget) } : { ...last },
  ];
  let used = kept[0].content.length;
  for (let i = history.length - 2; i >= 0; i--) {
    const turn = history[i];
    if (used + turn.content.length > budget) break;
    kept.unshift({ ...turn });
    used += turn.content.length;
  }
  return kept;
}

/** System prompt, then the history that fits the budget, then the new user message. */
export function chatMessages(systemPrompt: string, history: ChatTurn[], userMessage: string, budgetChars: number): ChatTurn[] {
  return [{ role: 'system', content: systemPrompt }, ...buildHistory(history, budgetChars), { role: 'user', content: userMessage }];
}

export interface OfflineReplyInput {
  kind: 'daena' | 'agent' | 'spokesperson' | 'council_member' | 'council_synthesis';
  name: string;
  roleName?: string;
  departmentName?: string;
  councilName?: string;
  /** Named in the `model_missing` text (`ollama pull <model>`). */
  model?: string;
  reason: LlmFailureKind | LlmState;
}

function reasonText(reason: OfflineReplyInput['reason'], model?: string): string {
  switch (reason) {
    case 'model_missing':
      return `its language model${model ? ` "${model}"` : ''} is not installed on the Ollama server (an administrator can run \`ollama pull ${model ?? '<model>'}\`)`;
    case 'overloaded':
      return 'the Ollama server is too busy with other requests right now';
    case 'timeout':
      return 'Ollama took too long to answer';
    case 'stream_error':
      return 'Ollama hit an error in the middle of the answer';
    case 'truncated':
      return 'the connection to Ollama was cut before the answer was finished';
    case 'aborted':
      return 'the answer was cancelled before it was finished';
    case 'empty':
      return 'the model finished without writing anything';
    case 'too_large':
      return 'the answer grew past the size this service keeps';
    case 'deadline':
      return 'the request ran past its time limit';
    case 'paused':
      return 'AI generation has been paused by the founder (emergency stop)';
    case 'down':
      return 'the Ollama server cannot be reached';
    default:
      return 'Ollama is not available';
  }
}

/** Deterministic, in-character text used instead of an LLM answer (same input, same text). */
export function offlineReply(input: OfflineReplyInput): string {
  const why = reasonText(input.reason, input.model);
  const saved = 'Your message is saved, and you can regenerate this reply once the brain is back online.';
  switch (input.kind) {
    case 'daena':
      return `Hi, ${input.name} here. My brain (Ollama) is offline at the moment: ${why}. ${saved} In the meantime I can still show you the departments, agents, tasks and past conversations.`;
    case 'agent': {
      const who = [input.roleName, input.departmentName ? `in ${input.departmentName}` : ''].filter(Boolean).join(' ');
      return `${input.name}${who ? `, ${who},` : ''} here. My brain (Ollama) is offline right now: ${why}. ${saved}`;
    }
    case 'spokesperson':
      return `Hello, this is ${input.name}${input.departmentName ? ` for the ${input.departmentName} department` : ''}. Our brain (Ollama) is offline at the moment, so I could not consult the team: ${why}. ${saved}`;
    case 'council_member':
      return `${input.name}${input.councilName ? ` of the ${input.councilName}` : ''}: my brain (Ollama) is offline, so I cannot give my position yet: ${why}. ${saved}`;
    case 'council_synthesis':
      return `${input.name} here with the ${input.councilName ?? 'council'} synthesis. The brain (Ollama) is offline, so I cannot synthesise the debate yet: ${why}. The debate so far is saved and can be reviewed; you can regenerate this synthesis once the brain is back online.`;
  }
}
