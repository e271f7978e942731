import { defineMessages } from '../define-messages';

/**
 * The popup's order, deadline and evidence panels, the tracked-orders list and the shared
 * components (src/ui/popup, src/ui/tracked, src/ui/components). Terms in Russian: evidence =
 * доказательства, deadline = срок, dispute = спор, complaint = претензия, locker = хранилище.
 * Time left is said after "in"/"через", so the Russian minutes are in the accusative ("через 1 минуту").
 * Some English texts are word for word what the e2e tests look for (tests/e2e/capture.e2e.ts,
 * complaint.e2e.ts): change them together.
 */
export const popupMessages = defineMessages(
  {
    popupNavLabel: 'ClaimKit pages',
    popupOpenLocker: 'Evidence locker',
    popupOpenOptions: 'Options',

    // Deadline panel
    popupDeadlineIn: '{label} in {left}',
    popupDeadlineInParens: '(in {left})',
    popupDeadlinePassed: '(passed)',
    popupDeadlinesAllPassed: 'All known deadlines have passed',
    popupDeadlinesAll: 'All deadlines ({count})',
    popupDeadlinesFinalWord: 'The marketplace’s own page is the final word on its deadlines.',
    popupConfidence_page: 'read from the page',
    popupConfidence_documented: 'platform rule',
    popupConfidence_reported: 'commonly reported rule',
    popupConfidence_unsure: 'unsure: check the platform’s page',
    popupLeftDays: { one: '{n} day', other: '{n} days' },
    popupLeftHours: { one: '{n} hour', other: '{n} hours' },
    popupLeftMinutes: { one: '{n} minute', other: '{n} minutes' },
    popupSnooze: 'Remind me tomorrow',
    popupSnoozed: 'ClaimKit will remind you again on {when}.',
    popupRemindersOff: 'Reminders are off: ClaimKit can’t notify you before a deadline.',
    popupRemindersTurnOn: 'Turn on reminders',

    // Evidence
    popupEvidenceHeading: 'Evidence ({count})',
    popupEvidenceEmpty: 'No evidence yet. Capture the order page now: it shows what you bought and what you paid.',
    popupEvidenceItems: 'Evidence items',
    popupEvidenceSaved: 'Saved: {kind}',
    popupEvidenceSavedSize: 'Saved: {kind}, {width}×{height} px',
    popupEvidenceLowSpace:
      'Storage is nearly full: after adding {adding} about {left} of {quota} would be left. Export and delete old cases first, or add anyway. If the browser refuses, nothing you already saved is lost.',
    popupCaptureVisible: 'Capture visible area',
    popupCapturingVisible: 'Capturing…',
    popupCaptureFull: 'Capture full page',
    popupCapturingFull: 'Capturing the whole page…',
    popupCaptureOrderBlock: 'Capture the order block',
    popupCapturingOrderBlock: 'Capturing the order…',
    popupCaptureElement: 'Capture one block',
    popupCapturingElement: 'Click the block on the page…',
    popupCaptureSnapshot: 'Save this page',
    popupCapturingSnapshot: 'Saving the page…',
    'popupKind_screenshot-visible': 'Screenshot (visible area, pixel-exact)',
    'popupKind_screenshot-full-stitched': 'Screenshot (full page, pixel-exact)',
    'popupKind_screenshot-full-rendered': 'Screenshot (full page, re-drawn)',
    'popupKind_screenshot-element': 'Screenshot (one block)',
    popupKind_image: 'Image',
    popupKind_quote: 'Quote',
    popupKind_link: 'Link',
    popupKind_file: 'Your file',
    'popupKind_page-snapshot': 'Page snapshot',
    popupSizeKilobytes: '{size} KB',
    popupSizeMegabytes: '{size} MB',
    popupSizeGigabytes: '{size} GB',

    // Pages ClaimKit cannot read
    popupReadPage: 'Read this page',
    popupReadingPage: 'Reading…',
    popupReadPageNothing: 'No order number found on this page. Select it on the page and right-click “Use as order number”, or type it below.',
    popupManualNeedOrderId: 'Enter the order number',
    popupManualBadAmount: 'Type the amount like {example}',
    popupManualCheckForm: 'Check the form',

    // Pasting a draft on a dispute or chat page
    popupPasteTitle: 'Paste a complaint you wrote',
    popupPasteHint: 'Click into the text box of the dispute or chat form on this page first.',
    popupPasteFor: 'Complaint for',
    popupPasteChoice: { one: 'Order {orderId} ({n} character)', other: 'Order {orderId} ({n} characters)' },

    // Shared components
    popupCopyWhat: 'Copy {what}',
  },
  {
    popupNavLabel: 'Страницы ClaimKit',
    popupOpenLocker: 'Хранилище доказательств',
    popupOpenOptions: 'Настройки',

    popupDeadlineIn: '{label} через {left}',
    popupDeadlineInParens: '(через {left})',
    popupDeadlinePassed: '(срок прошёл)',
    popupDeadlinesAllPassed: 'Все известные сроки уже прошли',
    popupDeadlinesAll: 'Все сроки ({count})',
    popupDeadlinesFinalWord: 'Окончательные сроки — те, что указаны на странице самой площадки.',
    popupConfidence_page: 'прочитано на странице',
    popupConfidence_documented: 'правило площадки',
    popupConfidence_reported: 'правило по опыту покупателей',
    popupConfidence_unsure: 'неточно: сверьтесь со страницей площадки',
    popupLeftDays: { one: '{n} день', few: '{n} дня', many: '{n} дней', other: '{n} дня' },
    popupLeftHours: { one: '{n} час', few: '{n} часа', many: '{n} часов', other: '{n} часа' },
    popupLeftMinutes: { one: '{n} минуту', few: '{n} минуты', many: '{n} минут', other: '{n} минуты' },
    popupSnooze: 'Напомнить завтра',
    popupSnoozed: 'ClaimKit напомнит ещё раз: {when}.',
    popupRemindersOff: 'Напоминания выключены: ClaimKit не сможет предупредить вас перед сроком.',
    popupRemindersTurnOn: 'Включить напоминания',

    popupEvidenceHeading: 'Доказательства ({count})',
    popupEvidenceEmpty: 'Доказательств пока нет. Сохраните снимок страницы заказа сейчас: на ней видно, что вы купили и сколько заплатили.',
    popupEvidenceItems: 'Сохранённые доказательства',
    popupEvidenceSaved: 'Сохранено: {kind}',
    popupEvidenceSavedSize: 'Сохранено: {kind}, {width}×{height} пикс.',
    popupEvidenceLowSpace:
      'Место почти закончилось: после добавления {adding} останется около {left} из {quota}. Можно сначала экспортировать и удалить старые дела — или всё равно сохранить. Если браузер откажет в сохранении, ничего из уже сохранённого не пропадёт.',
    popupCaptureVisible: 'Снимок видимой части',
    popupCapturingVisible: 'Сохраняю снимок…',
    popupCaptureFull: 'Снимок всей страницы',
    popupCapturingFull: 'Снимаю всю страницу…',
    popupCaptureOrderBlock: 'Снимок блока заказа',
    popupCapturingOrderBlock: 'Снимаю заказ…',
    popupCaptureElement: 'Снимок одного блока',
    popupCapturingElement: 'Нажмите на нужный блок на странице…',
    popupCaptureSnapshot: 'Сохранить эту страницу',
    popupCapturingSnapshot: 'Сохраняю страницу…',
    'popupKind_screenshot-visible': 'Снимок экрана (видимая часть, пиксель в пиксель)',
    'popupKind_screenshot-full-stitched': 'Снимок экрана (вся страница, пиксель в пиксель)',
    'popupKind_screenshot-full-rendered': 'Снимок экрана (вся страница, перерисованная)',
    'popupKind_screenshot-element': 'Снимок экрана (один блок)',
    popupKind_image: 'Изображение',
    popupKind_quote: 'Цитата',
    popupKind_link: 'Ссылка',
    popupKind_file: 'Ваш файл',
    'popupKind_page-snapshot': 'Копия страницы',
    popupSizeKilobytes: '{size} КБ',
    popupSizeMegabytes: '{size} МБ',
    popupSizeGigabytes: '{size} ГБ',

    popupReadPage: 'Прочитать эту страницу',
    popupReadingPage: 'Читаю…',
    // The menu item's own Russian title (src/model/menu.ts).
    popupReadPageNothing:
      'Номер заказа на этой странице не найден. Выделите его на странице, щёлкните правой кнопкой мыши и выберите «Использовать как номер заказа» — или введите номер ниже.',
    popupManualNeedOrderId: 'Введите номер заказа',
    popupManualBadAmount: 'Введите сумму в виде {example}',
    popupManualCheckForm: 'Проверьте форму',

    popupPasteTitle: 'Вставить написанную претензию',
    popupPasteHint: 'Сначала щёлкните в текстовое поле формы спора или чата на этой странице.',
    popupPasteFor: 'Претензия',
    popupPasteChoice: {
      one: 'Заказ {orderId} ({n} символ)',
      few: 'Заказ {orderId} ({n} символа)',
      many: 'Заказ {orderId} ({n} символов)',
      other: 'Заказ {orderId} ({n} символа)',
    },

    popupCopyWhat: 'Копировать: {what}',
  },
);
