import type { Signal } from '../generated/types.js';
import { fillTemplate } from '../messages/index.js';
import zh from './messages/zh-CN.json';
import en from './messages/en.json';

/** Texts of signals for notifications and documents, by message code (FSJC-SIG-005). */
export const SIGNAL_CATALOGUES: Readonly<Record<'zh' | 'en', Readonly<Record<string, string>>>> = { zh, en };


/** The text of a signal in a language: what it is about, since when, and what the unit must do by when. */
export function signalMessage(signal: Signal, lang: 'zh' | 'en' = 'zh'): string {
  const cat = SIGNAL_CATALOGUES[lang];
  const template = cat[signal.messageCode] ?? `${signal.messageCode} {subject} {openedAt}. {action}`;
  const action = signal.dueAt && (signal.status === 'NOTIFIED' || signal.status === 'OPEN')
    ? fillTemplate(cat['signal.action.feedback'], { dueAt: signal.dueAt }) : cat['signal.action.none'];
  const subject = signal.caseId ? (lang === 'zh' ? `办件 ${signal.caseId}` : `case ${signal.caseId}`) : (lang === 'zh' ? `单位 ${signal.unitId}` : `unit ${signal.unitId}`);
  const text = fillTemplate(template, { subject, openedAt: signal.openedAt, action });
  return signal.escalatedFromId ? `${text}${fillTemplate(cat['signal.escalated'], { escalatedFromId: signal.escalatedFromId })}` : text;
}
