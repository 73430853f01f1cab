import { eventRows, useTestApp } from './support/app';

/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * How replies end when the model gives nothing, and when a request that runs several generations
 * (department notes + synthesis, council positions + synthesis) passes LLM_REQUEST_DEADLINE_MS.
 * Pacing: every generation is 5 tokens, 250 ms apart (~1.25 s); 2 at once; deadline 3 s. So the 5
 * notes / positions come in waves at ~1.25 s, ~2.5 s and ~3.75 s: the deadline falls in the third.
 */
const DEADLINE_MS = 3000;
const PACED = ['One ', 'two ', 'three ', 'four ', 'five.'];

describe('reply endings', () => {
  const t = useTestApp({ ollama: true, env: { OLLAMA_CONCURRENCY: '2', LLM_REQUEST_DEADLINE_MS: String(DEADLINE_MS) } });
  const fake = t.ollama;
  const messagesOf = async (sessionId: string) =>
    ((await t.dataSource.query('SELECT * FROM chat_messages WHERE session_id = ? ORDER BY id', [sessionId])) as any[]).map((row) => ({
      ...row,
      metadata: row.metadata ? JSON.parse(row.metadata) : null,
    }));
  const regenerate = (sessionId: string, messageId: number) => t.api().post(`/api/v1/chat-history/sessions/${sessionId}/messages/${messageId}/regenerate`);

  it('an empty generation ends interrupted (reason empty), not complete or offline, and can be regenerated', async () => {
    fake.setReply([]);
    const res = await t.api().post('/api/v1/daena/chat').send({ message: 'Say nothing' }).expect(200);
    expect(res.body).toMatchObject({ status: 'interrupted', response: '' });
    const [, reply] = await messagesOf(res.body.session_id);
    expect(reply).toMatchObject({ role: 'assistant', status: 'interrupted', content: '' });
    expect(reply.model).not.toBe('offline');
    expect(reply.metadata.interrupted_reason).toBe('empty');
    const [event] = await eventRows(t.dataSource, 'chat.message.interrupted', String(reply.id));
    expect(JSON.parse(event.payload)).toMatchObject({ status: 'interrupted', metadata: { interrupted_reason: 'empty' } });

    fake.setReply(null);
    const regen = await regenerate(res.body.session_id, reply.id).expect(200);
    expect(regen.body.message).toMatchObject({ id: reply.id, status: 'complete' });
    expect((await messagesOf(res.body.session_id))[1]).toMatchObject({ status: 'complete', content: regen.body.response });
  });

  it('a department chat past the deadline ends interrupted: the notes gathered so far are kept, no synthesis is asked', async () => {
    fake.setReply(PACED, 250);
    const res = await t.api().post('/api/v1/departments/marketing/chat').send({ message: 'Launch plan?' }).expect(200);
    expect(res.body).toMatchObject({ status: 'interrupted', response: '' });
    // Only notes were asked for (the 5th may not have left the queue on a busy machine); the deadline
    // came before the synthesis, so Ollama never got it.
    expect(fake.requests.length).toBeLessThanOrEqual(5);
    expect(fake.requests.every((r) => String(r.messages.at(-1)?.content).endsWith('Your note:'))).toBe(true);
    expect(res.body.synthesized_from).toBeGreaterThanOrEqual(1);
    expect(res.body.synthesized_from).toBeLessThanOrEqual(4);
    const rows = await messagesOf(res.body.session_id);
    expect(rows.map((r) => r.status)).toEqual(['complete', 'interrupted']);
    const reply = rows[1];
    expect(reply.metadata).toMatchObject({ interrupted_reason: 'deadline', agent_id: 'A45', synthesized_from: res.body.synthesized_from });
    expect(reply.metadata.notes).toHaveLength(res.body.synthesized_from);
    for (const note of reply.metadata.notes) expect(note.note).toBe(PACED.join(''));
    // Nothing keeps running at Ollama once the request has answered.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.inFlight).toBe(0);

    fake.setReply(null);
    const regen = await regenerate(res.body.session_id, reply.id).expect(200);
    expect(regen.body.message).toMatchObject({ id: reply.id, status: 'complete', metadata: { synthesized_from: 5 } });
  });

  it('a council round past the deadline keeps the positions it has; the rest and the synthesis end interrupted (deadline)', async () => {
    fake.setReply(PACED, 250);
    const res = await t.api().post('/api/v1/councils/strategy_council/debates').send({ topic: 'Enter a new market?' }).expect(201);
    const [round] = res.body.rounds;
    expect(round.positions).toHaveLength(5);
    const complete = round.positions.filter((p: any) => p.status === 'complete');
    expect(complete.length).toBeGreaterThanOrEqual(1);
    expect(complete.length).toBeLessThanOrEqual(4);
    for (const p of complete) expect(p.content).toBe(PACED.join(''));
    // Member order: the complete positions come first, then the ones the deadline cut.
    expect(round.positions.slice(0, complete.length)).toEqual(complete);
    for (const p of round.positions.slice(complete.length)) expect(p).toMatchObject({ status: 'interrupted', reason: 'deadline' });
    expect(round.synthesis).toMatchObject({ author: 'Daena', status: 'interrupted', reason: 'deadline', content: '' });
    // Only positions were asked for (never the synthesis).
    expect(fake.requests.length).toBeLessThanOrEqual(5);
    expect(fake.requests.every((r) => r.messages.some((m) => m.role === 'system' && m.content.includes('Give your own position')))).toBe(true);
    const rows = await messagesOf(res.body.session_id);
    expect(rows.some((r) => r.status === 'streaming')).toBe(false);
    const [synthesized] = await eventRows(t.dataSource, 'council.debate.synthesized', res.body.session_id);
    expect(JSON.parse(synthesized.payload)).toMatchObject({ status: 'interrupted', content: '' });

    // Nothing is left running: the debate takes a new synthesis at once.
    fake.setReply(null);
    const again = await t.api().post(`/api/v1/councils/strategy_council/debates/${res.body.session_id}/synthesize`).expect(200);
    expect(again.body.rounds[0].synthesis).toMatchObject({ status: 'complete' });
  });
});
