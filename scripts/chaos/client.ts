/**
 * The chaos run's HTTP client: like a browser behind a load balancer, it sends each call to the
 * next API and, when an API is down (the connection refused or cut), to the one after. A 503 is
 * waited out as its Retry-After says. Submissions carry an Idempotency-Key, so a retry after a
 * cut connection never files twice. Counts every answer by status and code.
 */
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export class ChaosClient {
  readonly answers: Record<string, number> = {};
  private next = 0;

  constructor(private readonly apis: string[]) {}

  private count(key: string) {
    this.answers[key] = (this.answers[key] ?? 0) + 1;
  }

  /** One call, failing over to the next API while the connection fails. */
  private async call(method: string, url: string, token: string | null, body?: unknown, headers: Record<string, string> = {}) {
    for (let attempt = 0; ; attempt++) {
      const api = this.apis[this.next++ % this.apis.length];
      try {
        const res = await fetch(`${api}${url}`, {
          method,
          headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(30_000),
        });
        const json = (await res.json().catch(() => ({}))) as { code?: string; id?: string; token?: string };
        this.count(json.code ? `${res.status} ${json.code}` : String(res.status));
        return { status: res.status, body: json, retryAfter: Number(res.headers.get('retry-after') ?? 0) };
      } catch (err) {
        this.count('connection failed');
        if (attempt > 50) throw err;
        await sleep(200);
      }
    }
  }

  async login(personaId: string): Promise<string> {
    const res = await this.call('POST', '/auth/dev/login', null, { personaId });
    if (res.status !== 200 || !res.body.token) throw new Error(`login as ${personaId}: ${res.status}`);
    return res.body.token;
  }

  /** Files an order, retrying with the same Idempotency-Key until it is taken; returns its id. */
  async submit(token: string, key: string, order: unknown): Promise<string> {
    for (let attempt = 0; attempt < 100; attempt++) {
      const res = await this.call('POST', '/orders', token, order, { 'idempotency-key': key });
      if (res.status === 201 || res.status === 200) return res.body.id!;
      if (res.status !== 503) throw new Error(`POST /orders answered ${res.status} ${JSON.stringify(res.body)}`);
      await sleep(Math.min(res.retryAfter || 1, 2) * 1000);
    }
    throw new Error('POST /orders: still unavailable after 100 tries');
  }

  /**
   * Decides a task as a person would: a 503 (recovering, or not confirmed yet) is left for the
   * next look at the queue, which shows whether the decision landed meanwhile; a refusal saying
   * it is already decided means it did. Anything else is a broken promise.
   */
  async decide(token: string, taskId: string, decision: unknown): Promise<void> {
    const res = await this.call('POST', `/tasks/${taskId}/decision`, token, decision);
    if (res.status === 200 || res.status === 503) return;
    if (res.status === 409 && ['ALREADY_DECIDED', 'TASK_CLOSED', 'NOT_AWAITING_DECISION'].includes(res.body.code ?? '')) return;
    throw new Error(`POST /tasks/${taskId}/decision answered ${res.status} ${JSON.stringify(res.body)}`);
  }
}
