import { Controller, Get, Header } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { LEARNING_SCRIPT } from './client/learning-script';
import { LEARNING_PAGE } from './client/learning-shell';
import { LEARNING_CSS } from './client/learning-styles';
import { PAGE_CSP } from './page-security';

/**
 * The safety partnership's learning-review page. Like the other pages it holds no data: the browser reads the learning
 * reviews' API with the session cookie of the person who signed in, and the API alone decides who may read and change what.
 */
@ApiExcludeController()
@Controller('learning')
export class LearningPageController {
  @Get()
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Content-Security-Policy', PAGE_CSP)
  @Header('Cache-Control', 'no-cache')
  @Header('Referrer-Policy', 'no-referrer')
  page(): string {
    return LEARNING_PAGE;
  }

  @Get('assets/learning.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  script(): string {
    return LEARNING_SCRIPT;
  }

  @Get('assets/learning.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return LEARNING_CSS;
  }
}
