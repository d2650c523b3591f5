import { Controller, Get, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { COORDINATOR_CSS } from './client/page-styles';
import { COORDINATOR_SCRIPT } from './client/coordinator-script';
import { coordinatorPage } from './client/page-shell';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PageAsset, PageHtml, PageScript } from './page-security';

/**
 * Serves the page itself, which holds no data and is open to anyone: the browser fetches everything from the
 * API with the session cookie the sign-in set (/auth/sign-in), so only a signed-in person sees any record.
 */
@ApiExcludeController()
@Controller('coordinator')
export class CoordinatorPageController {
  @Get()
  @PageHtml()
  board(@Req() request: Request): string {
    return coordinatorPage(pageLanguage(request));
  }

  @Get('runs/:runId')
  @PageHtml()
  run(@Req() request: Request): string {
    return coordinatorPage(pageLanguage(request));
  }

  @Get('assets/:lang/coordinator.js')
  @PageScript()
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), COORDINATOR_SCRIPT);
  }

  @Get('assets/coordinator.css')
  @PageAsset('text/css; charset=utf-8')
  styles(): string {
    return COORDINATOR_CSS;
  }
}
