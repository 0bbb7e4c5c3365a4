import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { RuleViolation } from '#domain';
import { runWithContext } from '#observability';
import { startUseCasesUnderTest, type UseCasesUnderTest } from '#testing';
import { ChangeTemplateHandler } from '../src/application/change-template/change-template.handler.js';
import { ListTemplatesHandler } from '../src/application/list-templates/list-templates.handler.js';
import { PreviewTemplateHandler } from '../src/application/preview-template/preview-template.handler.js';
import { RecordContactsHandler } from '../src/application/record-contacts/record-contacts.handler.js';
import { SignalPeriodStatusHandler } from '../src/application/signal-period-status/signal-period-status.handler.js';
import { TemplateStore } from '../src/infrastructure/template-store.js';
import { notificationsManifest } from '../src/notifications.manifest.js';
import { registration, testSummary } from './notice-payloads.js';

const ABB_USER = { subject: 'abb-user-17', role: 'abb', organisationCode: 'OVO002949' };
const SHIPPED_SUBJECT = 'Plan Samenleven: A05 blijft achter op schema';

/** ABB changes the message templates: checked before kept, in force at once, on another instance after a refresh. */
describe('message templates edited by ABB, on a real database', () => {
  let notifications: UseCasesUnderTest;
  let secondInstance: UseCasesUnderTest;
  let changeTemplate: ChangeTemplateHandler;

  const change = (subject: string, reason = 'Kortere onderwerpregel') =>
    notifications.as(ABB_USER, async () => {
      const shipped = notifications.get(TemplateStore).shipped('lagging');
      return changeTemplate.execute({ kind: 'lagging', templates: { ...shipped, 'subject.txt': subject }, reason });
    });
  /** The subjects of the messages a lagging signal to Gent gives on an instance. */
  const subjectsOfSignal = async (instance: UseCasesUnderTest): Promise<string[]> => {
    const cause = randomUUID();
    // A government hears of a period once unless it gets worse: each signal here is a first.
    await instance.query('TRUNCATE lagging_signal');
    await runWithContext({ correlationId: `c-${cause}`, causationId: cause }, () =>
      instance.get(SignalPeriodStatusHandler).execute({ causeEventId: cause, summary: testSummary('44021', { lagging: { A05: 600 } }) }),
    );
    const rows = await instance.query<{ subject: string }>('SELECT DISTINCT subject FROM notification WHERE cause_event_id = $1', [cause]);
    return rows.map((row) => row.subject);
  };

  beforeAll(async () => {
    notifications = await startUseCasesUnderTest({ manifest: notificationsManifest, label: 'notice_templates_db' });
    secondInstance = await startUseCasesUnderTest({
      manifest: notificationsManifest,
      label: 'notice_templates_db_2',
      sharedDatabaseUrl: notifications.databaseUrl,
    });
    changeTemplate = notifications.get(ChangeTemplateHandler);
  });

  afterAll(async () => {
    await secondInstance?.stop();
    await notifications?.stop();
  });

  beforeEach(async () => {
    await notifications.query('TRUNCATE notice_template_revision, notification, government_contact, lagging_signal, audit_log, outbox');
    await notifications.get(TemplateStore).refresh();
    await secondInstance.get(TemplateStore).refresh();
    await notifications.get(RecordContactsHandler).execute(registration('44021', 'Stad Gent', ['samenleven@gent.example']));
  });

  it('puts a change in force at once, keeps it as a revision with its author and reason, and audits it', async () => {
    const changed = await change('Plan Samenleven: {{governmentName}} blijft achter bij {{subjectIndicators}}');
    expect(changed.preview.subject).toBe('Plan Samenleven: Stad Gent blijft achter bij A05');
    expect(changed.template).toEqual(expect.objectContaining({ kind: 'lagging', edited: true, revision: 1 }));
    expect(changed.template.variables).toEqual(expect.arrayContaining(['governmentName', 'lagging', 'periodName']));
    expect(await subjectsOfSignal(notifications)).toEqual(['Plan Samenleven: Stad Gent blijft achter bij A05']);

    const [revision] = await notifications.get(ListTemplatesHandler).history('lagging');
    expect(revision).toEqual(
      expect.objectContaining({ kind: 'lagging', revision: 1, reason: 'Kortere onderwerpregel', changedBy: 'abb-user-17' }),
    );
    expect(revision!.templates!['subject.txt']).toBe('Plan Samenleven: {{governmentName}} blijft achter bij {{subjectIndicators}}');
    const audit = await notifications.query<{ action: string; object_id: string; actor_subject: string }>(
      'SELECT action, object_id, actor_subject FROM audit_log',
    );
    expect(audit).toEqual([{ action: 'notice-template-changed', object_id: 'lagging', actor_subject: 'abb-user-17' }]);
  });

  it('refuses an edit that names an unknown variable or does not compile, keeping nothing', async () => {
    const refused = await change('Plan Samenleven: {{gemeente}} blijft achter').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(RuleViolation);
    expect((refused as RuleViolation).problems).toEqual([
      { field: 'subject', problem: expect.stringMatching(/^sjabloon onbruikbaar: lagging\.subject\.txt\.hbs: .*"gemeente" not defined/) },
    ]);
    await expect(change('Plan Samenleven: {{#if governmentName}}')).rejects.toThrow('lagging.subject.txt.hbs');
    expect(await notifications.count('notice_template_revision')).toBe(0);
    expect(await notifications.count('audit_log')).toBe(0);
    expect(await subjectsOfSignal(notifications)).toEqual([SHIPPED_SUBJECT]);
  });

  it('returns a kind to the shipped files as a revision of its own', async () => {
    await change('Plan Samenleven: achterstand');
    const reset = await notifications.as(ABB_USER, () =>
      changeTemplate.execute({ kind: 'lagging', templates: null, reason: 'Terug naar de standaardtekst' }),
    );
    expect(reset.template).toEqual(expect.objectContaining({ edited: false, revision: 2 }));
    expect(reset.preview.subject).toBe(SHIPPED_SUBJECT);
    expect(await subjectsOfSignal(notifications)).toEqual([SHIPPED_SUBJECT]);
    expect((await notifications.get(ListTemplatesHandler).history('lagging')).map((revision) => revision.templates === null)).toEqual([
      true,
      false,
    ]);
  });

  it('numbers two changes made at once one after the other', async () => {
    await Promise.all([change('Plan Samenleven: eerste'), change('Plan Samenleven: tweede')]);
    const revisions = await notifications.get(ListTemplatesHandler).history('lagging');
    expect(revisions.map((revision) => revision.revision)).toEqual([2, 1]);
  });

  it('is taken over by another instance when it reads the changes again', async () => {
    await change('Plan Samenleven: achterstand bij {{subjectIndicators}}');
    expect(await subjectsOfSignal(secondInstance)).toEqual([SHIPPED_SUBJECT]);
    expect(await secondInstance.get(TemplateStore).refresh()).toBe(true);
    expect(await secondInstance.get(TemplateStore).refresh()).toBe(false);
    expect(await subjectsOfSignal(secondInstance)).toEqual(['Plan Samenleven: achterstand bij A05']);
  });

  it('previews an edit without keeping it, and names an unknown kind', async () => {
    const preview = notifications.get(PreviewTemplateHandler);
    const shipped = notifications.get(TemplateStore).shipped('overdue');
    expect(preview.execute('overdue', { ...shipped, 'subject.txt': 'Te laat: {{periodName}}' }).subject).toBe(
      'Te laat: tussentijdse rapportering van projectjaar 1',
    );
    expect(preview.execute('overdue', null).subject).toMatch(/^Plan Samenleven: uw tussentijdse rapportering/);
    expect(() => preview.execute('gazette', null)).toThrow('no message kind gazette');
    expect(await notifications.count('notice_template_revision')).toBe(0);
  });
});
