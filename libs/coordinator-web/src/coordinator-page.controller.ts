import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { COORDINATOR_CSS } from './client/page-styles';
import { COORDINATOR_SCRIPT } from './client/coordinator-script';
import { COORDINATOR_PAGE } from './client/page-shell';
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
  board(): string {
    return COORDINATOR_PAGE;
  }

  @Get('runs/:runId')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  run(): string {
    return COORDINATOR_PAGE;
  }

  @Get('assets/coordinator.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  script(): string {
    return COORDINATOR_SCRIPT;
  }

  @Get('assets/coordinator.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return COORDINATOR_CSS;
  }
}
