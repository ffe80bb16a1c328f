/**
 * Where photo bytes live: files named by their SHA-256 under one folder (`<dir>/<first two hex>/<sha256>`), written
 * atomically (a temporary file, then rename), so the database rows only name them. Several server processes share
 * photos by sharing the folder: beside the embedded database it is `DIR/photos`; with an external database, every
 * process is given the same folder (`CARECIRCLE_PHOTOS`, e.g. a mounted network share).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class PhotoStore {
  readonly dir: string;
  constructor(dir: string) {
    this.dir = dir;
  }

  #path(sha: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha)) throw new Error(`not a SHA-256: ${sha}`);
    return join(this.dir, sha.slice(0, 2), sha);
  }

  /**
   * Stores bytes (once: the same bytes are the same file).
   * @returns their SHA-256
   */
  async put(bytes: Uint8Array): Promise<string> {
    const sha = createHash('sha256').update(bytes).digest('hex');
    const path = this.#path(sha);
    const exists = await stat(path).then(
      (s) => s.size === bytes.length,
      () => false,
    );
    if (exists) return sha;
    await mkdir(join(this.dir, sha.slice(0, 2)), { recursive: true, mode: 0o700 });
    const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(tmp, bytes, { mode: 0o600 });
    await rename(tmp, path);
    return sha;
  }

  /** The bytes of a photo, or null when this process's folder does not have them. */
  async get(sha: string): Promise<Buffer | null> {
    try {
      return await readFile(this.#path(sha));
    } catch {
      return null;
    }
  }
}
