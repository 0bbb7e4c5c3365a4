import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { describeError, isUnavailableError, NotifiedWorker, OutboxWriter, pgClientConfig, unavailableDelay } from '#messaging';
import { currentCorrelationId, runWithContext } from '#observability';
import { UnitOfWork } from '#persistence';
import { announceDelivery } from './notification-delivery.js';
import { NotificationEntity } from './notification.entity.js';
import { NotificationRepository } from './notification.repository.js';
import { NOTIFICATIONS_SETTINGS, PENDING_MAIL_CHANNEL, type NotificationsSettings } from './notifications-settings.js';

const BATCH_SIZE = 20;
const MAX_ATTEMPTS = 6;
const FALLBACK_POLL_MS = 1000;
/** SMTP connections kept open and used at once: a burst of lagging reports must not wait in a queue of handshakes. */
const SMTP_CONNECTIONS = 5;
/** Bounds on one SMTP exchange, so a send always ends well within the claim timeout. */
const SMTP_TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };
/** How long an outcome is still retried once the service stops (the database away at that moment). */
const SHUTDOWN_GRACE_MS = 10_000;
/** Errors other than an unavailable database (a bug, say) are retried this often before the claim is left to time out. */
const RECORD_ATTEMPTS_ON_OTHER_ERRORS = 10;

interface Outcome {
  notification: NotificationEntity;
  error: string | null;
  settledAt: Date;
}

/**
 * Sends queued e-mail right after the transaction that queued it commits (woken by LISTEN/NOTIFY,
 * with a slow poll as a safety net and for retries). Each message is claimed ('sending') in a short
 * transaction of its own, handed to SMTP, and its outcome recorded in another transaction that is retried
 * until the database takes it: a dropped connection never turns an accepted message back into a due one.
 * Only a process that dies between the SMTP server's acceptance and that record leaves a claim behind; it is
 * taken over after MAIL_CLAIM_TIMEOUT_MS (5 minutes) and sent again with the same Message-ID. Failures are retried with
 * backoff, then marked failed.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private transporter?: Transporter;
  private readonly worker: NotifiedWorker;
  /** Names this dispatcher in the claims it takes. */
  private readonly dispatcherId = `${hostname()}/${process.pid}/${randomUUID().slice(0, 8)}`.slice(-100);
  private stopRetryingAt = Number.POSITIVE_INFINITY;

  constructor(
    dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly notifications: NotificationRepository,
    private readonly outbox: OutboxWriter,
    @Inject(NOTIFICATIONS_SETTINGS) private readonly settings: NotificationsSettings,
  ) {
    this.worker = new NotifiedWorker({
      name: 'mail dispatcher',
      connection: pgClientConfig(dataSource, 'samenleven-notifications-mail'),
      channel: PENDING_MAIL_CHANNEL,
      pollIntervalMs: FALLBACK_POLL_MS,
      work: () => this.sendBatch(),
      logger: this.logger,
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    this.transporter = nodemailer.createTransport({
      url: this.settings.smtpUrl,
      pool: true,
      maxConnections: SMTP_CONNECTIONS,
      ...SMTP_TIMEOUTS,
    });
    await this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopRetryingAt = Date.now() + SHUTDOWN_GRACE_MS;
    await this.worker.stop();
    this.transporter?.close();
  }

  private async sendBatch(): Promise<number> {
    // Committed before anything is sent: the claim survives whatever happens to the connection afterwards.
    const due = await this.unitOfWork.run(() =>
      this.notifications.claimDueEmail(BATCH_SIZE, this.dispatcherId, this.settings.claimTimeoutMs),
    );
    // Sent side by side over the pool; each outcome is recorded as soon as it is known.
    await Promise.all(
      due.map((notification) => {
        const context = { correlationId: notification.correlationId ?? currentCorrelationId(), causationId: notification.causeEventId };
        return runWithContext(context, async () => {
          const error = await this.deliver(notification);
          if (error !== null)
            this.logger.warn(`e-mail ${notification.id} to ${notification.recipient} failed (attempt ${notification.attempts}): ${error}`);
          await this.recordDurably({ notification, error, settledAt: new Date() });
        });
      }),
    );
    return due.length;
  }

  /** Hands one message to the SMTP server; the error message when it was not accepted. */
  private async deliver(notification: NotificationEntity): Promise<string | null> {
    try {
      await this.transporter!.sendMail({
        from: this.settings.mailFrom,
        to: notification.recipient,
        subject: notification.subject,
        text: notification.body,
        // Rendered from the kind's HTML template when queued; messages queued before HTML existed go as text only.
        ...(notification.html === null ? {} : { html: notification.html }),
        // A session's calendar invitation (.ics); rendered from the facts when the message was queued.
        ...(notification.attachments === null ? {} : { attachments: notification.attachments.map((file) => ({ ...file })) }),
        // Stable across sends: a copy sent again after a crash between acceptance and record carries the same id.
        messageId: `<${notification.id}@samenleven.vlaanderen.example>`,
      });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  /**
   * Records an outcome in a transaction of its own, retrying (never resending) while the database is away.
   * Gives up only when the service has stopped and the grace period is over, or after repeated errors that are
   * not an unavailable database; the claim then times out and the message goes again with the same Message-ID.
   */
  private async recordDurably(outcome: Outcome): Promise<void> {
    const { notification } = outcome;
    for (let attempt = 1; ; attempt += 1) {
      try {
        await this.unitOfWork.run(() => this.record(outcome));
        if (attempt > 1) this.logger.log(`outcome of e-mail ${notification.id} recorded after ${attempt} tries`);
        return;
      } catch (error) {
        const unavailable = isUnavailableError(error);
        const delay = unavailableDelay(attempt - 1);
        if (Date.now() + delay > this.stopRetryingAt || (!unavailable && attempt >= RECORD_ATTEMPTS_ON_OTHER_ERRORS)) {
          this.logger.error(
            `outcome of e-mail ${notification.id} not recorded (${describeError(error)}); ` +
              'it is sent again with the same Message-ID once its claim times out',
          );
          return;
        }
        if (attempt === 1 || attempt % 10 === 0)
          this.logger.warn(`outcome of e-mail ${notification.id} not recorded yet (${describeError(error)}); retrying, not resending`);
        await sleep(delay);
      }
    }
  }

  private async record({ notification, error, settledAt }: Outcome): Promise<void> {
    const { attempts } = notification;
    if (error === null) {
      // Announced only by the transaction that moves the claim to 'sent', so a retried record announces once.
      if (await this.notifications.recordOutcome(notification, { status: 'sent', sentAt: settledAt, lastError: null }))
        await announceDelivery(this.outbox, notification);
      return;
    }
    const failed = attempts >= MAX_ATTEMPTS;
    await this.notifications.recordOutcome(notification, {
      status: failed ? 'failed' : 'pending',
      lastError: error,
      nextAttemptAt: new Date(Date.now() + 2 ** attempts * 1000),
    });
  }
}
