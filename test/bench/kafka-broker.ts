import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const BENCH_KAFKA_PORT = 19292;

export interface BenchBroker {
  readonly brokers: string;
  readonly description: string;
  stop(): void;
}

/** KAFKA_BROKERS when set; else a fresh broker from infra/kafka/kafka.sh on its own port; null without Java. */
export function startBenchBroker(repoRoot: string, log: (line: string) => void): BenchBroker | null {
  if (process.env.KAFKA_BROKERS)
    return { brokers: process.env.KAFKA_BROKERS, description: `KAFKA_BROKERS ${process.env.KAFKA_BROKERS}`, stop: () => undefined };
  if (spawnSync('java', ['-version']).status !== 0) return null;
  const env = { ...process.env, KAFKA_PORT: String(BENCH_KAFKA_PORT), VIGIL_KAFKA_DATA: join(repoRoot, '.data/kafka-bench') };
  const script = (command: string) => {
    const result = spawnSync('bash', [join(repoRoot, 'infra/kafka/kafka.sh'), command], { env, encoding: 'utf8', timeout: 180_000 });
    if (result.status !== 0) throw new Error(`infra/kafka/kafka.sh ${command} failed:\n${result.stdout}\n${result.stderr}`);
  };
  log('starting a Kafka broker (infra/kafka/kafka.sh)');
  script('reset');
  script('start');
  return {
    brokers: `127.0.0.1:${BENCH_KAFKA_PORT}`,
    description: `single KRaft broker from infra/kafka/kafka.sh on 127.0.0.1:${BENCH_KAFKA_PORT}`,
    stop: () => script('stop'),
  };
}
