import { deterministicUuid } from '@vigil/event-sourcing';
import { decideActionStatus, decideAddAction, decideAnswer } from '../domain/action.decide';
import {
  decideAddParticipant,
  decideDraftSummary,
  decideMarkMoment,
  decidePublish,
  decideRecordItem,
  decideSignOff,
  decideStart,
} from '../domain/review.decide';
import { ReviewEvent } from '../domain/review.events';
import { ReviewState } from '../domain/review.state';
import { ActionIntervention, FactorClass, ReviewSubject } from '../domain/review.vocabulary';

/** One demo step: who records what, when (the store's clock is set to `at`). */
export interface DemoStep {
  readonly at: Date;
  readonly actor: string;
  readonly decide: (state: ReviewState, now: Date) => ReviewEvent[];
}

/** The recorded episode a demo review is of, as the seed found it in the store. */
export interface DemoEpisode {
  readonly incidentId: string;
  readonly reportedAt: Date;
  readonly institution: string;
  /** The report, and a later event of the same incident (a correction, police report, closure…). */
  readonly reportEventId: string;
  readonly laterEventId: string;
  readonly laterAt: Date;
  readonly laterWhat: string;
  /** The staff member it happened to, by reference, when the report names one. */
  readonly targetRef: string | null;
}

export interface DemoActivation {
  readonly activationId: string;
  readonly exercise: boolean;
  readonly planTitle: string;
  readonly institution: string | null;
  readonly area: string | null;
  readonly evaluationReference: string;
  readonly evaluatedAt: Date;
  readonly leadRef: string;
  readonly decisionEventId: string;
  readonly communicationEventId: string | null;
  readonly roleEventIds: string[];
  readonly evaluationEventId: string;
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;
const dayOf = (at: Date) => at.toISOString().slice(0, 10);
const after = (from: Date, minutes: number) => new Date(from.getTime() + minutes * MINUTE);

/** The people of the demo reviews, by reference. */
const LEAD = 'ST-LR4K8P';
const MANAGER = 'ST-MG7Q2D';
const UNION_REP = 'ST-TR5N3X';
const SAFETY_REP = 'ST-AM6H1C';
const PARTNER = 'ST-SP9B4V';

const item = (reviewId: string, key: string) => deterministicUuid('vigil-demo-learning-item', reviewId, key);

function builder(reviewId: string) {
  const steps: DemoStep[] = [];
  const add = (at: Date, actor: string, decide: DemoStep['decide']) => steps.push({ at, actor, decide });
  const participant = (at: Date, ref: string, role: string) => add(at, LEAD, (s) => decideAddParticipant({ reviewId, ref, role }, s));
  const moment = (at: Date, eventId: string, why: string) => add(at, LEAD, (s) => decideMarkMoment({ reviewId, eventId, why }, s));
  const finding = (at: Date, key: string, kind: 'went-well' | 'went-wrong', cls: FactorClass, text: string, evidence: string[]) =>
    add(at, LEAD, (s) => decideRecordItem({ reviewId, itemId: item(reviewId, key), type: 'finding', kind, class: cls, text, evidence }, s));
  const factor = (at: Date, key: string, cls: FactorClass, text: string, evidence: string[]) =>
    add(at, LEAD, (s) => decideRecordItem({ reviewId, itemId: item(reviewId, key), type: 'factor', class: cls, text, evidence }, s));
  const action = (
    at: Date,
    key: string,
    catalogue: ReadonlyMap<string, number>,
    what: Omit<Parameters<typeof decideAddAction>[0], 'reviewId' | 'actionId' | 'catalogue'>,
  ) => add(at, LEAD, (s) => decideAddAction({ reviewId, actionId: item(reviewId, key), catalogue, ...what }, s));
  const status = (at: Date, actor: string, key: string, to: string) =>
    add(at, actor, (s) => decideActionStatus({ reviewId, actionId: item(reviewId, key), status: to, actor }, s));
  return { steps, add, participant, moment, finding, factor, action, status };
}

const pick = (interventionId: string): ActionIntervention => ({ interventionId, catalogueVersion: 0 });

/**
 * A full review of a recorded episode of violence against an officer with someone hospitalised: started two days after the
 * report (or once the later event it marks is on record), findings and factors in all three classes resting on its events, actions from the catalogue (one due while the
 * review ran and left open, so the deadline workflow finds it overdue and escalates it), agreed by both sides and published;
 * one action under way afterwards, so the intervention's effect can be followed.
 */
export function episodeReview(reviewId: string, e: DemoEpisode, catalogue: ReadonlyMap<string, number>): DemoStep[] {
  const b = builder(reviewId);
  const start = new Date(Math.max(e.reportedAt.getTime() + 2 * DAY, e.laterAt.getTime() + 60 * MINUTE));
  const t = (days: number, minutes = 0) => after(start, days * 1440 + minutes);
  const unit = `institution:${e.institution}`;
  const subject: ReviewSubject = { type: 'incidents', incidentIds: [e.incidentId] };
  const title = `Vold mod betjent med indlæggelse, ${e.institution}`;
  b.add(t(0), LEAD, (s, now) => decideStart({ reviewId, kind: 'full', subject, title, dueOn: dayOf(t(28)), unit, actor: LEAD }, s, now));
  b.participant(t(0, 10), LEAD, 'lead-reviewer');
  b.participant(t(0, 11), MANAGER, 'management');
  b.participant(t(0, 12), UNION_REP, 'employee-representative');
  b.participant(t(0, 13), SAFETY_REP, 'safety-representative');
  if (e.targetRef) b.participant(t(0, 14), e.targetRef, 'involved-staff');
  b.moment(t(1), e.reportEventId, 'Overfaldet skete under visitation på cellen, hvor betjenten var alene med den indsatte.');
  b.moment(t(1, 5), e.laterEventId, `Sagens videre forløb (${e.laterWhat}): gennemgået med medarbejderen og tillidsrepræsentanten.`);
  const both = [e.reportEventId, e.laterEventId];
  b.finding(t(1, 30), 'well-help', 'went-well', 'dynamic', 'Kollegerne på afdelingen reagerede straks på råbet og fik betjenten ud af cellen.', [
    e.reportEventId,
  ]);
  b.finding(
    t(1, 40),
    'wrong-alone',
    'went-wrong',
    'organisational',
    'Visitationen blev gennemført af én betjent, selv om den indsatte var vurderet som urolig.',
    [e.reportEventId],
  );
  b.finding(
    t(1, 50),
    'wrong-alarm',
    'went-wrong',
    'static',
    'Betjenten bar ingen overfaldsalarm, og gangen uden for cellen har et blindt hjørne uden kamera.',
    both,
  );
  b.factor(t(2), 'factor-routine', 'organisational', 'Instruksen for visitation krævede ikke to betjente ved indsatte vurderet som urolige.', [
    e.reportEventId,
  ]);
  b.factor(t(2, 10), 'factor-alarm', 'static', 'Der var for få overfaldsalarmer på afdelingen til alle poster.', [e.reportEventId]);
  b.factor(t(2, 20), 'factor-training', 'dynamic', 'Betjenten havde ikke haft kursus i konfliktdæmpende kommunikation i flere år.', both);
  b.action(t(3), 'action-routine', catalogue, {
    recommendation: 'Instruksen for visitation ændres, så indsatte vurderet som urolige altid visiteres af to betjente.',
    intervention: pick('search-escort-routines'),
    ownerRole: 'institution-manager',
    unit,
    dueOn: dayOf(t(18)),
  });
  b.action(t(3, 10), 'action-training', catalogue, {
    recommendation: 'Alle betjente på afdelingen gennemgår kursus i konfliktdæmpende kommunikation.',
    intervention: pick('conflict-communication-training'),
    ownerRole: 'training-centre',
    unit,
    dueOn: dayOf(t(148)),
  });
  b.action(t(3, 20), 'action-debrief', catalogue, {
    recommendation: 'Debriefing af alle involverede og kollegastøtte til betjenten.',
    intervention: pick('debriefing-peer-support'),
    ownerRole: 'institution-manager',
    unit,
    dueOn: dayOf(t(12)),
  });
  b.status(t(8), MANAGER, 'action-debrief', 'done');
  b.add(t(10), LEAD, (s) =>
    decideDraftSummary(
      {
        reviewId,
        text:
          'Forventet: visitation af en urolig indsat foretages af to betjente med alarm. Skete: én betjent visiterede alene og blev overfaldet. ' +
          'Forskellen: instruksen krævede det ikke, og der manglede alarmer. Bevar: kollegernes hurtige hjælp. Ændr: instruksen, alarmerne og kurset.',
      },
      s,
    ),
  );
  b.add(t(13), MANAGER, (s) => decideSignOff({ reviewId, as: 'management', actor: MANAGER }, s));
  b.add(t(14), UNION_REP, (s) => decideSignOff({ reviewId, as: 'employee-representative', actor: UNION_REP }, s));
  b.add(t(16), PARTNER, (s) => decidePublish({ reviewId, actor: PARTNER }, s));
  b.status(t(20), MANAGER, 'action-training', 'under-way');
  b.add(t(20, 5), MANAGER, (s) => decideAnswer({ reviewId, actionId: item(reviewId, 'action-training'), response: 'under-way', actor: MANAGER }, s));
  b.add(t(23), MANAGER, (s) => decideAnswer({ reviewId, actionId: item(reviewId, 'action-debrief'), response: 'implemented', actor: MANAGER }, s));
  return b.steps;
}

/**
 * An after-action review of a crisis activation, picking up its evaluation's reference: the activation's decision and a
 * communication marked, findings and factors in all three classes, an action from the catalogue and a new intervention
 * proposed for it. Left as a draft (nobody has signed off).
 */
export function activationReview(reviewId: string, a: DemoActivation, catalogue: ReadonlyMap<string, number>, start: Date, end: Date): DemoStep[] {
  const b = builder(reviewId);
  const t = (minutes: number) => after(start, minutes);
  const unit = a.institution ? `institution:${a.institution}` : a.area ? `area:${a.area}` : 'national';
  const subject: ReviewSubject = { type: 'activation', activationId: a.activationId, exercise: a.exercise, evaluationReference: a.evaluationReference };
  const title = `Efterbehandling: ${a.planTitle}${a.exercise ? ' (øvelse)' : ''}`;
  const due = dayOf(new Date(end.getTime() + 21 * DAY));
  b.add(t(0), LEAD, (s, now) => decideStart({ reviewId, kind: 'after-action', subject, title, dueOn: due, unit, actor: LEAD }, s, now));
  b.participant(t(5), LEAD, 'lead-reviewer');
  b.participant(t(6), a.leadRef, 'coordinator');
  b.participant(t(7), UNION_REP, 'employee-representative');
  b.moment(t(20), a.decisionEventId, 'Beslutningen om evakuering blev truffet få minutter inde, med hjemmel og alternativer noteret.');
  const said = a.communicationEventId ?? a.evaluationEventId;
  b.moment(t(25), said, 'Medarbejderne fik besked på sms først, efter at afdelingen var evakueret.');
  b.finding(t(40), 'well-staff', 'went-well', 'organisational', 'Krisestaben var samlet og rollerne fordelt inden for få minutter.', a.roleEventIds);
  b.finding(t(45), 'wrong-radio', 'went-wrong', 'static', 'Der var ingen radiodækning i værkstedsbygningen under evakueringen.', [a.evaluationEventId]);
  b.finding(t(50), 'wrong-assembly', 'went-wrong', 'dynamic', 'Nyansatte kendte ikke samlingspunktet.', [a.evaluationEventId]);
  b.factor(t(60), 'factor-drills', 'organisational', 'Evakueringsøvelserne har ikke omfattet nyansatte.', [a.evaluationEventId]);
  b.factor(t(65), 'factor-coverage', 'static', 'Radiodækningen er aldrig målt i værkstedsbygningen.', [a.evaluationEventId]);
  b.factor(t(70), 'factor-sms', 'dynamic', 'Beskeden til medarbejderne afventede kommunikationsrollen, som blev besat sidst.', [said]);
  b.action(t(80), 'action-coverage', catalogue, {
    recommendation: 'Radiodækningen måles i alle bygninger, og der monteres repeater i værkstedsbygningen.',
    intervention: pick('radio-alarm-coverage'),
    ownerRole: 'building-services',
    unit,
    dueOn: dayOf(new Date(end.getTime() + 60 * DAY)),
  });
  b.action(t(85), 'action-drill', catalogue, {
    recommendation: 'Evakueringsøvelse hvert kvartal, som altid omfatter nyansatte.',
    intervention: { proposed: { title: 'Kvartalsvis evakueringsøvelse med nyansatte', category: 'organisational', horizon: 'short', toCatalogue: true } },
    ownerRole: 'institution-manager',
    unit,
    dueOn: dayOf(new Date(end.getTime() + 90 * DAY)),
  });
  b.add(t(100), LEAD, (s) =>
    decideDraftSummary(
      {
        reviewId,
        text:
          'Forventet: evakuering efter planen med radioforbindelse og kendte samlingspunkter. Skete: evakueringen lykkedes, men radioen svigtede i værkstedet, ' +
          'og nyansatte kendte ikke samlingspunktet. Bevar: hurtig samling af krisestaben. Ændr: dækning og øvelser (udkast).',
      },
      s,
    ),
  );
  return b.steps;
}

/** A huddle on the running exercise: what the drill has shown so far, before it is stood down and evaluated. */
export function exerciseHuddle(
  reviewId: string,
  a: Omit<DemoActivation, 'evaluationReference' | 'evaluatedAt' | 'evaluationEventId'>,
  start: Date,
  end: Date,
): DemoStep[] {
  const b = builder(reviewId);
  const t = (seconds: number) => new Date(start.getTime() + seconds * 1000);
  const unit = a.institution ? `institution:${a.institution}` : a.area ? `area:${a.area}` : 'national';
  const subject: ReviewSubject = { type: 'activation', activationId: a.activationId, exercise: true };
  const due = dayOf(new Date(end.getTime() + 7 * DAY));
  b.add(t(0), LEAD, (s, now) =>
    decideStart({ reviewId, kind: 'huddle', subject, title: `Kort opsamling på øvelsen: ${a.planTitle}`, dueOn: due, unit, actor: LEAD }, s, now),
  );
  b.participant(t(2), LEAD, 'lead-reviewer');
  b.participant(t(3), a.leadRef, 'coordinator');
  b.moment(t(10), a.decisionEventId, 'Beslutningen blev truffet på papir, fordi systemerne var nede i øvelsen.');
  b.finding(t(20), 'drill-well', 'went-well', 'organisational', 'Nødproceduren på papir blev fundet frem og fulgt.', [a.decisionEventId]);
  b.factor(t(25), 'drill-factor', 'static', 'Telefonlisten på papir var ikke opdateret.', [a.decisionEventId]);
  return b.steps.filter((step) => step.at.getTime() <= end.getTime());
}
