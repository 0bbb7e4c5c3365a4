/** The accessibility statement (toegankelijkheidsverklaring) the Flemish government asks of every website. */
export const AccessibilityPage = () => (
  <>
    <h1>Toegankelijkheidsverklaring</h1>
    <p>
      Het Agentschap Binnenlands Bestuur wil dat iedereen de toepassing Plan Samenleven kan gebruiken. We streven naar de
      toegankelijkheidsnormen WCAG 2.1 niveau AA.
    </p>
    <h2>Hoe we dat nagaan</h2>
    <ul>
      <li>Bij elke wijziging controleren geautomatiseerde tests in een echte browser elke pagina met axe op toegankelijkheidsfouten.</li>
      <li>Alle handelingen werken met het toetsenbord; de focus is altijd zichtbaar.</li>
      <li>Naast elke grafiek staat een tabel met dezelfde cijfers.</li>
    </ul>
    <h2>Wat nog niet toegankelijk is</h2>
    <p>
      De toepassing is in opbouw. Nog niet alle pagina&apos;s bestaan; de pagina&apos;s die er zijn, zijn nog niet door mensen met een
      beperking getest. Een volledige audit volgt.
    </p>
    <h2>Contact</h2>
    <p>
      Loop je tegen een probleem aan? Meld het aan het Agentschap Binnenlands Bestuur via{' '}
      <a href="mailto:samenleven@vlaanderen.example">samenleven@vlaanderen.example</a>. We antwoorden binnen vijf werkdagen.
    </p>
    <p>Deze verklaring is opgesteld op 3 december 2026.</p>
  </>
);
