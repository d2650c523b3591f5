import { StartPageWordKey } from './root-page.words.en';

/** Forsiden på dansk, sådan som en medarbejder i Kriminalforsorgen læser den. */
export const DA_START_PAGE: Readonly<Record<StartPageWordKey, string>> = {
  language: 'Sprog',
  lead: 'Hændelser, handlekort, beredskab, risikovurderinger og magtanvendelse: hver ændring gemmes som en registrering, der aldrig ændres.',
  'pages.heading': 'Sider',
  'coordinator.link': 'Krisekoordinator',
  'coordinator.text': 'Krisekoordinatorens handlekorttavle: forløb, trin og frister, opdateret løbende.',
  'crisis.link': 'Beredskabstavle',
  'crisis.text': 'Aktiveringer (rigtige eller øvelser), beslutnings- og kommunikationslog, og hvor langt handlekortene er nået.',
  'audit.link': 'Gennemgå en sag (revisorer)',
  'audit.text':
    'Afspil en sag med en tidsskyder: hvad man vidste, hvem der gjorde hvad og på hvilket grundlag, og hvem der har læst den; sagspakken og det seneste kontrolpunkt.',
  'accessLog.link': 'Adgangslog (revisorer)',
  'accessLog.text': 'Hvem der har læst hvilken sag, i hvilken visning, hvornår, og med hvilke roller og hvilken enhed.',
  'statistics.link': 'Statistik (sikkerhedspartnerskabet)',
  'statistics.text': 'Vold og trusler år for år målt mod planens mål, sene registreringer, rettelser og begrundelserne for dem, offentliggjorte tal.',
  'learning.link': 'Læringsgennemgange (sikkerhedspartnerskabet)',
  'learning.text':
    'Gennemgange af hændelser og kriser: tidslinjen, fund og medvirkende faktorer, opfølgende tiltag, kataloget over indsatser og temaer over tid.',
  'authoring.link': 'Handlekort og beredskabsplaner (administratorer)',
  'authoring.text': 'Skriv udkast, forhåndsvis, sammenlign, udgiv og udfas handlekort og planer.',
  'pages.session':
    'Siderne beder dig logge ind og viser derefter øverst, hvem du er (medarbejderreference, rolle, enhed), med en knap til at logge ud. Dit log-ind varer arbejdsdagen; siderne gemmer det i en HttpOnly-cookie, der kun henviser til en session, som opbevares på serveren.',
  'signIn.heading': 'Log ind',
  'signIn.organisation':
    'Du logger ind med din konto i organisationen, hos den log-ind-udbyder, Vigil er sat op med (<code>{issuer}</code>). Hvad du kan se og gøre, følger af den rolle og enhed, udbyderen giver dig.',
  'signIn.demo':
    'Denne Vigil kører sin egen <strong>demo-log-ind-udbyder</strong> (under <code>/oidc</code>), fordi der ikke er sat en log-ind-udbyder op (<code>VIGIL_OIDC_ISSUER</code>). Der er ingen adgangskoder: du vælger en af {count} demokonti, én for hver rolle, for eksempel koordinatoren for Syddanmark eller krisestabslederen. Vil du være en anden, så log ud (øverst på hver side) og log ind igen. En rigtig installation angiver organisationens egen udbyder i <code>VIGIL_OIDC_ISSUER</code>.',
  'api.heading': 'API’et',
  'api.intro':
    'Hver forespørgsel til API’et kommer fra en person, der er logget ind: siderne sender deres session, andre klienter et adgangstoken fra log-ind-udbyderen (<code>Authorization: Bearer …</code>); uden det er svaret 401. Åbn API’et gennem dokumentationen:',
  'api.docs.link': 'API-dokumentation',
  'api.docs.json': 'OpenAPI som JSON',
  'api.docs.text':
    'Tryk på <strong>Authorize</strong>, derefter på <strong>Authorize</strong> under <em>oidc</em>, og log ind; tryk så på <strong>Try it out</strong> ved en hvilken som helst operation.',
  'api.incidents.link': 'Hændelsesliste',
  'api.incidents.text':
    '<code>GET /incidents?area=hovedstaden&amp;kind=violence</code>; fra en terminal, med det token, API-dokumentationen viser, når du er logget ind:',
  'operators.heading': 'Til driften',
  'health.link': 'Tilstand',
  'health.text': 'Om databasen og registreringslageret svarer.',
  'metrics.link': 'Målinger',
  'metrics.text': 'Prometheus-tekst: svartider, hvor langt visningerne er bagud, databaseforbindelser.',
};
