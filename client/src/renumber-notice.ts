/** What the renumber command tells the drafter about the server's reply (no vscode import: unit-tested). */
import type { RenumberReply } from '../../server/src/protocol';

export type RenumberNotice =
  | { kind: 'failed'; reason: string }
  /** Not applied and no reason: the drafter discarded the refactor preview. Nothing to tell them. */
  | { kind: 'discarded' }
  | { kind: 'unchanged' }
  /** `summary` is '' when only items or references changed (the mapping lists 编 to 条 only). */
  | { kind: 'renumbered'; summary: string; changed: number };

export function renumberNotice(reply: RenumberReply): RenumberNotice {
  if (!reply.applied) return reply.reason ? { kind: 'failed', reason: reply.reason } : { kind: 'discarded' };
  if (reply.changed === 0) return { kind: 'unchanged' };
  return { kind: 'renumbered', summary: reply.summary ?? '', changed: reply.changed };
}
