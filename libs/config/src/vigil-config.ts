import 'reflect-metadata';
import { plainToInstance, Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

const toBoolean = ({ value }: { value: unknown }) => (value === undefined ? undefined : ['1', 'true', 'yes'].includes(String(value).toLowerCase()));

/** Every setting Vigil reads from the environment, validated at start; see the README's table. */
export class VigilConfig {
  /** PostgreSQL for the event store and read models; without it an embedded PostgreSQL starts. */
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\//, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  @IsString()
  HOST = '127.0.0.1';

  /** Where the embedded PostgreSQL keeps its cluster (ignored by git). */
  @IsString()
  VIGIL_DATA_DIR = '.data';

  @Type(() => Number)
  @IsInt()
  @Min(1024)
  @Max(65535)
  VIGIL_EMBEDDED_PG_PORT: number = 54320;

  /** Load a year of demo incidents when the event store is empty. */
  @Transform(toBoolean)
  @IsBoolean()
  VIGIL_DEMO_DATA = false;

  @Transform(toBoolean)
  @IsBoolean()
  VIGIL_RUN_MIGRATIONS = true;

  /**
   * How far V8 lets the heap grow past what its last full collection kept, in percent; 0 leaves V8's own factor (up to
   * 300 %, which held a 100 MB live set in 380 MB and grew the 1M-event soak's RSS by 140 MB).
   */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(300)
  VIGIL_HEAP_GROWING_PERCENT: number = 50;

  /** Largest accepted request body, as body-parser reads it (e.g. 64kb). */
  @Matches(/^\d+(b|kb|mb)$/, { message: 'VIGIL_BODY_LIMIT must look like 64kb' })
  VIGIL_BODY_LIMIT = '64kb';

  /** Live views (server-sent events) one person may hold open at once; more get 429. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  VIGIL_LIVE_CONNECTIONS_PER_ACTOR: number = 8;

  /** How long a read sent with Vigil-Min-Revision waits for the read model to hold that revision before it answers what it has. */
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(30_000)
  VIGIL_MIN_REVISION_WAIT_MS: number = 2000;

  /** The OpenID Connect issuer whose tokens the API accepts; unset, `npm start` runs a demo provider in-process under /oidc. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s]+$/, { message: 'VIGIL_OIDC_ISSUER must be an http(s) URL' })
  VIGIL_OIDC_ISSUER?: string;

  /** The audience (aud) Vigil's access tokens must name. */
  @Matches(/^[A-Za-z0-9._:/-]{1,200}$/, { message: 'VIGIL_OIDC_AUDIENCE must be a plain audience name such as vigil' })
  VIGIL_OIDC_AUDIENCE = 'vigil';

  /** The pages' client at the issuer (confidential, authorisation code with PKCE); the demo provider registers `vigil-web`. */
  @Matches(/^[A-Za-z0-9._:-]{1,200}$/, { message: 'VIGIL_OIDC_CLIENT_ID must be a client id such as vigil-web' })
  VIGIL_OIDC_CLIENT_ID = 'vigil-web';

  /** That client's secret at the issuer; unset with the demo provider, which generates one and keeps it in VIGIL_DATA_DIR. */
  @IsOptional()
  @IsString()
  VIGIL_OIDC_CLIENT_SECRET?: string;

  /** How long a sign-in to the pages lasts at most, whatever the refresh tokens would allow. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  VIGIL_SESSION_TTL_HOURS: number = 10;

  /** The externally visible base URL (https://vigil.example.org) when Vigil runs behind a proxy; else http://HOST:PORT. */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/?#]+$/, { message: 'VIGIL_PUBLIC_URL must be an origin such as https://vigil.example.org (no path, no trailing slash)' })
  VIGIL_PUBLIC_URL?: string;

  /** Changes (commands) one signed-in person may send a minute; more get 429 with Retry-After. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100_000)
  VIGIL_COMMANDS_PER_MINUTE: number = 120;

  /** Kafka brokers (host:port, comma-separated). Without it the integration feed runs in-process. */
  @IsOptional()
  @Matches(/^[^,\s]+:\d+(,[^,\s]+:\d+)*$/, { message: 'KAFKA_BROKERS must look like host:9092,host2:9092' })
  KAFKA_BROKERS?: string;

  /** Prefix for topic and consumer-group names, so environments can share a cluster. */
  @Matches(/^[a-z0-9._-]*$/, { message: 'KAFKA_TOPIC_PREFIX may hold only a-z, 0-9, dot, dash and underscore' })
  KAFKA_TOPIC_PREFIX = '';

  /** Replicas per topic: 3 in production (min.insync.replicas 2); 1 on a single local broker. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(5)
  KAFKA_REPLICATION: number = 1;

  /** How long a silent consumer keeps its partitions before its group hands them to another. */
  @Type(() => Number)
  @IsInt()
  @Min(6000)
  @Max(300000)
  KAFKA_SESSION_TIMEOUT_MS: number = 30000;

  /**
   * The Ed25519 key (PKCS#8 PEM) that signs checkpoints of the event log; unset, `npm start` generates one under
   * VIGIL_DATA_DIR/checkpoint-key. Keep it where database administrators cannot read it.
   */
  @IsOptional()
  @IsString()
  VIGIL_CHECKPOINT_KEY_FILE?: string;

  /**
   * The key-encryption key (32 random bytes, base64) that wraps each record's data key; unset, `npm start` generates one
   * under VIGIL_DATA_DIR/keys. Keep it where database administrators cannot read it: with it and a copy of the database,
   * every personal text that was not erased opens.
   */
  @IsOptional()
  @IsString()
  VIGIL_KEK_FILE?: string;

  /** Where signed checkpoints are published outside the database (append-only files); default VIGIL_DATA_DIR/checkpoints. */
  @IsOptional()
  @IsString()
  VIGIL_CHECKPOINT_DIR?: string;

  /** The log's name in its checkpoints (first line of the note, and the signing key's name). */
  @Matches(/^[A-Za-z0-9._/-]{1,100}$/, { message: 'VIGIL_CHECKPOINT_ORIGIN must be a name such as vigil.example.org/event-store' })
  VIGIL_CHECKPOINT_ORIGIN = 'vigil.local/event-store';

  /** Sign a checkpoint once this many events are new since the last one. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  VIGIL_CHECKPOINT_EVERY_EVENTS: number = 1000;

  /** Sign a checkpoint at least this often while there are new events. */
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(86_400)
  VIGIL_CHECKPOINT_EVERY_SECONDS: number = 60;

  /**
   * The countries this installation serves, comma-separated: `dk` (Kriminalforsorgen), `no` (Kriminalomsorgen) or both.
   * Commands may name only their areas and institutions; starter action cards and readiness plans are loaded for each.
   */
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.replace(/\s+/g, '').toLowerCase() : value))
  @Matches(/^(dk|no)(,(dk|no))*$/, { message: 'VIGIL_JURISDICTIONS must name dk, no or both, such as dk,no' })
  VIGIL_JURISDICTIONS = 'dk,no';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';
}

export function validateConfig(raw: Record<string, unknown>): VigilConfig {
  const config = plainToInstance(VigilConfig, raw, { enableImplicitConversion: true, exposeDefaultValues: true });
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.flatMap((e) => Object.values(e.constraints ?? {}).map((m) => `  ${e.property}: ${m}`));
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
