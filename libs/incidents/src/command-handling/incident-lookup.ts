import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@vigil/event-store';
import { incidentStreamId } from '../incident-stream';

/** Whether another incident is recorded (for commands that point at one, such as marking a duplicate). */
@Injectable()
export class IncidentLookup {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async exists(incidentId: string): Promise<boolean> {
    return (await this.store.streamRevision(incidentStreamId(incidentId))) !== null;
  }
}
