import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { chartLibrary } from './chart-library';
import { STATISTICS_SCRIPT } from './client/statistics-script';
import { statisticsPage } from './client/page-shell';
import { STATISTICS_CSS } from './client/statistics-styles';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PAGE_CSP } from './page-security';

/**
 * The safety partnership's statistics page. Like the other pages it holds no data: the browser reads the statistics API
 * with the session cookie of the person who signed in, and the API alone decides who may (the partnership and auditors).
 */
@ApiExcludeController()
@Controller('statistics')
export class StatisticsPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  @Header('Vary', 'Accept-Language, Cookie')
  page(@Req() request: Request): string {
    return statisticsPage(pageLanguage(request));
  }

  @Get('assets/:lang/statistics.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), STATISTICS_SCRIPT);
  }

  @Get('assets/statistics.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return STATISTICS_CSS;
  }

  @Get('assets/chart.umd.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  chart(): string {
    return chartLibrary();
  }
}
