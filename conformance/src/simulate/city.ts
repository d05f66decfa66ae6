import { usccCheckCharacter, type Contact, type Item, type Post, type Profile, type Unit } from '@fsjc/sdk';

/** Departments every simulated district has, with the items each handles. */
export const DEPARTMENTS = [
  { code: 'SCJ', name: '市场监督管理局', sector: '市场监管' },
  { code: 'WJJ', name: '卫生健康局', sector: '卫生健康' },
  { code: 'ZJJ', name: '住房城乡建设和水利局', sector: '住房建设' },
  { code: 'ZRZY', name: '自然资源局', sector: '自然资源' },
] as const;

const DISTRICT_NAMES: Record<string, string> = {
  440604: '禅城区', 440605: '南海区', 440606: '顺德区', 440607: '三水区', 440608: '高明区',
  440902: '茂南区', 440904: '电白区', 440981: '高州市', 440982: '化州市', 440983: '信宜市',
  360502: '渝水区', 360521: '分宜县',
};

/** A simulated item: what it is, who handles it, its limits, and how often it is applied for. */
export interface ItemTemplate {
  key: string;
  name: string;
  department: (typeof DEPARTMENTS)[number]['code'];
  immediate: boolean;
  statutory: number;
  promised: number;
  /** Days of the middle stages, in the profile's stage order. */
  work: number;
  fee?: { code: string; name: string; amount: string };
  inspection?: boolean;
  separationOfDuties?: boolean;
  weight: number;
}

export const ITEM_TEMPLATES: readonly ItemTemplate[] = [
  { key: 'GTGSH', name: '个体工商户设立登记', department: 'SCJ', immediate: true, statutory: 15, promised: 0, work: 0, weight: 40 },
  { key: 'SPJY', name: '食品经营许可（新办）', department: 'SCJ', immediate: false, statutory: 10, promised: 5, work: 3, separationOfDuties: true, weight: 25 },
  { key: 'YPLS', name: '药品零售企业许可', department: 'SCJ', immediate: false, statutory: 30, promised: 15, work: 10, inspection: true, weight: 5 },
  { key: 'GGCS', name: '公共场所卫生许可', department: 'WJJ', immediate: false, statutory: 20, promised: 10, work: 6, inspection: true, weight: 12 },
  { key: 'SGXK', name: '建筑工程施工许可', department: 'ZJJ', immediate: false, statutory: 15, promised: 7, work: 5, weight: 8 },
  { key: 'BDCDJ', name: '不动产首次登记', department: 'ZRZY', immediate: false, statutory: 30, promised: 5, work: 3, fee: { code: 'BDC-DJF', name: '不动产登记费', amount: '550.00' }, weight: 10 },
];

export const unitId = (district: string, dept: string) => `U${district}-${dept}`;

/**
 * How a simulated unit works, fixed by its ID so every run agrees: how fast it handles stages
 * (share of each stage's budget it may use), how much it handles online, how often it earns a bad review.
 */
export function unitStyle(id: string): { pace: number; online: number; bad: number } {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 16777619) >>> 0;
  const u = (shift: number) => ((h >>> shift) & 0xff) / 255;
  return { pace: 0.45 + 0.55 * u(0), online: 0.3 + 0.6 * u(8), bad: 0.3 + 2.5 * u(16) };
}
export const centreId = (district: string) => `U${district}-XZFW`;
export const itemCode = (district: string, t: ItemTemplate) => `SIM${district}${t.key}`.padEnd(20, '0');

export function uscc(seed: string): string {
  let n = 0;
  for (const c of seed) n = (n * 31 + c.charCodeAt(0)) % 10_000_000;
  const body = `1244${seed.slice(0, 4).replace(/\D/g, '0')}${String(n).padStart(7, '0')}`.slice(0, 17).padEnd(17, '0');
  return body + usccCheckCharacter(body);
}

