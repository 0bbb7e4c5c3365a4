import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource, type EntityManager } from 'typeorm';
import { NotifiedWorker, OutboxWriter, pgClientConfig } from '#messaging';
import { currentCorrelationId, runWithContext } from '#observability';
import { announceDelivery } from './notification-delivery.js';
import { NotificationEntity } from './notification.entity.js';
import { NOTIFICATIONS_SETTINGS, PENDING_MAIL_CHANNEL, type NotificationsSettings } from './notifications-settings.js';

const BATCH_SIZE = 20;
const MAX_ATTEMPTS = 6;
const FALLBACK_POLL_MS = 1000;

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
    private readonly dataSource: DataSource,
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
    this.transporter = nodemailer.createTransport(this.settings.smtpUrl);
    await this.worker.start();
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker.stop();
    this.transporter?.close();
  }

  private sendBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const due = await manager
        .getRepository(NotificationEntity)
        .createQueryBuilder('notification')
        .where("notification.status = 'pending' AND notification.channel = 'email' AND notification.next_attempt_at <= now()")
        .orderBy('notification.next_attempt_at', 'ASC')
        .limit(BATCH_SIZE)
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .getMany();
      for (const notification of due)
        await runWithContext({ correlationId: notification.correlationId ?? currentCorrelationId(), causationId: notification.causeEventId }, () =>
          this.send(manager, notification),
        );
      return due.length;
    });
  }

  private async send(manager: EntityManager, notification: NotificationEntity): Promise<void> {
    const repository = manager.getRepository(NotificationEntity);
    const attempts = notification.attempts + 1;
    try {
      await this.transporter!.sendMail({
        from: this.settings.mailFrom,
        to: notification.recipient,
        subject: notification.subject,
        text: notification.body,
        // A stable id lets mail clients drop a copy sent twice after a crash between send and commit.
        messageId: `<${notification.id}@samenleven.vlaanderen.example>`,
      });
      await repository.update(notification.id, { status: 'sent', attempts, sentAt: new Date(), lastError: null });
      await announceDelivery(this.outbox, manager, notification);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const failed = attempts >= MAX_ATTEMPTS;
      this.logger.warn(`e-mail ${notification.id} to ${notification.recipient} failed (attempt ${attempts}): ${message}`);
      await repository.update(notification.id, {
        status: failed ? 'failed' : 'pending',
        attempts,
        lastError: message,
        nextAttemptAt: new Date(Date.now() + 2 ** attempts * 1000),
      });
    }
  }
}
