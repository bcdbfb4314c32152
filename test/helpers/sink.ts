/** A writable stream that keeps what is written, for CLIs whose streams are injected. */
import { Writable } from 'node:stream';

export function sink(): Writable & { text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return Object.assign(stream, { text: () => chunks.join('') });
}
