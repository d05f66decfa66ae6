/** Counts line feeds in buf[from, to) with the native byte search. */
export function countLines(buf: Buffer, from: number, to: number): number {
  let n = 0;
  let i = buf.indexOf(0x0a, from);
  while (i !== -1 && i < to) {
    n++;
    i = buf.indexOf(0x0a, i + 1);
  }
  return n;
}
