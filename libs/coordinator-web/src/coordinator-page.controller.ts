import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { COORDINATOR_CSS } from './client/page-styles';
import { COORDINATOR_SCRIPT } from './client/coordinator-script';
import { coordinatorPage } from './client/page-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PAGE_CSP as CSP } from './page-security';

/**
 * Serves the page itself, which holds no data and is open to anyone: the browser fetches everything from the
 * API with the session cookie the sign-in set (/auth/sign-in), so only a signed-in person sees any record.
 */
@ApiExcludeController()
@Controller('coordinator')
export class CoordinatorPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  board(@Req() request: Request): string {
    return coordinatorPage(pageLanguage(request));
  }

  @Get('runs/:runId')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  run(@Req() request: Request): string {
    return coordinatorPage(pageLanguage(request));
  }

  @Get('assets/:lang/coordinator.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), COORDINATOR_SCRIPT);
  }

  @Get('assets/coordinator.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return COORDINATOR_CSS;
  }
}
