import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { LEARNING_SCRIPT } from './client/learning-script';
import { learningPage } from './client/page-shell';
import { LEARNING_CSS } from './client/learning-styles';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
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
  @Header('Vary', 'Accept-Language, Cookie')
  page(@Req() request: Request): string {
    return learningPage(pageLanguage(request));
  }

  @Get('assets/:lang/learning.js')
  @Header('Content-Type', 'text/javascript; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  @Header('Vary', 'Accept-Language, Cookie')
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), LEARNING_SCRIPT);
  }

  @Get('assets/learning.css')
  @Header('Content-Type', 'text/css; charset=utf-8')
  @Header('X-Content-Type-Options', 'nosniff')
  @Header('Cache-Control', 'no-cache')
  styles(): string {
    return LEARNING_CSS;
  }
}
