import { Controller, Get, Param, Req } from '@nestjs/common';
import type { Request } from 'express';
import { ApiExcludeController } from '@nestjs/swagger';
import { LEARNING_SCRIPT } from './client/learning-script';
import { learningPage } from './client/page-shell';
import { LEARNING_CSS } from './client/learning-styles';
import { localizedScript } from './client/page-words';
import { pageLanguage, scriptLanguage } from './page-language';
import { PageAsset, PageHtml, PageScript } from './page-security';

/**
 * The safety partnership's learning-review page. Like the other pages it holds no data: the browser reads the learning
 * reviews' API with the session cookie of the person who signed in, and the API alone decides who may read and change what.
 */
@ApiExcludeController()
@Controller('learning')
export class LearningPageController {
  @Get()
  @PageHtml()
  page(@Req() request: Request): string {
    return learningPage(pageLanguage(request));
  }

  @Get('assets/:lang/learning.js')
  @PageScript()
  script(@Param('lang') lang: string, @Req() request: Request): string {
    return localizedScript(scriptLanguage(lang, request), LEARNING_SCRIPT);
  }

  @Get('assets/learning.css')
  @PageAsset('text/css; charset=utf-8')
  styles(): string {
    return LEARNING_CSS;
  }
}
