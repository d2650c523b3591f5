import { Controller, Get, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { AUTHORING_SCRIPT } from './client/authoring-script';
import { AUTHORING_CSS } from './client/authoring-styles';
import { authoringPage } from './client/page-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PageAsset, PageHtml, PageScript } from './page-security';

/**
 * The page where action cards and readiness plans are written, published and retired. Like the other pages it holds no
 * data: the browser reads and changes them through the API with the session cookie, and the API alone decides who may.
 */
@ApiExcludeController()
@Controller('authoring')
export class AuthoringPageController {
  @Get()
  @PageHtml()
  overview(@Req() request: Request): string {
    return authoringPage(pageLanguage(request));
  }

  @Get('templates/:templateId')
  @PageHtml()
  template(@Req() request: Request): string {
    return authoringPage(pageLanguage(request));
  }

  @Get('plans/:planId')
  @PageHtml()
  plan(@Req() request: Request): string {
    return authoringPage(pageLanguage(request));
  }

  @Get('assets/:lang/authoring.js')
  @PageScript()
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), AUTHORING_SCRIPT);
  }

  @Get('assets/authoring.css')
  @PageAsset('text/css; charset=utf-8')
  styles(): string {
    return AUTHORING_CSS;
  }
}
