/**
 * GB18030 / GBK encoder for XML output. The tables are derived once, on first use, from the
 * platform's own GB18030 decoder (WHATWG Encoding), so what is written decodes back exactly.
 * GBK has no four-byte form: characters outside it are written as XML character references,
 * which every XML reader resolves to the same character.
 */

let twoByte: Map<number, number> | undefined;
let fourByteBmp: Map<number, number> | undefined;

function buildTables(): void {
  const dec = new TextDecoder('gb18030');
  const two = new Map<number, number>();
  const trails: number[] = [];
  for (let t = 0x40; t <= 0xfe; t++) if (t !== 0x7f) trails.push(t);
  const row = new Uint8Array(trails.length * 2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    trails.forEach((t, k) => { row[2 * k] = lead; row[2 * k + 1] = t; });
    const str = dec.decode(row);
    if (str.length === trails.length) {
      for (let k = 0; k < trails.length; k++) {
        const cp = str.charCodeAt(k);
        if (cp !== 0xfffd && !two.has(cp)) two.set(cp, (lead << 8) | trails[k]);
      }
    } else {
      for (const t of trails) {
        const s = dec.decode(new Uint8Array([lead, t]));
        const cp = s.codePointAt(0)!;
        if (s.length === 1 && cp !== 0xfffd && !two.has(cp)) two.set(cp, (lead << 8) | t);
      }
    }
  }
  // four-byte pointers 0..39419 cover the rest of the BMP
  const count = 39420;
  const buf = new Uint8Array(count * 4);
  for (let p = 0; p < count; p++) writeFour(buf, p * 4, p);
  const str = dec.decode(buf);
  const four = new Map<number, number>();
  if (str.length === count) {
    for (let p = 0; p < count; p++) {
      const cp = str.charCodeAt(p);
      if (!two.has(cp) && !four.has(cp)) four.set(cp, p);
    }
  }
  twoByte = two;
  fourByteBmp = four;
}

function writeFour(out: Uint8Array, at: number, pointer: number): void {
  out[at] = 0x81 + Math.floor(pointer / 12600);
  out[at + 1] = 0x30 + (Math.floor(pointer / 1260) % 10);
  out[at + 2] = 0x81 + (Math.floor(pointer / 10) % 126);
  out[at + 3] = 0x30 + (pointer % 10);
}

/** Encodes XML text. For GBK, characters it cannot carry become `&#x…;` references. */
export function encodeGb(text: string, variant: 'GB18030' | 'GBK'): Uint8Array {
  if (!twoByte) buildTables();
  const two = twoByte!;
  const four = fourByteBmp!;
  let out = new Uint8Array(text.length * 2 + 64);
  let n = 0;
  const room = (k: number) => {
    if (n + k <= out.length) return;
    const bigger = new Uint8Array(Math.max(out.length * 2, n + k));
    bigger.set(out.subarray(0, n));
    out = bigger;
  };
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      room(1);
      out[n++] = cp;
      continue;
    }
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < text.length) {
      const lo = text.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
        i++;
      }
    }
    // GBK readers disagree on the euro sign and the private use area: use references there
    const gbkSafe = variant === 'GB18030' || (cp !== 0x20ac && !(cp >= 0xe000 && cp <= 0xf8ff));
    const code = cp <= 0xffff && gbkSafe ? two.get(cp) : undefined;
    if (code !== undefined) {
      room(2);
      out[n++] = code >> 8;
      out[n++] = code & 0xff;
    } else if (variant === 'GB18030' && (cp > 0xffff || four.has(cp))) {
      room(4);
      writeFour(out, n, cp > 0xffff ? 189000 + cp - 0x10000 : four.get(cp)!);
      n += 4;
    } else {
      const ref = `&#x${cp.toString(16).toUpperCase()};`;
      room(ref.length);
      for (let k = 0; k < ref.length; k++) out[n++] = ref.charCodeAt(k);
    }
  }
  return out.slice(0, n);
}
