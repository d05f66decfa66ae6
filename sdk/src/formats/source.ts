import fs from 'node:fs';

/** Bytes of a file as a stream of chunks, so files of any size are read with flat memory. */
export async function* fileChunks(path: string, chunkSize = 1 << 20): AsyncGenerator<Uint8Array> {
  const stream = fs.createReadStream(path, { highWaterMark: chunkSize });
  for await (const chunk of stream) yield chunk as Buffer;
}

/** Bytes already in memory as a one-chunk stream. */
export async function* bytesChunks(bytes: Uint8Array | string): AsyncGenerator<Uint8Array> {
  yield typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
}
