import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MessageBus, MessageProducer } from '@vigil/messaging';
import { Checkpoint, parseNote, ParsedNote } from './note';

/** Somewhere outside the database a signed checkpoint is kept, so a copy survives a rewritten database. */
export interface CheckpointSink {
  readonly name: string;
  publish(note: string, checkpoint: Checkpoint): Promise<void>;
  close?(): Promise<void>;
}

const fileName = (size: number) => `checkpoint-${String(size).padStart(15, '0')}.note`;

/** One file per checkpoint, created once and never overwritten (`wx`); the directory is the auditors' copy. */
export class FileCheckpointSink implements CheckpointSink {
  readonly name = 'file';

  constructor(readonly dir: string) {}

  async publish(note: string, checkpoint: Checkpoint): Promise<void> {
    mkdirSync(this.dir, { recursive: true });
    const path = join(this.dir, fileName(checkpoint.size));
    try {
      writeFileSync(path, note, { flag: 'wx', mode: 0o444 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      if (readFileSync(path, 'utf8') !== note) throw new Error(`${path} already holds another checkpoint of size ${checkpoint.size}: refusing to sign a fork`);
    }
  }

  /** Every checkpoint published here, smallest tree first; a file that does not parse is returned as an error. */
  read(): { file: string; note?: ParsedNote; error?: string }[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((name) => name.endsWith('.note'));
    } catch {
      return [];
    }
    return names.sort().map((name) => {
      const file = join(this.dir, name);
      try {
        return { file, note: parseNote(readFileSync(file, 'utf8')) };
      } catch (error) {
        return { file, error: (error as Error).message };
      }
    });
  }

  latest(): ParsedNote | null {
    const notes = this.read().flatMap((entry) => (entry.note ? [entry.note] : []));
    return notes.reduce<ParsedNote | null>((best, note) => (!best || note.checkpoint.size > best.checkpoint.size ? note : best), null);
  }
}

/** The checkpoint topic (keyed by origin, so one partition keeps their order), over the existing bus port. */
export class KafkaCheckpointSink implements CheckpointSink {
  readonly name = 'kafka';
  private producer: Promise<MessageProducer> | null = null;

  constructor(
    private readonly bus: MessageBus,
    readonly topic: string,
    private readonly prepare: () => Promise<void>,
  ) {}

  async publish(note: string, checkpoint: Checkpoint): Promise<void> {
    this.producer ??= this.prepare().then(() => this.bus.producer());
    const producer = await this.producer.catch((error: unknown) => {
      this.producer = null;
      throw error;
    });
    await producer.send(this.topic, [{ key: checkpoint.origin, value: note, headers: { 'tree-size': String(checkpoint.size) } }]);
  }

  async close(): Promise<void> {
    await this.bus.close();
  }
}
