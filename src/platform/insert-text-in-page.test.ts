// @vitest-environment happy-dom
import { act, createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { insertTextInPage } from './insert-text-in-page';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const TEXT = 'Order 3052219904417382: item not as described.\nI request a full refund.';

afterEach(() => {
  document.body.replaceChildren();
});

function mount<T extends HTMLElement>(el: T): T {
  document.body.append(el);
  return el;
}

function textarea(attrs: Record<string, string> = {}): HTMLTextAreaElement {
  const el = document.createElement('textarea');
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  return mount(el);
}

/** Records the events a framework would listen to, at the document (they must bubble). */
function recordEvents() {
  const seen: { type: string; target: EventTarget | null; data?: string | null }[] = [];
  for (const type of ['input', 'change'])
    document.addEventListener(type, (e) => seen.push({ type, target: e.target, data: e instanceof InputEvent ? e.data : undefined }));
  return seen;
}

describe('insertTextInPage', () => {
  it('sets a focused textarea through the prototype’s native setter, not the element’s own, then fires input and change that bubble', () => {
    const field = textarea({ 'aria-label': 'Describe the problem' });
    field.focus();
    const native = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!;
    const nativeSet = vi.fn(function (this: HTMLTextAreaElement, v: string) {
      native.set!.call(this, v);
    });
    Object.defineProperty(HTMLTextAreaElement.prototype, 'value', { ...native, set: nativeSet });
    // React's value tracker lives on the element itself: a change made through it is swallowed.
    const trackerSet = vi.fn();
    Object.defineProperty(field, 'value', { configurable: true, get: () => native.get!.call(field) as string, set: trackerSet });
    const seen = recordEvents();
    try {
      expect(insertTextInPage(TEXT)).toEqual({ pasted: true, where: 'the focused text box “Describe the problem”' });
    } finally {
      Object.defineProperty(HTMLTextAreaElement.prototype, 'value', native);
    }
    expect(nativeSet).toHaveBeenCalledWith(TEXT);
    expect(trackerSet).not.toHaveBeenCalled();
    expect(field.value).toBe(TEXT);
    expect(seen.map((e) => e.type)).toEqual(['input', 'change']);
    expect(seen.every((e) => e.target === field)).toBe(true);
    expect(seen[0]!.data).toBe(TEXT);
  });

  it('updates a React-controlled textarea’s own state', async () => {
    function Form() {
      const [value, setValue] = useState('');
      return createElement(
        'form',
        null,
        createElement('textarea', { 'aria-label': 'Description', value, onChange: (e: { target: HTMLTextAreaElement }) => setValue(e.target.value) }),
        createElement('output', { id: 'mirror' }, `${value.length}:${value}`),
      );
    }
    const root = createRoot(mount(document.createElement('div')));
    await act(async () => root.render(createElement(Form)));
    document.querySelector('textarea')!.focus();
    await act(async () => void insertTextInPage(TEXT));
    expect(document.getElementById('mirror')!.textContent).toBe(`${TEXT.length}:${TEXT}`);
    await act(async () => root.unmount());
  });

  it('inserts at the cursor of a field that already has text, replacing the selection', () => {
    const field = textarea();
    field.value = 'Hello. XXX Thanks.';
    field.focus();
    field.setSelectionRange(7, 10);
    expect(insertTextInPage('My order.').pasted).toBe(true);
    expect(field.value).toBe('Hello. My order. Thanks.');
    expect(field.selectionStart).toBe(16);
  });

  it('names a text input by its label', () => {
    const label = mount(document.createElement('label'));
    label.textContent = 'Message to the seller ';
    const input = document.createElement('input');
    input.type = 'text';
    label.append(input);
    input.focus();
    expect(insertTextInPage('Hello')).toEqual({ pasted: true, where: 'the focused text field “Message to the seller”' });
    expect(input.value).toBe('Hello');
  });

  it('with nothing focused, fills the single visible empty textarea and leaves hidden and filled ones alone', () => {
    const filled = textarea();
    filled.value = 'draft of something else';
    const hidden = textarea({ style: 'display: none' });
    const target = textarea({ placeholder: 'Please describe the issue' });
    expect(insertTextInPage(TEXT)).toEqual({ pasted: true, where: 'the only empty text box “Please describe the issue”' });
    expect(target.value).toBe(TEXT);
    expect(hidden.value).toBe('');
    expect(filled.value).toBe('draft of something else');
  });

  it('with nothing focused and several empty textareas, touches nothing and says to click into one', () => {
    const a = textarea();
    const b = textarea();
    const outcome = insertTextInPage(TEXT);
    expect(outcome.pasted).toBe(false);
    expect(outcome.where).toMatch(/2 empty text boxes.*Click into the one/);
    expect([a.value, b.value]).toEqual(['', '']);
  });

  it('with no field at all, says where to click', () => {
    mount(document.createElement('button')).focus();
    expect(insertTextInPage(TEXT)).toEqual({ pasted: false, where: expect.stringMatching(/^No text field is focused/) });
  });

  it('refuses a text longer than the field’s maxlength instead of cutting it, and names the limit', () => {
    const field = textarea({ maxlength: '20' });
    field.focus();
    const seen = recordEvents();
    expect(insertTextInPage(TEXT)).toMatchObject({ pasted: false, maxLength: 20, where: expect.stringMatching(/at most 20 characters/) });
    expect(field.value).toBe('');
    expect(seen).toEqual([]);
  });

  it('refuses a read-only focused field', () => {
    const field = textarea({ readonly: '' });
    field.focus();
    expect(insertTextInPage(TEXT)).toMatchObject({ pasted: false, where: expect.stringMatching(/cannot be edited/) });
    expect(field.value).toBe('');
  });

  it('types into a focused contenteditable area at its end and fires an input event', () => {
    const editor = mount(document.createElement('div'));
    editor.contentEditable = 'true';
    editor.setAttribute('aria-label', 'Message');
    editor.textContent = 'Hi. ';
    editor.focus();
    const seen = recordEvents();
    expect(insertTextInPage('My order.')).toEqual({ pasted: true, where: 'the focused editable area “Message”' });
    expect(editor.textContent).toBe('Hi. My order.');
    expect(seen.map((e) => e.type)).toEqual(['input']);
  });

  it('says when the focus is inside a frame, and in a frame with nothing focused answers nothing', () => {
    // A <frame> stands in for an <iframe> here: happy-dom would try to load the iframe's page.
    const frame = mount(document.createElement('frame'));
    frame.tabIndex = 0;
    frame.focus();
    expect(insertTextInPage(TEXT)).toMatchObject({ pasted: false, inFrame: true });
    document.body.replaceChildren();
    textarea();
    expect(insertTextInPage(TEXT, true)).toEqual({ pasted: false, where: '' });
  });

  it('is self-contained: its source alone, as executeScript serialises it, still works', () => {
    const field = textarea();
    field.focus();
    // eslint-disable-next-line @typescript-eslint/no-implied-eval -- this is what executeScript does with `func`
    const rebuilt = (new Function(`return (${insertTextInPage.toString()})`) as () => typeof insertTextInPage)();
    expect(rebuilt('from source').pasted).toBe(true);
    expect(field.value).toBe('from source');
  });
});
