import { fillTemplate } from '@fsjc/sdk';
import kitZh from './zh-CN/kit.json';
import clientZh from './zh-CN/client.json';
import serverZh from './zh-CN/server.json';
import reviewZh from './zh-CN/review.json';
import kitEn from './en/kit.json';
import clientEn from './en/client.json';
import serverEn from './en/server.json';
import reviewEn from './en/review.json';
import type { Note } from '../suite/types.js';

/** The kit's message catalogues, one file per area and language: the only place its words live. */
export const KIT_CATALOGUES: Record<'zh' | 'en', Record<string, string>> = {
  zh: { ...kitZh, ...clientZh, ...serverZh, ...reviewZh },
  en: { ...kitEn, ...clientEn, ...serverEn, ...reviewEn },
};

/** A note in one language; an unknown code is shown as itself so nothing is hidden. */
export function noteText(note: Note, lang: 'zh' | 'en'): string {
  const template = KIT_CATALOGUES[lang][note.code];
  return template === undefined ? `${note.code} ${JSON.stringify(note.params ?? {})}` : fillTemplate(template, note.params ?? {});
}

export function renderNote(note: Note): { code: string; zh: string; en: string } {
  return { code: note.code, zh: noteText(note, 'zh'), en: noteText(note, 'en') };
}
