import { only, open, ROLES, RoutePolicies } from '@vigil/identity';

const flow = open('the sign-in flow: it is how a person gets signed in');

/** The /auth routes' lines of the route-policy table (libs/platform/src/access/route-policies.ts). */
export const WEB_SIGN_IN_ROUTE_POLICIES: RoutePolicies = {
  'GET /auth/sign-in': flow,
  'GET /auth/callback': flow,
  'POST /auth/sign-out': flow,
  'GET /auth/me': only(...ROLES),
};
