// The function injected into a marketplace tab by paste-into-page.ts with
// scripting.executeScript({ func }). It is serialised and run in the page: it must stay
// self-contained (no imports, no helpers outside its body, no closures over module values).

/** What happened in the page. `where` is a sentence fragment or a sentence a person can read. */
export interface PasteOutcome {
  pasted: boolean;
  where: string;
  /** The field's own maxlength, when the text was too long for it. */
  maxLength?: number;
  /** The focus is inside a frame: paste-into-page.ts retries in the frames. */
  inFrame?: boolean;
}

/**
 * Inserts `text` into the focused text field of the page (textarea, text input, or a
 * contenteditable area, also inside an open shadow root), at the cursor, replacing any selection.
 * With nothing focused, it fills the page's single visible, empty, writable textarea (a dispute or
 * chat form that has not been clicked yet); with none or several, it touches nothing and says why.
 *
 * Frameworks must see the change as typing: React tracks the value through the element's own
 * `value` property, so the text is set through the prototype's native setter and an `input` event
 * (then `change`) bubbles from the field; Vue's v-model and Angular listen to the same events. A
 * contenteditable area gets `document.execCommand('insertText')`, which the browser turns into real
 * beforeinput/input events, or else a text node and an InputEvent. A text longer than the field's
 * maxlength is refused rather than cut. `onlyFocused` (the retry in frames) never falls back to the
 * empty textarea. Never throws for a page it does not understand.
 */
export function insertTextInPage(text: string, onlyFocused = false): PasteOutcome {
  const textInputTypes = ['text', 'search', 'email', 'url', 'tel', ''];
  type Field = HTMLTextAreaElement | HTMLInputElement;
  const isField = (el: Element | null): el is Field =>
    el instanceof HTMLTextAreaElement || (el instanceof HTMLInputElement && textInputTypes.includes(el.type));
  const isEditable = (el: Element | null): el is HTMLElement => el instanceof HTMLElement && el.isContentEditable;
  const kindOf = (el: Element) => (el instanceof HTMLTextAreaElement ? 'text box' : el instanceof HTMLInputElement ? 'text field' : 'editable area');
  const nameOf = (el: Element): string => {
    const labelledBy = el.getAttribute('aria-labelledby');
    const byId = labelledBy ? labelledBy.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ') : '';
    const label = isField(el) ? (el.labels?.[0]?.textContent ?? '') : '';
    const raw = el.getAttribute('aria-label') || byId || label || el.getAttribute('placeholder') || '';
    const name = raw.replace(/\s+/g, ' ').trim();
    return name ? ` “${name.length > 60 ? `${name.slice(0, 59)}…` : name}”` : '';
  };
  const visible = (el: HTMLElement) => {
    if (typeof el.checkVisibility === 'function') return el.checkVisibility({ visibilityProperty: true });
    const style = getComputedStyle(el);
    return style.display !== 'none' && style.visibility !== 'hidden' && el.getClientRects().length > 0;
  };

  let focused = document.activeElement;
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement;
  if (focused?.localName === 'iframe' || focused?.localName === 'frame')
    return {
      pasted: false,
      inFrame: true,
      where: 'The focused field is inside a frame that ClaimKit cannot write into. Copy the complaint and paste it there with Ctrl+V.',
    };

  let target: Element;
  let place: string;
  if (isField(focused) || isEditable(focused)) {
    target = focused;
    place = 'the focused';
  } else if (onlyFocused) {
    return { pasted: false, where: '' };
  } else {
    const empty = [...document.querySelectorAll('textarea')].filter((t) => !t.disabled && !t.readOnly && t.value.trim() === '' && visible(t));
    const [only] = empty;
    if (!only || empty.length > 1)
      return {
        pasted: false,
        where:
          empty.length === 0
            ? 'No text field is focused on the page. Click into the form’s description or message box, then paste again.'
            : `No text field is focused, and the page has ${empty.length} empty text boxes. Click into the one for your complaint, then paste again.`,
      };
    target = only;
    place = 'the only empty';
  }
  const where = `${place} ${kindOf(target)}${nameOf(target)}`;

  if (isField(target)) {
    if (target.disabled || target.readOnly) return { pasted: false, where: `The focused ${kindOf(target)}${nameOf(target)} cannot be edited.` };
    const start = target.selectionStart ?? target.value.length;
    const end = target.selectionEnd ?? start;
    const value = target.value.slice(0, start) + text + target.value.slice(end);
    if (target.maxLength > 0 && value.length > target.maxLength)
      return {
        pasted: false,
        maxLength: target.maxLength,
        where: `The ${kindOf(target)}${nameOf(target)} takes at most ${target.maxLength} characters, and this text would make it ${value.length}. Use the short version, or shorten your description.`,
      };
    const proto = target instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    // eslint-disable-next-line @typescript-eslint/unbound-method -- called with .call(target) below
    const setValue = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
    target.focus();
    // The prototype's setter, not `target.value =`: React's value tracker is a `value` property on
    // the element itself, and a change made through it is swallowed (the form's state never sees the
    // text). executeScript's isolated world cannot see the page's own properties, so there both
    // ways reach the native setter; this one also holds in the page's world (world: 'MAIN', or the
    // unit test). Either way it is the bubbling input event that makes React read the new value
    // (tests/e2e/complaint.e2e.ts fails without it).
    if (setValue) setValue.call(target, value);
    else target.value = value;
    try {
      target.setSelectionRange(start + text.length, start + text.length);
    } catch {
      // e-mail inputs have no selection API; the text is in either way.
    }
    target.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
    target.dispatchEvent(new Event('change', { bubbles: true }));
    return { pasted: true, where };
  }

  const host = target as HTMLElement;
  host.focus();
  const selection = window.getSelection();
  if (selection && (selection.rangeCount === 0 || !host.contains(selection.anchorNode))) {
    const range = document.createRange();
    range.selectNodeContents(host);
    range.collapse(false);
    selection.removeAllRanges();
    selection.addRange(range);
  }
  const before = host.textContent;
  // execCommand is deprecated but still the only way to make the browser itself type into an
  // editor (Draft.js, Slate, ProseMirror listen to beforeinput); happy-dom and some pages lack it.
  const typed = 'execCommand' in document && document.execCommand('insertText', false, text) && host.textContent !== before;
  if (!typed) {
    const range = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
    const node = document.createTextNode(text);
    if (range) {
      range.deleteContents();
      range.insertNode(node);
      range.setStartAfter(node);
      range.collapse(true);
      selection?.removeAllRanges();
      selection?.addRange(range);
    } else host.append(node);
    host.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return { pasted: true, where };
}
