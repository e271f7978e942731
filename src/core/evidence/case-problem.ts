/**
 * One thing that did not verify in an exported case: the file it concerns (its path in the ZIP)
 * and/or the custody-log line (its seq), and what is wrong, in words a person can act on.
 */
export interface CaseProblem {
  file?: string;
  line?: number;
  problem: string;
}
