import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { CRISIS_PAGE } from './client/page-shell';
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
  board(): string {
    return CRISIS_PAGE;
  }

  @Get('activations/:activationId')
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  activation(): string {
    return CRISIS_PAGE;
  }

  @Get('assets/crisis.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  script(): string {
    return CRISIS_SCRIPT;
  }

  @Get('assets/crisis.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return CRISIS_CSS;
  }
}
