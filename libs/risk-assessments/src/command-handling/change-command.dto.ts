import { ChangeCommandDto } from '@vigil/http-commands';

/** Every change to a case may name the revision the user saw (or send it as If-Match); a stale one is refused with 409. */
export class RiskCaseChangeCommandDto extends ChangeCommandDto {}
