import type { Signal, Unit } from '../generated/types.js';
import { escapeHtml } from '../html.js';
import { signalMessage } from './messages.js';

/** The two documents of correction (FSJC-SIG-004): 督办通知书 and 整改建议书. */
export type DocumentKind = 'SUPERVISION_NOTICE' | 'CORRECTION_PROPOSAL';

export interface DocumentOptions {
  /** The issuing monitoring centre, e.g. 佛山市电子监察中心. */
  issuer: string;
  /** Document number, e.g. 佛电监督〔2026〕15号. */
  number: string;
  /** The unit addressed, for its full name. */
  unit?: Unit;
  /** Date of issue, YYYY-MM-DD. */
  issued: string;
}

const esc = escapeHtml;
const LEVEL: Record<string, string> = { NOTICE: '提示', WARNING: '预警', YELLOW_CARD: '黄牌', RED_CARD: '红牌' };

/**
 * A printable HTML document in Chinese for a signal: the supervision notice asks the unit to
 * explain or rectify by the feedback deadline; the correction proposal sets out what to correct.
 * Self-contained (no external requests), A4 print layout.
 */
export function renderDocument(kind: DocumentKind, signal: Signal, o: DocumentOptions): string {
  const title = kind === 'SUPERVISION_NOTICE' ? '督办通知书' : '整改建议书';
  const to = o.unit?.name ?? signal.unitId;
  const evidence = (signal.evidence ?? []).map((e) =>
    `<tr><td>${esc(e.kind === 'RECORD' ? `记录 ${e.recordType ?? ''}` : e.kind === 'LIMIT' ? '时限' : '数值')}</td><td>${esc(e.recordId ?? e.name ?? '')}</td><td>${esc(e.value ?? '')}</td></tr>`).join('');
  const body = kind === 'SUPERVISION_NOTICE'
    ? `<p>经电子监察系统监测，你单位存在下列情形（${esc(LEVEL[signal.level])}，规则 ${esc(signal.ruleId)}）：</p>
<p class="fact">${esc(signalMessage(signal, 'zh'))}</p>
<p>请你单位${signal.dueAt ? `于 <strong>${esc(signal.dueAt.slice(0, 10))}</strong> 前` : '及时'}通过电子监察系统说明理由或整改回告。逾期未反馈的，系统将自动升级督办。</p>`
    : `<p>针对你单位的下列情形（${esc(LEVEL[signal.level])}，规则 ${esc(signal.ruleId)}）：</p>
<p class="fact">${esc(signalMessage(signal, 'zh'))}</p>
<p>建议：一、查明原因，落实责任；二、对所涉办件依法依规及时办结；三、完善内部流程，防止同类情形再次发生；四、将整改情况${signal.dueAt ? `于 <strong>${esc(signal.dueAt.slice(0, 10))}</strong> 前` : ''}书面回告。</p>`;
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)} ${esc(o.number)}</title>
<style>
@page { size: A4; margin: 25mm 26mm; }
body { font-family: "Noto Serif CJK SC", "Songti SC", SimSun, serif; font-size: 16pt; line-height: 1.8; color: #000; }
h1 { font-size: 22pt; text-align: center; letter-spacing: 0.3em; margin: 0 0 0.5em; }
.number { text-align: center; margin-bottom: 1.5em; }
.fact { text-indent: 2em; border-left: 3px solid #b00; padding-left: 0.5em; }
table { border-collapse: collapse; width: 100%; font-size: 11pt; margin: 1em 0; }
td, th { border: 1px solid #555; padding: 2px 6px; text-align: left; }
.sign { text-align: right; margin-top: 3em; }
</style></head>
<body>
<h1>${esc(title)}</h1>
<div class="number">${esc(o.number)}</div>
<p>${esc(to)}：</p>
${body}
<table><thead><tr><th>依据</th><th>对象</th><th>内容</th></tr></thead><tbody>
<tr><td>信号</td><td>${esc(signal.id)}</td><td>${esc(signal.openedAt)}</td></tr>${evidence}
</tbody></table>
<div class="sign">${esc(o.issuer)}<br>${esc(o.issued)}</div>
</body></html>
`;
}
