import { appendFile, mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AuditCheckpoint } from './audit-checkpoint';

/**
 * The copy of every signed checkpoint outside the database: one append-only JSON-lines file per
 * tenant (`<dir>/<tenant id>.jsonl`). Someone who rewrites the audit tables cannot rewrite these
 * lines (they lack the signing key and, in production, write access to this folder).
 */
export class CheckpointFileStore {
  /** The last number this process knows is in each tenant's file (saves reading the file on every seal). */
  private readonly known = new Map<string, number>();

  constructor(private readonly dir: string) {}

  private file(tenantId: string): string {
    if (!/^[0-9a-f-]{36}$/i.test(tenantId)) throw new Error('tenant id expected');
    return path.join(this.dir, `${tenantId}.jsonl`);
  }

  async append(checkpoints: AuditCheckpoint[]): Promise<void> {
    if (checkpoints.length === 0) return;
    await mkdir(this.dir, { recursive: true, mode: 0o750 });
    const lines = checkpoints.map((checkpoint) => `${JSON.stringify(checkpoint)}\n`).join('');
    await appendFile(this.file(checkpoints[0].tenantId), lines, { mode: 0o640, flush: true });
    this.known.set(checkpoints[0].tenantId, checkpoints[checkpoints.length - 1].no);
  }

  /**
   * Every checkpoint of the tenant by number. A line that is not a checkpoint is reported, and a
   * number written twice keeps its first line (a second sealer may append the same checkpoint
   * again; a different one is reported).
   */
  async read(tenantId: string): Promise<{ checkpoints: Map<number, AuditCheckpoint>; problems: string[] }> {
    let text = '';
    try {
      text = await readFile(this.file(tenantId), 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const checkpoints = new Map<number, AuditCheckpoint>();
    const problems: string[] = [];
    text.split('\n').forEach((line, index) => {
      if (!line.trim()) return;
      let checkpoint: AuditCheckpoint;
      try {
        checkpoint = JSON.parse(line) as AuditCheckpoint;
      } catch {
        problems.push(`line ${index + 1} of the checkpoint file is not a checkpoint`);
        return;
      }
      const earlier = checkpoints.get(checkpoint.no);
      if (!earlier) checkpoints.set(checkpoint.no, checkpoint);
      else if (earlier.checkpointHash !== checkpoint.checkpointHash) problems.push(`the checkpoint file holds two different checkpoints ${checkpoint.no}`);
    });
    return { checkpoints, problems };
  }

  async lastNo(tenantId: string): Promise<number> {
    const known = this.known.get(tenantId);
    if (known !== undefined) return known;
    const { checkpoints } = await this.read(tenantId);
    const last = Math.max(0, ...checkpoints.keys());
    this.known.set(tenantId, last);
    return last;
  }
}
