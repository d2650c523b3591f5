import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { chartLibrary } from './chart-library';
import { STATISTICS_SCRIPT } from './client/statistics-script';
import { STATISTICS_PAGE } from './client/statistics-shell';
import { STATISTICS_CSS } from './client/statistics-styles';
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
  page(): string {
    return STATISTICS_PAGE;
  }

  @Get('assets/statistics.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  script(): string {
    return STATISTICS_SCRIPT;
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
