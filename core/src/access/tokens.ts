import { randomBytes } from 'node:crypto';
import { sm3Hex } from '../storage/chain.js';
import type { Role, Store, TokenRow } from '../storage/types.js';

export const ROLES: readonly Role[] = ['admin', 'city-centre', 'district-centre', 'city-department', 'department', 'system'];

/** What a token is issued for (FSJC-API-040). */
export interface TokenGrant {
  role: Role;
  unitId?: string;
  regionCode?: string;
  systemId?: string;
  label?: string;
}

/**
 * Issues a token: the secret is returned once and only its SM3 digest is stored (FSJC-API-040).
 * The secret carries the token ID so a holder can name the token to revoke.
 */
export async function issueToken(store: Store, grant: TokenGrant, now: string): Promise<{ id: string; token: string; row: TokenRow }> {
  checkGrant(grant);
  const id = `tk_${randomBytes(6).toString('hex')}`;
  const token = `fsjc_${id}_${randomBytes(24).toString('base64url')}`;
  const row: TokenRow = {
    id, hash: sm3Hex(token), role: grant.role, unitId: grant.unitId, regionCode: grant.regionCode, systemId: grant.systemId,
    label: grant.label ?? `${grant.role} ${grant.systemId ?? grant.unitId ?? grant.regionCode ?? ''}`.trim(), createdAt: now,
  };
  await store.insertToken(row);
  return { id, token, row };
}

/** What each role must name: a grant that cannot be scoped is refused. */
export function checkGrant(g: TokenGrant): void {
  if (!ROLES.includes(g.role)) throw new Error(`unknown role ${g.role}: one of ${ROLES.join(', ')}`);
  const need = (field: keyof TokenGrant) => {
    if (!g[field]) throw new Error(`a ${g.role} token needs ${field}`);
  };
  if (g.role === 'district-centre') need('regionCode');
  if (g.role === 'city-department' || g.role === 'department') need('unitId');
  if (g.role === 'system') {
    need('systemId');
    need('unitId');
  }
}

/** The token row a bearer secret stands for, if any (revoked ones included: the caller refuses them). */
export function findToken(store: Store, secret: string): Promise<TokenRow | undefined> {
  return store.tokenByHash(sm3Hex(secret));
}
