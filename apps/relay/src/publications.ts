import { INCIDENT_PUBLICATION } from '@vigil/incidents';
import { Publication } from '@vigil/messaging';

/** Every bounded context's feed to Kafka: one topic per context. */
export const PUBLICATIONS: readonly Publication[] = [INCIDENT_PUBLICATION];
