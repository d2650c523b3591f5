import { Controller, Get, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { chartLibrary } from './chart-library';
import { STATISTICS_SCRIPT } from './client/statistics-script';
import { statisticsPage } from './client/page-shell';
import { STATISTICS_CSS } from './client/statistics-styles';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PageAsset, PageHtml, PageScript } from './page-security';

/**
 * The safety partnership's statistics page. Like the other pages it holds no data: the browser reads the statistics API
 * with the session cookie of the person who signed in, and the API alone decides who may (the partnership and auditors).
 */
@ApiExcludeController()
@Controller('statistics')
export class StatisticsPageController {
  @Get()
  @PageHtml()
  page(@Req() request: Request): string {
    return statisticsPage(pageLanguage(request));
  }

  @Get('assets/:lang/statistics.js')
  @PageScript()
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), STATISTICS_SCRIPT);
  }

  @Get('assets/statistics.css')
  @PageAsset('text/css; charset=utf-8')
  styles(): string {
    return STATISTICS_CSS;
  }

  @Get('assets/chart.umd.js')
  @PageAsset('text/javascript; charset=utf-8')
  chart(): string {
    return chartLibrary();
  }
}
