import { Presets, SingleBar } from 'cli-progress';

/** Progress on stderr (a bar on a terminal, one line per step otherwise); results go to stdout. */
export class Progress {
  private readonly started = Date.now();
  private readonly bar: SingleBar | null;
  private done = 0;
  private task = 'starting';

  constructor(private readonly total: number) {
    this.bar = process.stderr.isTTY
      ? new SingleBar(
          { stream: process.stderr, format: 'bench [{bar}] {value}/{total} | {elapsed}s | {task}', hideCursor: true, clearOnComplete: true },
          Presets.shades_classic,
        )
      : null;
    this.bar?.start(total, 0, this.payload());
  }

  /** Announces the step about to run. */
  step(task: string): void {
    this.task = task;
    if (this.bar) this.bar.update(this.done, this.payload());
    else process.stderr.write(`[${Math.min(this.done + 1, this.total)}/${this.total}] ${this.elapsed()}s ${task}\n`);
  }

  /** Marks the announced step finished. */
  tick(): void {
    this.done++;
    this.bar?.update(this.done, this.payload());
  }

  /** A warning for the reader on stderr, without breaking the bar. */
  note(line: string): void {
    this.around(() => process.stderr.write(`${line}\n`));
  }

  /** Results on stdout, without breaking the bar. */
  print(text: string): void {
    this.around(() => process.stdout.write(`${text}\n`));
  }

  stop(): void {
    this.bar?.stop();
  }

  private around(write: () => void): void {
    if (!this.bar) return write();
    this.bar.stop();
    write();
    this.bar.start(this.total, this.done, this.payload());
  }

  private elapsed(): number {
    return Math.round((Date.now() - this.started) / 1000);
  }

  private payload(): { task: string; elapsed: number } {
    return { task: this.task, elapsed: this.elapsed() };
  }
}
