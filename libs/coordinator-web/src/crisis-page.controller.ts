import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { crisisPage } from './client/page-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { CRISIS_SCRIPT } from './client/crisis-script';
import { CRISIS_CSS } from './client/crisis-styles';
import { PAGE_CSP } from './page-security';

/**
 * The crisis board page and one activation's page. Like the coordinator page it holds no data: the
 * browser reads the crisis-readiness API with the session cookie of the person who signed in.
 */
@ApiExcludeController()
@Controller('crisis')
export class CrisisPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  board(@Req() request: Request): string {
    return crisisPage(pageLanguage(request));
  }

  @Get('activations/:activationId')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  activation(@Req() request: Request): string {
    return crisisPage(pageLanguage(request));
  }

  @Get('assets/:lang/crisis.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), CRISIS_SCRIPT);
  }

  @Get('assets/crisis.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return CRISIS_CSS;
  }
}
