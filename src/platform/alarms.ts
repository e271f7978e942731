import { browser } from 'wxt/browser';
import type { ExistingAlarm } from '../model/alarm';

/** browser.alarms behind the three verbs the reminder service needs. */
export const alarms = {
  async getAll(): Promise<ExistingAlarm[]> {
    return (await browser.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }));
  },
  async create(name: string, when: number): Promise<void> {
    await browser.alarms.create(name, { when });
  },
  async clear(name: string): Promise<void> {
    await browser.alarms.clear(name);
  },
};
