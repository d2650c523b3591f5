import { ReasonedChangeDto } from '../command-handling/incident-dto-parts';

export class ReopenIncidentDto extends ReasonedChangeDto {}
