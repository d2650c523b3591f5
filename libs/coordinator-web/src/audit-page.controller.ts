import { Controller, Get, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { AUDIT_CSS, AUDIT_SCRIPT } from './client/audit.script';
import { REPLAY_SCRIPT } from './client/replay.script';
import { accessLogPage, replayPage } from './client/page-shell';
import { REPLAY_CSS } from './client/replay-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PageAsset, PageHtml, PageScript } from './page-security';

/**
 * The auditors' access-log page. Like the other pages it holds no data: the browser reads GET /access-log with the
 * session cookie of the person who signed in, and the API alone decides who may (auditors; everyone else gets 403).
 */
@ApiExcludeController()
@Controller('audit')
export class AuditPageController {
  /** The auditor's page: pick a record, replay it with a time slider, its access log, its bundle and the latest checkpoint. */
  @Get()
  @PageHtml()
  replay(@Req() request: Request): string {
    return replayPage(pageLanguage(request));
  }

  @Get('access-log')
  @PageHtml()
  accessLog(@Req() request: Request): string {
    return accessLogPage(pageLanguage(request));
  }

  @Get('assets/:lang/audit.js')
  @PageScript()
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), AUDIT_SCRIPT);
  }

  @Get('assets/audit.css')
  @PageAsset('text/css; charset=utf-8')
  styles(): string {
    return AUDIT_CSS;
  }

  @Get('assets/:lang/replay.js')
  @PageScript()
  replayScript(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), REPLAY_SCRIPT);
  }

  @Get('assets/replay.css')
  @PageAsset('text/css; charset=utf-8')
  replayStyles(): string {
    return REPLAY_CSS;
  }
}
