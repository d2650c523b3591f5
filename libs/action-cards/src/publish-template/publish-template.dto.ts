import { ChangeCommandDto } from '@vigil/http-commands';

/** Publishing needs no fields: only the revision the coordinator saw, if they name it. */
export class PublishTemplateDto extends ChangeCommandDto {}
