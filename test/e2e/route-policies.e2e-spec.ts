import { ROUTE_POLICIES, RoutePolicies } from '@vigil/identity';
import { startVigil } from '../support/vigil-test-app';

type Vigil = Awaited<ReturnType<typeof startVigil>>;

/** Every route the API serves, as `METHOD /path/:param`, read from Express's router. */
function servedRoutes(vigil: Vigil): string[] {
  const express = vigil.app.getHttpAdapter().getInstance() as { router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] } };
  // Swagger UI's own files and Nest's not-found catch-all are not API routes (no guard runs there).
  const routes = express.router.stack.filter((layer) => layer.route && !layer.route.path.startsWith('/api/docs') && layer.route.path !== '/{*path}');
  return routes.flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${layer.route!.path}`));
}

/** One table declares who may use each route; a route the table does not name is closed, and this test fails for it. */
describe('the route policy table', () => {
  let vigil: Vigil;
  beforeAll(async () => (vigil = await startVigil()));
  afterAll(async () => vigil?.close());

  it('names every route the API serves, and no route it does not serve', () => {
    const policies = vigil.app.get<RoutePolicies>(ROUTE_POLICIES);
    const served = servedRoutes(vigil);
    expect(served.length).toBeGreaterThan(50);
    expect(served.filter((route) => !policies[route])).toEqual([]);
    expect(Object.keys(policies).filter((route) => !served.includes(route))).toEqual([]);
  });
});
