import type { FastifyReply, FastifyRequest } from 'fastify';
import { PUBLIC, principalOf, type Principal } from '../access/principal.js';
import { findToken } from '../access/tokens.js';
import type { Centre } from '../centre.js';
import { ApiError } from '../errors/problem.js';
import type { Role } from '../storage/types.js';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
    /** What the request did, for the audit trail (FSJC-API-044). */
    action?: string;
    auditDetail?: string;
  }
}

/** Reads the bearer token of a request (FSJC-API-040); a missing, unknown or revoked token is refused. */
export async function authenticate(centre: Centre, req: FastifyRequest): Promise<Principal> {
  const header = req.headers.authorization;
  const m = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  if (!m) throw new ApiError('api.unauthorized');
  const row = await findToken(centre.store, m[1]);
  if (!row || row.revokedAt) throw new ApiError('api.unauthorized');
  return principalOf(row);
}

/** A route guard: only these roles. */
export function allow(...roles: Role[]) {
  return async (req: FastifyRequest, _reply: FastifyReply) => {
    if (req.principal === PUBLIC || !roles.includes(req.principal.role as Role)) throw new ApiError('api.forbidden');
  };
}