/** The organisation registry of a profile's city: centres, departments, posts and contacts (FSJC-ORG). */
export function registry(profile: Profile): (Unit | Post | Contact)[] {
  const out: (Unit | Post | Contact)[] = [];
  const city = profile.cityCode;
  out.push({ recordType: 'unit', id: `U${city}-JCZX`, name: `${profile.title_zh}行政审批电子监察中心`, unitType: 'CITY_CENTRE', adminLevel: 'CITY', regionCode: city, uscc: uscc(`${city}JCZX`) });
  // city departments, each heading a vertical line of its district counterparts (FSJC-ORG)
  for (const dept of DEPARTMENTS) {
    out.push({ recordType: 'unit', id: unitId(city, dept.code), name: `${profile.title_zh}${dept.name}`, unitType: 'CITY_DEPARTMENT', adminLevel: 'CITY', regionCode: city, uscc: uscc(`${city}${dept.code}`), sector: dept.sector });
  }
  for (const d of profile.districts) {
    const dn = DISTRICT_NAMES[d] ?? d;
    out.push({ recordType: 'unit', id: centreId(d), name: `${profile.title_zh}${dn}行政服务中心`, unitType: 'DISTRICT_CENTRE', adminLevel: 'DISTRICT', regionCode: d, uscc: uscc(`${d}XZFW`), parentUnitId: `U${city}-JCZX` });
    for (const dept of DEPARTMENTS) {
      const u = unitId(d, dept.code);
      out.push({ recordType: 'unit', id: u, name: `${profile.title_zh}${dn}${dept.name}`, unitType: 'DISTRICT_DEPARTMENT', adminLevel: 'DISTRICT', regionCode: d, uscc: uscc(`${d}${dept.code}`), sector: dept.sector, counterpartUnitId: unitId(city, dept.code) });
      out.push({ recordType: 'post', id: `${u}-SL`, unitId: u, name: '窗口受理岗', stages: ['RECEIVE', 'ACCEPT'] });
      out.push({ recordType: 'post', id: `${u}-SP`, unitId: u, name: '审批岗', stages: profile.stages.filter((s) => s !== 'RECEIVE' && s !== 'ACCEPT') });
      out.push({ recordType: 'contact', id: `${u}-01`, unitId: u, name: '预警联系人', roles: ['WARNING_CONTACT'], mobile: `1380000${String(out.length).padStart(4, '0')}` });
      out.push({ recordType: 'contact', id: `${u}-02`, unitId: u, name: '受理人员', roles: ['HANDLER'], postIds: [`${u}-SL`] });
      out.push({ recordType: 'contact', id: `${u}-03`, unitId: u, name: '审批人员', roles: ['HANDLER'], postIds: [`${u}-SP`] });
      out.push({ recordType: 'contact', id: `${u}-04`, unitId: u, name: '分管领导', roles: ['LEADER'], email: `${u.toLowerCase()}@fsjc.example` });
    }
  }
  return out;
}

/** The stages of a simulated item, from the profile's stage model: ACCEPT, the middle stages, then the closing ones. */
export function itemStages(profile: Profile, t: ItemTemplate): Item['stages'] {
  // an item done on the spot has no middle stages: accepted, then concluded (and issued)
  const stages = profile.stages.filter((s) => s !== 'RECEIVE' && (!t.immediate || ['ACCEPT', 'CONCLUDE', 'ISSUE'].includes(s)));
  const middle = stages.filter((s) => !['ACCEPT', 'CONCLUDE', 'ISSUE'].includes(s));
  const unit = t.immediate ? 'WORKING_HOUR' : 'WORKING_DAY';
  return stages.map((stage) => ({
    stage,
    budget: { value: t.immediate ? 1 : middle.includes(stage) ? Math.max(1, Math.round(t.work / middle.length)) : 1, unit },
    // the certificate may follow the conclusion in a profile's stage model, so its stage is not required
    required: stage !== 'ISSUE',
  }));
}

/** The item catalogue: every item template in every district. */
export function catalogue(profile: Profile): Item[] {
  return profile.districts.flatMap((d) => ITEM_TEMPLATES.map((t): Item => ({
    recordType: 'item', id: `I${d}-${t.key}`, itemCode: itemCode(d, t), name: t.name, itemType: 'ADMINISTRATIVE_LICENSING',
    implementingUnitId: unitId(d, t.department), regionCode: d, legalBasis: [{ title: '《中华人民共和国行政许可法》' }],
    handlingMode: 'SINGLE', statutoryLimit: { value: t.statutory, unit: 'WORKING_DAY' }, promisedLimit: { value: t.promised, unit: 'WORKING_DAY' },
    stages: itemStages(profile, t), separationOfDuties: t.separationOfDuties ?? false,
    materials: [{ name: '申请书', required: true, copies: 1 }], free: !t.fee,
    ...(t.fee ? { fees: [{ feeCode: t.fee.code, name: t.fee.name, standardAmount: t.fee.amount, legalBasis: { title: '《不动产登记收费标准》' } }] } : {}),
    online: true, disclosures: { content: true, procedure: true, legalBasis: true, materials: true, promisedLimit: true, feeStandard: true },
    version: '2026.1', validFrom: '2026-01-01',
  })));
}
