import { browser } from 'wxt/browser';

/** An alarm as the reminder planner sees it (core's ExistingAlarm has this shape; platform may not import core). */
export interface ScheduledAlarm {
  name: string;
  scheduledTime: number;
}

/** browser.alarms behind the three verbs the reminder service needs. */
export const alarms = {
  async getAll(): Promise<ScheduledAlarm[]> {
    return (await browser.alarms.getAll()).map((a) => ({ name: a.name, scheduledTime: a.scheduledTime }));
  },
  async create(name: string, when: number): Promise<void> {
    await browser.alarms.create(name, { when });
  },
  async clear(name: string): Promise<void> {
    await browser.alarms.clear(name);
  },
};
