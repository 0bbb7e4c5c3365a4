import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import pg from 'pg';
import { DataSource, type EntityManager } from 'typeorm';
import { notificationSentV1 } from '#contracts';
import { OutboxWriter } from '#messaging';
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
  private listener?: pg.Client;
  private timer?: NodeJS.Timeout;
  private draining?: Promise<void>;
  private wokenWhileDraining = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxWriter,
    @Inject(NOTIFICATIONS_SETTINGS) private readonly settings: NotificationsSettings,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.transporter = nodemailer.createTransport(this.settings.smtpUrl);
    this.listener = new pg.Client({ connectionString: this.settings.databaseUrl, application_name: 'samenleven-notifications-mail' });
    this.listener.on('error', (error) => this.logger.error(`mail listener connection failed: ${error.message}`));
    this.listener.on('notification', () => this.wake());
    await this.listener.connect();
    await this.listener.query(`LISTEN ${PENDING_MAIL_CHANNEL}`);
    this.timer = setInterval(() => this.wake(), FALLBACK_POLL_MS);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.draining;
    await this.listener?.end().catch(() => undefined);
    this.transporter?.close();
  }

  private wake(): void {
    if (this.stopped) return;
    if (this.draining) {
      this.wokenWhileDraining = true;
      return;
    }
    this.draining = this.drain()
      .catch((error: unknown) => this.logger.error(`mail dispatch failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        this.draining = undefined;
        if (this.wokenWhileDraining) {
          this.wokenWhileDraining = false;
          this.wake();
        }
      });
  }

  private async drain(): Promise<void> {
    while (!this.stopped && (await this.sendBatch()) > 0);
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
      for (const notification of due) await this.send(manager, notification);
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
      await this.outbox.append(manager, notificationSentV1, {
        key: notification.governmentCode,
        payload: {
          notificationId: notification.id,
          governmentCode: notification.governmentCode,
          channel: 'email',
          recipient: notification.recipient,
          template: notification.template,
          causeEventId: notification.causeEventId,
        },
      });
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
