import type { Contact, Post, Unit } from '../generated/types.js';
import type { ScoreLevel } from './method-data.js';

/** What the scorer knows of the organisation: units, posts and contacts (FSJC-ORG), and the profile's districts. */
export interface Registry {
  units: ReadonlyMap<string, Unit>;
  posts: ReadonlyMap<string, Post>;
  contacts: ReadonlyMap<string, Contact>;
  districts: readonly string[];
}

export interface Subject {
  level: ScoreLevel;
  /** The key the subject is counted under: unit, post or city-department ID, or district region code. */
  key: string;
}

const NONE: readonly number[] = [];
const LEVEL_BIT: Record<ScoreLevel, number> = { DEPARTMENT: 1, POST: 2, DISTRICT: 4, VERTICAL_LINE: 8 };
export const levelMask = (levels: readonly ScoreLevel[]) => levels.reduce((m, l) => m | LEVEL_BIT[l], 0);

/**
 * Every subject evaluated, numbered as first met, and the attribution of a record to subjects at
 * each level (FSJC-SCO-004): the unit itself; the posts named; the district of the unit (of the
 * case, for a unit the registry does not know); the vertical line the unit belongs to.
 */
export class Subjects {
  readonly list: Subject[] = [];
  readonly levelBits: number[] = [];
  private readonly index = new Map<string, number>();
  private readonly unitCache = new Map<string, number[]>();
  private readonly postIndex = new Map<string, number>();
  private readonly singlePost = new Map<string, readonly number[]>();

  constructor(private readonly registry: Registry, private readonly levels: number) {}

  private id(level: ScoreLevel, key: string): number {
    const k = `${level}\u0000${key}`;
    let i = this.index.get(k);
    if (i === undefined) {
      i = this.list.length;
      this.index.set(k, i);
      this.list.push({ level, key });
      this.levelBits.push(LEVEL_BIT[level]);
    }
    return i;
  }

  /** The subjects a record of the unit counts for, apart from posts; `regionCode` is the case's. */
  ofUnit(unitId: string, regionCode?: string): readonly number[] {
    // a known unit is cached by its ID alone; only an unknown unit's district depends on the case
    const known = this.unitCache.get(unitId);
    if (known) return known;
    const u = this.registry.units.get(unitId);
    const cacheKey = u ? unitId : `${unitId}\u0000${regionCode ?? ''}`;
    const hit = u ? undefined : this.unitCache.get(cacheKey);
    if (hit) return hit;
    const out: number[] = [];
    if (this.levels & LEVEL_BIT.DEPARTMENT) out.push(this.id('DEPARTMENT', unitId));
    const region = u?.regionCode ?? regionCode;
    if (this.levels & LEVEL_BIT.DISTRICT && region && this.registry.districts.includes(region)) out.push(this.id('DISTRICT', region));
    const line = u?.unitType === 'CITY_DEPARTMENT' ? u.id : u?.counterpartUnitId;
    if (this.levels & LEVEL_BIT.VERTICAL_LINE && line) out.push(this.id('VERTICAL_LINE', line));
    this.unitCache.set(cacheKey, out);
    return out;
  }

  /** The subjects of the posts named (none unless posts are evaluated). */
  ofPosts(postIds: readonly (string | undefined)[]): readonly number[] {
    if (!(this.levels & LEVEL_BIT.POST) || !postIds.length) return NONE;
    const out: number[] = [];
    for (const p of postIds) {
      if (!p) continue;
      let i = this.postIndex.get(p);
      if (i === undefined) this.postIndex.set(p, (i = this.id('POST', p)));
      out.push(i);
    }
    return out;
  }

  /** The subject of one post, as a list (cached: events name one post each). */
  ofPost(postId: string | undefined): readonly number[] {
    if (!postId || !(this.levels & LEVEL_BIT.POST)) return NONE;
    let one = this.singlePost.get(postId);
    if (!one) this.singlePost.set(postId, (one = this.ofPosts([postId])));
    return one;
  }

  /** The posts of a contact, for evaluations and complaints naming a person. */
  postsOfContact(contactId: string | undefined): readonly string[] {
    return (contactId && this.registry.contacts.get(contactId)?.postIds) || [];
  }
}

export { LEVEL_BIT };
