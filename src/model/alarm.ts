/** A browser alarm as the reminder planner reads it: its name and when it fires (ms since the epoch). */
export interface ExistingAlarm {
  name: string;
  scheduledTime: number;
}
