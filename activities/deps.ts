import type { Db } from '../data/prisma';
import type { RequestCatalog } from '../domain/request-kinds';
import type { MailSender } from '../mail/transport';

/** What the activities need from the outside world; the worker wires the real ones. */
export interface ActivityDeps {
  db: Db;
  mailer: MailSender;
  settings: {
    mailFrom: string;
    baMailbox: string;
    baDueWorkingDays: number;
    baReminderEveryWorkingDays: number;
  };
  /** The request kinds (domain/request-kinds); tests may add their own. */
  catalog?: RequestCatalog;
}
