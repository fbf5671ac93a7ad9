/**
 * The channel threads the bot takes part in (it answered a mention there), so that a reply in
 * such a thread is answered without a new mention, as people expect of a conversation. Kept in
 * memory, newest last, bounded: after a restart a thread needs one new mention.
 */
export class JoinedThreads {
  private readonly threads = new Set<string>();
  constructor(private readonly max = 5_000) {}

  join(channel: string, threadTs: string): void {
    const key = `${channel}:${threadTs}`;
    this.threads.delete(key);
    this.threads.add(key);
    if (this.threads.size > this.max) {
      const oldest = this.threads.values().next().value;
      if (oldest !== undefined) this.threads.delete(oldest);
    }
  }

  has(channel: string, threadTs: string): boolean {
    return this.threads.has(`${channel}:${threadTs}`);
  }
}
