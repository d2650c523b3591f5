import { Controller, Get, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { crisisPage } from './client/page-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { CRISIS_SCRIPT } from './client/crisis-script';
import { CRISIS_CSS } from './client/crisis-styles';
import { PageAsset, PageHtml, PageScript } from './page-security';

/**
 * The crisis board page and one activation's page. Like the coordinator page it holds no data: the
 * browser reads the crisis-readiness API with the session cookie of the person who signed in.
 */
@ApiExcludeController()
@Controller('crisis')
export class CrisisPageController {
  @Get()
  @PageHtml()
  board(@Req() request: Request): string {
    return crisisPage(pageLanguage(request));
  }

  @Get('activations/:activationId')
  @PageHtml()
  activation(@Req() request: Request): string {
    return crisisPage(pageLanguage(request));
  }

  @Get('assets/:lang/crisis.js')
  @PageScript()
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), CRISIS_SCRIPT);
  }

  @Get('assets/crisis.css')
  @PageAsset('text/css; charset=utf-8')
  styles(): string {
    return CRISIS_CSS;
  }
}
