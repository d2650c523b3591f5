import { said } from '@vigil/event-sourcing';
import { DynamicModule, Global, HttpException, Inject, Injectable, Module, Optional } from '@nestjs/common';
import { ApiResponse } from '@nestjs/swagger';
import { saidProblem } from '@vigil/http-problems';
import { finalize, Observable } from 'rxjs';

export const LIVE_CONNECTIONS_PER_ACTOR = Symbol('LIVE_CONNECTIONS_PER_ACTOR');

/** Each actor may hold a bounded number of live feeds: a page open in a few tabs, not a flood of them. */
@Injectable()
export class LiveConnections {
  private readonly open = new Map<string, number>();

  constructor(@Optional() @Inject(LIVE_CONNECTIONS_PER_ACTOR) private readonly limit: number = 8) {}

  /** The feed, counted against the actor until it closes; a 429 problem when the actor holds the limit already. */
  hold<T>(actor: string, feed: Observable<T>): Observable<T> {
    const held = this.open.get(actor) ?? 0;
    if (held >= this.limit) {
      const detail = `You have ${held} live views open already (at most ${this.limit}); close one and try again.`;
      throw new HttpException(saidProblem(429, 'too-many-live-connections', said('guard.too-many-live', { held, limit: this.limit }), detail), 429);
    }
    this.open.set(actor, held + 1);
    return feed.pipe(finalize(() => this.release(actor)));
  }

  held(actor: string): number {
    return this.open.get(actor) ?? 0;
  }

  private release(actor: string): void {
    const held = (this.open.get(actor) ?? 1) - 1;
    if (held > 0) this.open.set(actor, held);
    else this.open.delete(actor);
  }
}

/** Documents the 429 a live view answers when its person holds the limit already. */
export const ApiTooManyLiveViews = () =>
  ApiResponse({ status: 429, description: 'This person has the most live views open that one may hold; closing one frees a place.' });

/** One count for the whole API, whichever context serves the feed. */
@Global()
@Module({})
export class LiveConnectionsModule {
  static forRoot(perActor: number): DynamicModule {
    return {
      module: LiveConnectionsModule,
      providers: [{ provide: LIVE_CONNECTIONS_PER_ACTOR, useValue: perActor }, LiveConnections],
      exports: [LiveConnections],
    };
  }
}
