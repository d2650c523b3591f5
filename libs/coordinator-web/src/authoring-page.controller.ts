import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { AUTHORING_SCRIPT } from './client/authoring-script';
import { AUTHORING_CSS } from './client/authoring-styles';
import { authoringPage } from './client/page-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PAGE_CSP } from './page-security';

/**
 * The page where action cards and readiness plans are written, published and retired. Like the other pages it holds no
 * data: the browser reads and changes them through the API with the session cookie, and the API alone decides who may.
 */
@ApiExcludeController()
@Controller('authoring')
export class AuthoringPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  overview(@Req() request: Request): string {
    return authoringPage(pageLanguage(request));
  }

  @Get('templates/:templateId')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  template(@Req() request: Request): string {
    return authoringPage(pageLanguage(request));
  }

  @Get('plans/:planId')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  plan(@Req() request: Request): string {
    return authoringPage(pageLanguage(request));
  }

  @Get('assets/:lang/authoring.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), AUTHORING_SCRIPT);
  }

  @Get('assets/authoring.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return AUTHORING_CSS;
  }
}
