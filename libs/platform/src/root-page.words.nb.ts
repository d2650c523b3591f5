import { StartPageWordKey } from './root-page.words.en';

/** Startsiden på norsk bokmål, slik en ansatt i Kriminalomsorgen leser den. */
export const NB_START_PAGE: Readonly<Record<StartPageWordKey, string>> = {
  language: 'Språk',
  lead: 'Hendelser, tiltakskort, beredskap, risikovurderinger og tvangsmidler: hver endring lagres som en registrering som aldri endres.',
  'pages.heading': 'Sider',
  'coordinator.link': 'Krisekoordinator',
  'coordinator.text': 'Krisekoordinatorens tiltakskorttavle: forløp, trinn og frister, oppdatert fortløpende.',
  'crisis.link': 'Beredskapstavle',
  'crisis.text': 'Aktiveringer (reelle eller øvelser), beslutnings- og kommunikasjonslogg, og hvor langt tiltakskortene har kommet.',
  'audit.link': 'Gå gjennom en sak (revisorer)',
  'audit.text':
    'Spill av en sak med en tidslinjeglider: hva som var kjent, hvem som gjorde hva og på hvilket grunnlag, og hvem som har lest den; saksmappen og siste kontrollpunkt.',
  'accessLog.link': 'Tilgangslogg (revisorer)',
  'accessLog.text': 'Hvem som har lest hvilken sak, i hvilken visning, når, og med hvilke roller og hvilken enhet.',
  'statistics.link': 'Statistikk (sikkerhetspartnerskapet)',
  'statistics.text': 'Vold og trusler år for år målt mot målene i planen, sene registreringer, rettelser og begrunnelsene for dem, publiserte tall.',
  'learning.link': 'Læringsgjennomganger (sikkerhetspartnerskapet)',
  'learning.text': 'Gjennomganger av hendelser og kriser: tidslinjen, funn og medvirkende faktorer, oppfølgingstiltak, tiltakskatalogen og temaer over tid.',
  'authoring.link': 'Tiltakskort og beredskapsplaner (administratorer)',
  'authoring.text': 'Skriv utkast, forhåndsvis, sammenlign, publiser og fas ut tiltakskort og planer.',
  'pages.session':
    'Sidene ber deg logge inn og viser deretter øverst hvem du er (ansattreferanse, rolle, enhet), med en knapp for å logge ut. Innloggingen varer arbeidsdagen; sidene lagrer den i en HttpOnly-informasjonskapsel som bare viser til en økt som lagres på serveren.',
  'signIn.heading': 'Innlogging',
  'signIn.organisation':
    'Du logger inn med kontoen din i virksomheten, hos innloggingstjenesten Vigil er satt opp med (<code>{issuer}</code>). Hva du får se og gjøre, følger av rollen og enheten tjenesten gir deg.',
  'signIn.demo':
    'Denne Vigil kjører sin egen <strong>demo-innloggingstjeneste</strong> (under <code>/oidc</code>), fordi ingen innloggingstjeneste er satt opp (<code>VIGIL_OIDC_ISSUER</code>). Det finnes ingen passord: du velger en av {count} demokontoer, én for hver rolle, for eksempel koordinatoren for Syddanmark eller krisestabslederen. Vil du være en annen, logger du ut (øverst på hver side) og logger inn igjen. En ekte installasjon oppgir virksomhetens egen tjeneste i <code>VIGIL_OIDC_ISSUER</code>.',
  'api.heading': 'API-et',
  'api.intro':
    'Hver forespørsel til API-et kommer fra en person som er logget inn: sidene sender økten sin, andre klienter et tilgangstoken fra innloggingstjenesten (<code>Authorization: Bearer …</code>); uten det er svaret 401. Åpne API-et gjennom dokumentasjonen:',
  'api.docs.link': 'API-dokumentasjon',
  'api.docs.json': 'OpenAPI som JSON',
  'api.docs.text':
    'Trykk på <strong>Authorize</strong>, deretter på <strong>Authorize</strong> under <em>oidc</em>, og logg inn; trykk så på <strong>Try it out</strong> ved hvilken som helst operasjon.',
  'api.incidents.link': 'Hendelsesliste',
  'api.incidents.text':
    '<code>GET /incidents?area=hovedstaden&amp;kind=violence</code>; fra en terminal, med tokenet API-dokumentasjonen viser når du er logget inn:',
  'operators.heading': 'For drift',
  'health.link': 'Tilstand',
  'health.text': 'Om databasen og registreringslageret svarer.',
  'metrics.link': 'Målinger',
  'metrics.text': 'Prometheus-tekst: svartider, hvor langt visningene henger etter, databasetilkoblinger.',
};
