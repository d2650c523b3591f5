import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { IncidentCounts, IncidentCountsRequest, MonthCount } from '@vigil/learning-reviews';
import { GetIncidentCounts } from '@vigil/statistics';

/** Learning reviews' `IncidentCounts` through the statistics context's own query: by contract, never by its tables. */
@Injectable()
export class StatisticsIncidentCounts implements IncidentCounts {
  constructor(private readonly queries: QueryBus) {}

  monthly(request: IncidentCountsRequest): Promise<MonthCount[]> {
    const { kinds, area, institution, from, to } = request;
    return this.queries.execute(new GetIncidentCounts({ kinds, area, institution, from, to }));
  }
}
