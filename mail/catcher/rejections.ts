// Recipients the mail catcher currently refuses with a temporary failure. Tests use this to
// hold one e-mail back (the sender sees a 451 and retries) and then release it.

export class RecipientRejections {
  private readonly addresses = new Set<string>();

  // Mailbox comparison is case-insensitive in practice; no real system relies on case.
  private static key(address: string): string {
    return address.trim().toLowerCase();
  }

  add(address: string): void {
    this.addresses.add(RecipientRejections.key(address));
  }

  delete(address: string): void {
    this.addresses.delete(RecipientRejections.key(address));
  }

  clear(): void {
    this.addresses.clear();
  }

  has(address: string): boolean {
    return this.addresses.has(RecipientRejections.key(address));
  }

  list(): string[] {
    return [...this.addresses];
  }
}
