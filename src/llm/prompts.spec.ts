import { ChatTurn } from './llm.types';
import {
  agentNotePrompt,
  agentSystemPrompt,
  buildHistory,
  chatMessages,
  councilMemberPrompt,
  councilSynthesisPrompt,
  daenaSystemPrompt,
  departmentKey,
  offlineReply,
  OfflineReplyInput,
  spokespersonSynthesisPrompt,
} from './prompts';

const alex = { name: 'Alex CodeMaster', roleCode: 'advisor_a', roleName: 'Senior Advisor', departmentName: 'Engineering & Technology' };

describe('prompts', () => {
  it('daenaSystemPrompt: Daena, VP, 8 departments x 6 agents, separate councils, never Qwen/Alibaba', () => {
    const prompt = daenaSystemPrompt();
    expect(prompt).toContain('You are Daena');
    expect(prompt).toContain('vice-president');
    expect(prompt).toMatch(/8 departments/);
    expect(prompt).toMatch(/6 AI agents: 48 agents/);
    expect(prompt).toMatch(/councils are separate/);
    expect(prompt).toMatch(/Never claim to be Qwen, to be made by Alibaba/);
  });

  it.each([
    ['advisor_a', 'strategic planning'],
    ['advisor_b', 'tactical and operational advice'],
    ['scout_internal', 'internal analysis'],
    ['scout_external', 'market research'],
    ['synth', 'knowledge synthesis and reports'],
    ['executor', 'action and implementation'],
  ])('agentSystemPrompt: role %s has its capability line', (roleCode, line) => {
    const prompt = agentSystemPrompt({ ...alex, roleCode });
    expect(prompt).toContain(line);
    expect(prompt).toContain('You are Alex CodeMaster, the Senior Advisor of the Engineering & Technology department');
  });

  it('agentSystemPrompt: unknown role falls back to the role name', () => {
    expect(agentSystemPrompt({ ...alex, roleCode: 'intern', roleName: 'Intern' })).toContain('You work as Intern.');
  });

  it.each([
    ['Engineering & Technology', 'engineering'],
    ['Product & Innovation', 'product'],
    ['Sales & Business Development', 'sales'],
    ['Marketing & Brand', 'marketing'],
    ['Finance & Accounting', 'finance'],
    ['Human Resources', 'hr'],
    ['HR', 'hr'],
    ['Legal & Compliance', 'legal'],
    ['Customer Success', 'customer'],
    ['Chakra', 'chakra'],
    ['Black Ops', 'blackops'],
    ['Security', 'security'],
    ['R&D Lab', 'rdlab'],
    ['rdlab', 'rdlab'],
    ['Catering', null],
  ])('departmentKey(%s) = %s', (name, key) => {
    expect(departmentKey(name)).toBe(key);
  });

  it('agentSystemPrompt: department expertise line per department, generic otherwise', () => {
    expect(agentSystemPrompt({ ...alex, departmentName: 'Finance & Accounting' })).toContain('budgets, forecasting, cash flow');
    expect(agentSystemPrompt({ ...alex, departmentName: 'R&D Lab' })).toContain('research, experiments, prototypes');
    expect(agentSystemPrompt({ ...alex, departmentName: 'Anything', departmentSlug: 'security' })).toContain('cybersecurity');
    expect(agentSystemPrompt({ ...alex, departmentName: 'Catering' })).toContain('Bring the expertise of your department');
  });

  it('agentNotePrompt asks for 1–2 sentences and quotes the founder message', () => {
    const [system, user] = agentNotePrompt(alex, 'Should we rewrite the billing service?');
    expect(system.role).toBe('system');
    expect(system.content).toContain('strategic planning');
    expect(system.content).toContain('1–2 sentences');
    expect(user).toEqual({ role: 'user', content: expect.stringContaining('"""Should we rewrite the billing service?"""') });
  });

  it('spokespersonSynthesisPrompt lists every note with name and role', () => {
    const synth = { ...alex, name: 'Liam Backend', roleCode: 'synth', roleName: 'Knowledge Synthesizer' };
    const turns = spokespersonSynthesisPrompt(synth, 'Engineering & Technology', 'Ship on Friday?', [
      { name: 'Alex CodeMaster', roleName: 'Senior Advisor', note: ' Only behind a flag. ' },
      { name: 'Noah DevOps', roleName: 'Internal Scout', note: 'CI is green.' },
    ]);
    expect(turns).toHaveLength(2);
    expect(turns[0].content).toContain('spokesperson of the Engineering & Technology department');
    expect(turns[1].content).toContain('- Alex CodeMaster (Senior Advisor): Only behind a flag.\n- Noah DevOps (Internal Scout): CI is green.');
    expect(turns[1].content).toContain('"""Ship on Friday?"""');
    expect(spokespersonSynthesisPrompt(synth, 'Eng', 'x', [])[1].content).toContain('No notes from the team');
  });

  it('councilMemberPrompt carries persona, expertise, topic and the transcript', () => {
    const member = { name: 'The Oracle', role: 'Value Investor', personaSource: 'Warren Buffett', expertise: ['value investing', 'moats'], councilName: 'Finance Council' };
    const [system, user] = councilMemberPrompt(member, 'Raise a seed round?', [{ speaker: 'The Macro', content: 'Rates are high.' }]);
    expect(system.content).toContain('You are The Oracle, Value Investor on the Finance Council');
    expect(system.content).toContain('inspired by Warren Buffett, but you are not that person');
    expect(system.content).toContain('value investing, moats');
    expect(user.content).toContain('Topic: Raise a seed round?');
    expect(user.content).toContain('The Macro: Rates are high.');
    expect(councilMemberPrompt({ ...member, personaSource: null }, 't', [])[1].content).toContain('(You speak first.)');
  });

  it('councilSynthesisPrompt asks for agreement, dissent, ONE recommendation and caveats', () => {
    const [system, user] = councilSynthesisPrompt('Tech Council', 'Adopt Rust?', [
      { name: 'The Builder', role: 'Software Engineer', position: 'Yes, for the core.' },
      { name: 'The Hacker', position: 'Only after an audit.' },
    ]);
    for (const part of ['Points of agreement', 'Dissent', 'ONE concrete, actionable recommendation', 'Caveats']) expect(system.content).toContain(part);
    expect(user.content).toContain('- The Builder (Software Engineer): Yes, for the core.\n- The Hacker: Only after an audit.');
  });

  describe('buildHistory', () => {
    const turn = (role: ChatTurn['role'], content: string): ChatTurn => ({ role, content });
    const history = [turn('user', 'aaaa'), turn('assistant', 'bbbb'), turn('user', 'cccc'), turn('assistant', 'dddd')];

    it('keeps the most recent turns that fit, oldest first', () => {
      expect(buildHistory(history, 12)).toEqual(history.slice(1));
      expect(buildHistory(history, 11)).toEqual(history.slice(2));
      expect(buildHistory(history, 100)).toEqual(history);
    });

    it('stops at the first turn that does not fit (no gaps)', () => {
      const mixed = [turn('user', 'x'), turn('assistant', 'y'.repeat(50)), turn('user', 'z')];
      expect(buildHistory(mixed, 10)).toEqual([turn('user', 'z')]);
    });

    it('always keeps the last turn, cut to its most recent part when it alone is over budget', () => {
      expect(buildHistory([turn('user', 'old'), turn('user', '0123456789')], 4)).toEqual([turn('user', '6789')]);
      expect(buildHistory([], 10)).toEqual([]);
    });

    it('does not mutate its input', () => {
      const input = [turn('user', '0123456789')];
      buildHistory(input, 3);
      expect(input[0].content).toBe('0123456789');
    });

    it('chatMessages puts system first and the new user message last', () => {
      expect(chatMessages('SYS', history, 'now', 8)).toEqual([turn('system', 'SYS'), turn('user', 'cccc'), turn('assistant', 'dddd'), turn('user', 'now')]);
    });
  });

  describe('offlineReply', () => {
    const kinds: OfflineReplyInput[] = [
      { kind: 'daena', name: 'Daena', reason: 'down' },
      { kind: 'agent', name: 'Alex CodeMaster', roleName: 'Senior Advisor', departmentName: 'Engineering', reason: 'timeout' },
      { kind: 'spokesperson', name: 'Liam Backend', departmentName: 'Engineering', reason: 'stream_error' },
      { kind: 'council_member', name: 'The Oracle', councilName: 'Finance Council', reason: 'truncated' },
      { kind: 'council_synthesis', name: 'Daena', councilName: 'Finance Council', reason: 'overloaded' },
    ];

    it.each(kinds)('$kind names the speaker, says the brain is offline, the message is saved and can be regenerated', (input) => {
      const text = offlineReply(input);
      expect(text).toContain(input.name);
      expect(text).toContain('(Ollama) is offline');
      expect(text).toMatch(/saved/);
      expect(text).toMatch(/regenerate/);
      expect(offlineReply({ ...input })).toBe(text);
    });

    it('names the department, role or council where given', () => {
      expect(offlineReply(kinds[1])).toContain('Alex CodeMaster, Senior Advisor in Engineering, here.');
      expect(offlineReply(kinds[2])).toContain('Liam Backend for the Engineering department');
      expect(offlineReply(kinds[3])).toContain('The Oracle of the Finance Council');
      expect(offlineReply(kinds[4])).toContain('Finance Council synthesis');
    });

    it('makes the reason readable', () => {
      const daena = (reason: OfflineReplyInput['reason'], model?: string) => offlineReply({ kind: 'daena', name: 'Daena', reason, model });
      expect(daena('model_missing', 'qwen2.5:7b-instruct')).toContain('`ollama pull qwen2.5:7b-instruct`');
      expect(daena('overloaded')).toContain('too busy');
      expect(daena('down')).toContain('cannot be reached');
      expect(daena('timeout')).toContain('took too long');
      expect(daena('paused')).toContain('paused by the founder');
      expect(new Set(['down', 'timeout', 'model_missing', 'overloaded', 'stream_error', 'truncated', 'aborted', 'paused'].map((r) => daena(r as OfflineReplyInput['reason']))).size).toBe(8);
    });
  });
});
