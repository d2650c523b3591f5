import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { AUDIT_CSS, AUDIT_SCRIPT } from './client/audit.script';
import { REPLAY_SCRIPT } from './client/replay.script';
import { accessLogPage, replayPage } from './client/page-shell';
import { REPLAY_CSS } from './client/replay-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PAGE_CSP } from './page-security';

/**
 * The auditors' access-log page. Like the other pages it holds no data: the browser reads GET /access-log with the
 * session cookie of the person who signed in, and the API alone decides who may (auditors; everyone else gets 403).
 */
@ApiExcludeController()
@Controller('audit')
export class AuditPageController {
  /** The auditor's page: pick a record, replay it with a time slider, its access log, its bundle and the latest checkpoint. */
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  replay(@Req() request: Request): string {
    return replayPage(pageLanguage(request));
  }

  @Get('access-log')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  accessLog(@Req() request: Request): string {
    return accessLogPage(pageLanguage(request));
  }

  @Get('assets/:lang/audit.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), AUDIT_SCRIPT);
  }

  @Get('assets/audit.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return AUDIT_CSS;
  }

  @Get('assets/:lang/replay.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  replayScript(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), REPLAY_SCRIPT);
  }

  @Get('assets/replay.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  replayStyles(): string {
    return REPLAY_CSS;
  }
}
