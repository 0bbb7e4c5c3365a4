import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { NotifiedWorker, OutboxWriter, pgClientConfig } from '#messaging';
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

/**
 * Sends queued e-mail right after the transaction that queued it commits (woken by LISTEN/NOTIFY,
 * with a slow poll as a safety net and for retries). A row is locked while it is sent, so several
 * instances never send the same message; failures are retried with backoff, then marked failed.
 */
@Injectable()
export class MailDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MailDispatcher.name);
  private transporter?: Transporter;
  private readonly worker: NotifiedWorker;

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
    this.transporter = nodemailer.createTransport({ url: this.settings.smtpUrl, pool: true, maxConnections: SMTP_CONNECTIONS });
    await this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.stop();
    this.transporter?.close();
  }

  private sendBatch(): Promise<number> {
    return this.unitOfWork.run(async () => {
      const due = await this.notifications.claimDueEmail(BATCH_SIZE);
      // Sent side by side over the pool; the outcomes are then written one by one in this transaction.
      const outcomes = await Promise.all(
        due.map(async (notification) => {
          const error = await this.deliver(notification);
          return { notification, error, settledAt: new Date() };
        }),
      );
      for (const outcome of outcomes) {
        const context = {
          correlationId: outcome.notification.correlationId ?? currentCorrelationId(),
          causationId: outcome.notification.causeEventId,
        };
        await runWithContext(context, () => this.record(outcome));
      }
      return due.length;
    });
  }

  /** Hands one message to the SMTP server; the error message when it was not accepted. */
  private async deliver(notification: NotificationEntity): Promise<string | null> {
    try {
      await this.transporter!.sendMail({
        from: this.settings.mailFrom,
        to: notification.recipient,
        subject: notification.subject,
        text: notification.body,
        // A stable id lets mail clients drop a copy sent twice after a crash between send and commit.
        messageId: `<${notification.id}@samenleven.vlaanderen.example>`,
      });
      return null;
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
  }

  private async record({
    notification,
    error,
    settledAt,
  }: {
    notification: NotificationEntity;
    error: string | null;
    settledAt: Date;
  }): Promise<void> {
    const attempts = notification.attempts + 1;
    if (error === null) {
      await this.notifications.recordAttempt(notification.id, { status: 'sent', attempts, sentAt: settledAt, lastError: null });
      await announceDelivery(this.outbox, notification);
      return;
    }
    const failed = attempts >= MAX_ATTEMPTS;
    this.logger.warn(`e-mail ${notification.id} to ${notification.recipient} failed (attempt ${attempts}): ${error}`);
    await this.notifications.recordAttempt(notification.id, {
      status: failed ? 'failed' : 'pending',
      attempts,
      lastError: error,
      nextAttemptAt: new Date(Date.now() + 2 ** attempts * 1000),
    });
  }
}
