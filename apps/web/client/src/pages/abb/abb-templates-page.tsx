import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useQuery } from '@tanstack/react-query';
import { dataOf, notifications } from '../../api/clients';
import type { components } from '../../api/generated/notifications';
import { Button } from '../../components/button';
import { TextArea } from '../../components/text-area';
import { TextField } from '../../components/text-field';
import { formatDateTime } from '../../format';
import { Done, ErrorNotice, useAction } from './abb-shared';
import { KIND_NAMES, TEMPLATE_KINDS, type TemplateKind } from './template-kinds';

type Template = components['schemas']['TemplateResponse'];
type Rendered = components['schemas']['RenderedNoticeResponse'];

/** The preview of a message: its subject, the plain text, and the HTML in a sandboxed frame (no scripts, no same origin). */
const Preview = ({ rendered }: { rendered: Rendered }) => (
  <section aria-labelledby="voorbeeld" className="vl-preview">
    <h2 id="voorbeeld">Voorbeeld</h2>
    <p>
      <strong>Onderwerp:</strong> {rendered.subject}
    </p>
    <h3>Tekstversie</h3>
    <pre className="vl-preview__text">{rendered.text}</pre>
    <h3>HTML-versie</h3>
    <iframe title="Voorbeeld van de HTML-versie" sandbox="" srcDoc={rendered.html} className="vl-preview__frame" />
  </section>
);

const TemplateEditor = ({ template }: { template: Template }) => {
  const { kind } = template;
  const [subject, setSubject] = useState(template.subject);
  const [text, setText] = useState(template.text);
  const [html, setHtml] = useState(template.html);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const path = { params: { path: { kind } } };
  const preview = useAction(() => dataOf(notifications.POST('/templates/{kind}/preview', { ...path, body: { subject, text, html } })), []);
  const save = useAction(
    () => dataOf(notifications.PUT('/templates/{kind}', { ...path, body: { subject, text, html, reason } })),
    ['templates'],
  );
  const reset = useAction(() => dataOf(notifications.POST('/templates/{kind}/reset', { ...path, body: { reason } })), ['templates']);
  const revisions = useQuery({
    queryKey: ['templates', kind, 'revisions'],
    queryFn: () => dataOf(notifications.GET('/templates/{kind}/revisions', path)),
  });
  const needReason = (then: () => void) => () => {
    if (reason.trim() === '') return setProblem('Geef een reden voor de wijziging: ze wordt bij de versie bewaard.');
    setProblem(null);
    then();
  };
  const shown = preview.data ?? save.data?.preview ?? reset.data?.preview;
  return (
    <>
      <p>
        Voor: {template.audience === 'abb' ? 'ABB' : 'lokale besturen'}. Versie {template.revision}
        {template.edited ? ', aangepast' : ', zoals geleverd'}. Variabelen:{' '}
        {template.variables.map((variable) => (
          <code key={variable}>{`{{${variable}}}`} </code>
        ))}
      </p>
      <div className="vl-two-columns">
        <div>
          <TextField label="Onderwerp" value={subject} onChange={setSubject} isRequired />
          <TextArea label="Tekst" value={text} onChange={setText} rows={10} isRequired />
          <TextArea label="HTML" value={html} onChange={setHtml} rows={10} isRequired />
          <TextField
            label="Reden van de wijziging"
            description="Nodig om te bewaren of terug te zetten"
            value={reason}
            onChange={setReason}
          />
          <div className="vl-actions">
            <Button variant="secondary" onPress={() => preview.mutate(undefined)} isDisabled={preview.isPending}>
              Voorbeeld tonen
            </Button>
            <Button onPress={needReason(() => save.mutate(undefined))} isDisabled={save.isPending}>
              Bewaren
            </Button>
            <Button variant="secondary" onPress={needReason(() => reset.mutate(undefined))} isDisabled={reset.isPending}>
              Terugzetten naar de geleverde tekst
            </Button>
          </div>
          {problem === null ? null : (
            <p role="alert" className="vl-alert">
              {problem}
            </p>
          )}
          <ErrorNotice error={preview.error ?? save.error ?? reset.error} />
          {save.isSuccess ? <Done>Bewaard als versie {save.data.template.revision}; de nieuwe tekst geldt meteen.</Done> : null}
          {reset.isSuccess ? <Done>Teruggezet naar de geleverde tekst (versie {reset.data.template.revision}).</Done> : null}
        </div>
        <div>{shown ? <Preview rendered={shown} /> : <p className="vl-hint">Kies „Voorbeeld tonen” om het bericht te zien.</p>}</div>
      </div>
      <section aria-labelledby="versies">
        <h2 id="versies">Versies</h2>
        <ErrorNotice error={revisions.error} />
        {(revisions.data ?? []).length === 0 ? (
          <p className="vl-hint">Nog nooit aangepast.</p>
        ) : (
          <ol>
            {revisions.data!.map((revision) => (
              <li key={revision.revision}>
                Versie {revision.revision}, {formatDateTime(revision.changedAt)} door {revision.changedBy}: {revision.reason}
                {revision.templates === null || revision.templates === undefined ? ' (geleverde tekst)' : ''}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
};

/** The texts of the notifications, per kind: edit with a preview filled with the kind's example, every revision kept. */
export const AbbTemplatesPage = ({ kind }: { kind: TemplateKind }) => {
  const template = useQuery({
    queryKey: ['templates', kind],
    queryFn: () => dataOf(notifications.GET('/templates/{kind}', { params: { path: { kind } } })),
  });
  return (
    <>
      <h1>Sjablonen van berichten</h1>
      <nav aria-label="Soort bericht" className="vl-tabs">
        {TEMPLATE_KINDS.map((candidate) => (
          <Link
            key={candidate}
            to="/abb/sjablonen"
            search={{ soort: candidate }}
            className="vl-tabs__tab"
            aria-current={candidate === kind ? 'page' : undefined}
          >
            {KIND_NAMES[candidate]}
          </Link>
        ))}
      </nav>
      <h2>{KIND_NAMES[kind]}</h2>
      <ErrorNotice error={template.error} />
      {template.data ? <TemplateEditor key={kind} template={template.data} /> : <p>Sjabloon laden…</p>}
    </>
  );
};
