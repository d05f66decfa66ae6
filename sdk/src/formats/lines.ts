/** Counts line feeds in buf[from, to) with the native byte search, never looking past `to`. */
export function countLines(buf: Buffer, from: number, to: number): number {
  if (to <= from) return 0;
  const view = buf.subarray(from, to);
  let n = 0;
  for (let i = view.indexOf(0x0a); i !== -1; i = view.indexOf(0x0a, i + 1)) n++;
  return n;
}
