import { incidentReport } from '../support/fixtures';
import { startVigil } from '../support/vigil-test-app';
import { keycloakIssuer, keycloakToken } from './support/keycloak-tokens';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** Vigil trusting a real identity provider: Keycloak's tokens sign people in, its roles and unit claims decide. */
describe('the Vigil API with Keycloak as its identity provider', () => {
  let vigil: Vigil;
  beforeAll(async () => (vigil = await startVigil({ oidcIssuer: keycloakIssuer() })), 120_000);
  afterAll(async () => vigil?.close());

  const as = async (username: string) => ({ Authorization: `Bearer ${await keycloakToken(username)}` });

  it("accepts a staff member's token to report an incident, and names them by their reference in the record", async () => {
    const res = await vigil
      .http()
      .post('/incidents')
      .set(await as('staff.nyborg'))
      .send(incidentReport())
      .expect(201);
    expect(res.body.incidentId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("applies the token's roles: a coordinator reads incidents, an auditor cannot write, staff cannot publish rule sets", async () => {
    await vigil
      .http()
      .get('/incidents')
      .set(await as('coordinator.syddanmark'))
      .expect(200);
    await vigil
      .http()
      .post('/incidents')
      .set(await as('auditor'))
      .send(incidentReport())
      .expect(403);
    await vigil
      .http()
      .post('/coercive-measures/rule-sets')
      .set(await as('staff.nyborg'))
      .send({})
      .expect(403);
  });

  it("refuses Keycloak's account that claims a machine actor", async () => {
    const res = await vigil
      .http()
      .get('/incidents')
      .set(await as('machine.actioncards'))
      .expect(401);
    expect(JSON.stringify(res.body)).toMatch(/machine actors/);
  });
});
