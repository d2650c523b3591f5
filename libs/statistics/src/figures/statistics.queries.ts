import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { allDefinitions, DefinitionRow, findDefinition } from './definitions.query';
import { FigureRow, figures, FiguresFilter, FiguresRequest } from './figures.query';
import { GetIncidentCountsHandler } from './incident-counts.query';
import { lateRegistrations, LateRegistrationRow } from './late-registrations.query';
import { publishedYears, PublishedYear } from './publications.query';
import { RevisionReport, revisionsBetween, revisionsBetweenDefinitions } from './revision-report.query';
import { RevisionTriangle, revisionTriangle } from './revision-triangle.query';
import { planProgress, PlanProgress } from './targets.query';

export class GetDefinitions extends Query<DefinitionRow[]> {}
export class GetDefinition extends Query<DefinitionRow | null> {
  constructor(
    readonly indicator: string,
    readonly version?: number,
  ) {
    super();
  }
}
export class GetFigures extends Query<FigureRow[]> {
  constructor(
    readonly definition: DefinitionRow,
    readonly request: FiguresRequest,
    readonly now: Date,
  ) {
    super();
  }
}
export class GetLateRegistrations extends Query<LateRegistrationRow[]> {
  constructor(
    readonly definition: DefinitionRow,
    readonly from: number,
    readonly to: number,
    readonly filter: FiguresFilter,
    readonly now: Date,
  ) {
    super();
  }
}
export class GetRevisionTriangle extends Query<RevisionTriangle> {
  constructor(
    readonly definition: DefinitionRow,
    readonly period: 'year' | 'quarter',
    readonly from: number,
    readonly to: number,
    readonly filter: FiguresFilter,
    readonly now: Date,
  ) {
    super();
  }
}
/** Between two days under one definition, or under two definitions on one day. */
export class GetRevisionReport extends Query<RevisionReport> {
  constructor(
    readonly definition: DefinitionRow,
    readonly year: number,
    readonly filter: FiguresFilter,
    readonly compare: { since: Date; until: Date } | { older: DefinitionRow; on: Date },
  ) {
    super();
  }
}
export class GetPlanProgress extends Query<PlanProgress[]> {
  constructor(
    readonly from: number,
    readonly to: number,
    readonly now: Date,
  ) {
    super();
  }
}
export class GetPublishedYears extends Query<PublishedYear[]> {
  constructor(readonly indicator?: string) {
    super();
  }
}

@QueryHandler(GetDefinitions)
export class GetDefinitionsHandler implements IQueryHandler<GetDefinitions> {
  constructor(private readonly db: DataSource) {}
  execute() {
    return allDefinitions(this.db.manager);
  }
}

@QueryHandler(GetDefinition)
export class GetDefinitionHandler implements IQueryHandler<GetDefinition> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetDefinition) {
    return findDefinition(this.db.manager, q.indicator, q.version);
  }
}

@QueryHandler(GetFigures)
export class GetFiguresHandler implements IQueryHandler<GetFigures> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetFigures) {
    return figures(this.db.manager, q.definition, q.request, q.now);
  }
}

@QueryHandler(GetLateRegistrations)
export class GetLateRegistrationsHandler implements IQueryHandler<GetLateRegistrations> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetLateRegistrations) {
    return lateRegistrations(this.db.manager, q.definition, q.from, q.to, q.filter, q.now);
  }
}

@QueryHandler(GetRevisionTriangle)
export class GetRevisionTriangleHandler implements IQueryHandler<GetRevisionTriangle> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetRevisionTriangle) {
    return revisionTriangle(this.db.manager, q.definition, q.period, q.from, q.to, q.filter, q.now);
  }
}

@QueryHandler(GetRevisionReport)
export class GetRevisionReportHandler implements IQueryHandler<GetRevisionReport> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetRevisionReport) {
    return 'since' in q.compare
      ? revisionsBetween(this.db.manager, q.definition, q.year, q.filter, q.compare.since, q.compare.until)
      : revisionsBetweenDefinitions(this.db.manager, q.compare.older, q.definition, q.year, q.filter, q.compare.on);
  }
}

@QueryHandler(GetPlanProgress)
export class GetPlanProgressHandler implements IQueryHandler<GetPlanProgress> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetPlanProgress) {
    return planProgress(this.db.manager, q.from, q.to, q.now);
  }
}

@QueryHandler(GetPublishedYears)
export class GetPublishedYearsHandler implements IQueryHandler<GetPublishedYears> {
  constructor(private readonly db: DataSource) {}
  execute(q: GetPublishedYears) {
    return publishedYears(this.db.manager, q.indicator);
  }
}

export const STATISTICS_QUERY_HANDLERS = [
  GetDefinitionsHandler,
  GetDefinitionHandler,
  GetFiguresHandler,
  GetLateRegistrationsHandler,
  GetRevisionTriangleHandler,
  GetRevisionReportHandler,
  GetPlanProgressHandler,
  GetPublishedYearsHandler,
  GetIncidentCountsHandler,
];
