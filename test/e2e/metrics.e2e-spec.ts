import { ACTOR, startVigil, signedIn } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** What an operator's Prometheus sees at /metrics. */
describe('/metrics', () => {
  let vigil: Vigil;
  beforeAll(async () => (vigil = await startVigil()));
  afterAll(() => vigil.close());

  const scrape = async () => {
    const res = await vigil.http().get('/metrics').expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain;.*version=0\.0\.4/);
    return res.text;
  };

  it('times requests by route pattern, never by id', async () => {
    await vigil.http().get('/incidents/3d6f0a52-8c1e-4b7a-9d2f-6e5c4b3a2f10').set(signedIn(ACTOR)).expect(404);
    const text = await scrape();
    expect(text).toMatch(/vigil_http_request_duration_seconds_count\{method="GET",route="\/incidents\/:id",status="404"\} 1/);
    expect(text).not.toMatch(/3d6f0a52/);
  });

  it("shows each projection's lag in events and seconds, and the database pools", async () => {
    const text = await scrape();
    expect(text).toMatch(/vigil_projection_lag_events\{projection="incidents.current"\} \d+/);
    expect(text).toMatch(/vigil_projection_lag_seconds\{projection="incidents.current"\} [\d.]+/);
    expect(text).toMatch(/vigil_db_pool_connections\{pool="event-store",state="total"\} \d+/);
    expect(text).toMatch(/vigil_process_cpu_seconds_total/);
    expect(text).toMatch(/# TYPE vigil_risk_reassessments gauge/);
    expect(text).toMatch(/# TYPE vigil_action_card_deadlines gauge/);
  });
});
