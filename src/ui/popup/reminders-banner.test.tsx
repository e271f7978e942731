// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';

const permissions = vi.hoisted(() => ({ has: vi.fn<() => Promise<boolean>>(), request: vi.fn<() => Promise<boolean>>() }));
vi.mock('../../platform/permissions', () => ({
  hasNotificationPermission: permissions.has,
  requestNotificationPermission: permissions.request,
}));
const { RemindersBanner } = await import('./reminders-banner');

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let container: HTMLElement;

async function render() {
  container = document.createElement('div');
  document.body.append(container);
  await act(async () => createRoot(container).render(<RemindersBanner />));
}

afterEach(() => container.remove());

describe('RemindersBanner', () => {
  it('asks for the notification permission only when the user clicks "Turn on reminders", then disappears', async () => {
    permissions.has.mockResolvedValue(false);
    permissions.request.mockResolvedValue(true);
    await render();
    expect(container.textContent).toMatch(/Reminders are off/);
    expect(permissions.request).not.toHaveBeenCalled();
    await act(async () => container.querySelector('button')!.click());
    expect(permissions.request).toHaveBeenCalledOnce();
    expect(container.textContent).toBe('');
  });

  it('stays when the user refuses, and shows nothing when reminders are already allowed', async () => {
    permissions.has.mockResolvedValue(false);
    permissions.request.mockResolvedValue(false);
    await render();
    await act(async () => container.querySelector('button')!.click());
    expect(container.textContent).toMatch(/Reminders are off/);
    container.remove();
    permissions.has.mockResolvedValue(true);
    await render();
    expect(container.textContent).toBe('');
  });
});
