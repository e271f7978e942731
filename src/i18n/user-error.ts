import { defineMessages } from './define-messages';
import type { UiLanguage } from './ui-language';
import { wordsFor, type Vars } from './words';

/**
 * What went wrong, in the words a shopper reads, in English and Russian side by side. Thrown as a
 * UserError by the background's services and the platform code behind them; the message listener
 * answers a page in the user's language (background/index.ts), and the locker words its own.
 * Button and menu names are quoted as the UI shows them (messages/popup.ts, model/menu.ts).
 */
export const ERROR_WORDS = defineMessages(
  {
    orderBlockGone: 'The order block is no longer on the page. Nothing was saved.',
    noBlockChosen: 'No block was chosen (Esc pressed). Nothing was saved.',
    orderBlockNotFound: 'ClaimKit cannot find the order block on this page. Use “Capture one block” and click it.',
    notShownTab: 'That page is not the one shown in its window. Switch to its tab and capture again.',
    noOrderForDraft: 'ClaimKit has no order {orderKey}: open the order page first, then write the complaint.',
    noStoredOrder: 'No stored order {orderKey}',
    pageOrderUnknown: 'ClaimKit does not know this page’s order yet: select the order number and use “Use as order number” first.',
    cannotReadPage: 'ClaimKit could not read this page. You can type the order in by hand below.',
    cannotRunInTab: 'ClaimKit could not run in this tab (is it a browser page or the web store?)',
    cannotRender: 'ClaimKit could not render this page as an image.',
    cannotCaptureBlock: 'ClaimKit could not capture that block. Try “Capture visible area” instead.',
    cannotReadForSnapshot: 'ClaimKit could not read this page to keep a snapshot.',
    noSnapshot: 'The browser returned no snapshot of this page.',
    cannotPaste:
      'ClaimKit cannot write into this page (a browser page, or a page you have left since opening ClaimKit). Copy the complaint and paste it with Ctrl+V.',
    custodyChangedDuringExport: 'The custody log kept changing while ClaimKit exported (evidence was being added): try again.',
    custodyChangedDuringWrite: 'The custody log of {caseKey} kept changing while ClaimKit wrote to it; try again.',
    noCaseToExport: 'There is no case {caseKey} to export.',
    tabGone: 'That tab is gone: open the page again and retry.',
    captureTooFast: 'The browser allows two screenshots a second and kept refusing this one. Nothing was saved: wait a moment and capture again.',
  },
  {
    orderBlockGone: 'Блока заказа больше нет на странице. Ничего не сохранено.',
    noBlockChosen: 'Блок не выбран (нажата Esc). Ничего не сохранено.',
    orderBlockNotFound: 'ClaimKit не находит блок заказа на этой странице. Нажмите «Снимок одного блока» и щёлкните по нему.',
    notShownTab: 'Эта страница сейчас не показана в своём окне. Перейдите на её вкладку и сделайте снимок ещё раз.',
    noOrderForDraft: 'В ClaimKit нет заказа {orderKey}: сначала откройте страницу заказа, затем пишите претензию.',
    noStoredOrder: 'Заказ {orderKey} не сохранён в ClaimKit',
    pageOrderUnknown: 'ClaimKit пока не знает заказ этой страницы: выделите номер заказа и выберите «Использовать как номер заказа».',
    cannotReadPage: 'ClaimKit не смог прочитать эту страницу. Заказ можно ввести вручную ниже.',
    cannotRunInTab: 'ClaimKit не может работать в этой вкладке (это страница браузера или магазина расширений?)',
    cannotRender: 'ClaimKit не смог отрисовать эту страницу как изображение.',
    cannotCaptureBlock: 'ClaimKit не смог сохранить этот блок. Попробуйте «Снимок видимой части».',
    cannotReadForSnapshot: 'ClaimKit не смог прочитать эту страницу, чтобы сохранить её копию.',
    noSnapshot: 'Браузер не отдал копию этой страницы.',
    cannotPaste:
      'ClaimKit не может вписать текст в эту страницу (это страница браузера или вы ушли с неё после открытия ClaimKit). Скопируйте претензию и вставьте её сочетанием Ctrl+V.',
    custodyChangedDuringExport: 'Журнал хранения менялся, пока ClaimKit выполнял экспорт (добавлялись доказательства): попробуйте ещё раз.',
    custodyChangedDuringWrite: 'Журнал хранения дела {caseKey} менялся, пока ClaimKit записывал в него; попробуйте ещё раз.',
    noCaseToExport: 'Нет дела {caseKey} для экспорта.',
    tabGone: 'Этой вкладки больше нет: откройте страницу снова и повторите.',
    captureTooFast: 'Браузер разрешает два снимка в секунду и раз за разом отказывал в этом. Ничего не сохранено: подождите немного и сделайте снимок ещё раз.',
  },
);

export type ErrorWord = keyof typeof ERROR_WORDS.en;
const { say } = wordsFor(ERROR_WORDS);

/** An error the user reads. `message` is the English text (logs, tests); `in(language)` is theirs. */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly word: ErrorWord,
    readonly vars: Vars = {},
  ) {
    super(say('en', word, vars));
  }

  in(language: UiLanguage): string {
    return say(language, this.word, this.vars);
  }
}
