import { ReasonedChangeDto } from '../command-handling/incident-dto-parts';

export class MarkNotReportableDto extends ReasonedChangeDto {}
