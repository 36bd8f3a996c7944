// Recipients the mail catcher currently refuses. Tests use this to hold one e-mail back (451: a
// temporary failure, the sender retries) and then release it, or to refuse it for good (a 5xx
// such as 550: the sender must give up).

export class RecipientRejections {
  private readonly addresses = new Map<string, number>();

  // Mailbox comparison is case-insensitive in practice; no real system relies on case.
  private static key(address: string): string {
    return address.trim().toLowerCase();
  }

  add(address: string, code = 451): void {
    this.addresses.set(RecipientRejections.key(address), code);
  }

  delete(address: string): void {
    this.addresses.delete(RecipientRejections.key(address));
  }

  clear(): void {
    this.addresses.clear();
  }

  /** The SMTP reply code this recipient is refused with, if any. */
  codeFor(address: string): number | undefined {
    return this.addresses.get(RecipientRejections.key(address));
  }

  has(address: string): boolean {
    return this.addresses.has(RecipientRejections.key(address));
  }

  list(): string[] {
    return [...this.addresses.keys()];
  }
}
