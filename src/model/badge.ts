/** What the toolbar badge shows for a tab; null clears it. */
export interface BadgeState {
  /** Days left ("4"), "!" under 24 hours, "✓" for an order read with no deadline known. */
  text: string;
  urgency: 'passed' | 'critical' | 'soon' | 'later' | 'none';
  /** The tooltip: says in words what the text and colour say. */
  title: string;
}
