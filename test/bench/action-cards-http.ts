import { benchAuth } from './bench-identity';
import { sleep } from './stats';

export const ACTOR = 'ST-BENCH1';

/** A thin client for the app under test: JSON in, JSON out, the actor header on every request. */
export class VigilClient {
  constructor(readonly base: string) {}

  async send<T = Record<string, unknown>>(method: 'GET' | 'POST', path: string, body?: object, expect = method === 'GET' ? 200 : [200, 201]): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...benchAuth(ACTOR) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    if (!([] as number[]).concat(expect).includes(response.status)) throw new Error(`${method} ${path} answered ${response.status}: ${text.slice(0, 400)}`);
    return (text ? JSON.parse(text) : {}) as T;
  }

  post<T = Record<string, unknown>>(path: string, body: object): Promise<T> {
    return this.send<T>('POST', path, body);
  }

  /** Starts a run by hand; the run's deadlines count from the app's clock. */
  async startRun(templateId: string, area: string, institution?: string): Promise<string> {
    const { runId } = await this.post<{ runId: string }>('/action-card-runs', { templateId, area, ...(institution ? { institution } : {}) });
    return runId;
  }

  /** Waits until GET /action-card-templates lists every id (the templates projection is asynchronous). */
  async templatesListed(ids: readonly string[]): Promise<string[]> {
    for (const started = Date.now(); ; await sleep(50)) {
      const { items } = await this.send<{ items: { templateId: string }[] }>('GET', '/action-card-templates');
      const listed = items.map((t) => t.templateId);
      if (ids.every((id) => listed.includes(id))) return listed;
      if (Date.now() - started > 30_000) throw new Error(`templates ${ids.join(', ')} not listed after 30 s (listed: ${listed.join(', ')})`);
    }
  }
}

const benchStep = (id: string, deadline: string) => ({ id, title: `Bench ${id}`, instructions: 'Bench step.', responsibleRole: 'duty-officer', deadline });

/** Runs of this card give the overdue samples: the first step is due one minute after the start. */
export const DEADLINE_CARD = {
  templateId: 'bench-deadline',
  title: 'Bench: short deadline',
  situation: 'crisis-scenario',
  steps: [benchStep('first-response', 'PT1M'), benchStep('follow-up', 'P300D')],
};

/** The pre-filled runs pin this card: ten steps, every deadline 300 days out, so none falls due. */
export const PREFILL_CARD = {
  templateId: 'bench-prefill',
  title: 'Bench: far deadlines',
  situation: 'crisis-scenario',
  steps: Array.from({ length: 10 }, (_, i) => benchStep(`step-${i + 1}`, 'P300D')),
};

/** Drafts and publishes a bench card through the API, as a coordinator would. */
export async function publishCard(client: VigilClient, card: { templateId: string }): Promise<void> {
  await client.post('/action-card-templates', card);
  await client.post(`/action-card-templates/${card.templateId}/publication`, {});
}
