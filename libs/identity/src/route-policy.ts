import { Role } from './principal';

/** What a route lets through: anyone (no sign-in, and why), or signed-in people holding one of the roles. */
export type RoutePolicy = { readonly kind: 'public'; readonly why: string } | { readonly kind: 'roles'; readonly roles: readonly Role[] };

export const open = (why: string): RoutePolicy => ({ kind: 'public', why });
export const only = (...roles: Role[]): RoutePolicy => ({ kind: 'roles', roles });

/** Every route's policy, keyed `METHOD /path/:param` as Express matched it; a route missing here is closed. */
export type RoutePolicies = Readonly<Record<string, RoutePolicy>>;

export const ROUTE_POLICIES = Symbol('ROUTE_POLICIES');
