/**
 * Codes and places as a learning review's timeline says them mid-sentence: a crisis activation's roles, levels (with
 * "level" after them), audiences (after "to") and channels (after "by"), and a place in a Norwegian region, whose name
 * says "region" itself. English defines the keys.
 */
export const enTimelineCodes = {
  'code.crisis-role.crisis-lead': 'crisis lead',
  'code.crisis-role.log-keeper': 'log keeper',
  'code.crisis-role.communications': 'communications officer',
  'code.crisis-role.liaison': 'liaison officer',
  'code.crisis-level.operational': 'operational',
  'code.crisis-level.tactical': 'tactical',
  'code.crisis-level.strategic': 'strategic',
  'code.audience.staff': 'staff',
  'code.audience.inmates': 'inmates',
  'code.audience.relatives': 'relatives',
  'code.audience.police': 'the police',
  'code.audience.media': 'the media',
  'code.audience.other-authorities': 'other authorities',
  'code.channel.meeting': 'a meeting',
  'code.channel.phone': 'phone',
  'code.channel.radio': 'radio',
  'code.channel.email': 'e-mail',
  'code.channel.sms': 'text message',
  'code.channel.intranet': 'the intranet',
  'code.channel.press-release': 'press release',
  'code.channel.public-website': 'the public website',
  'code.channel.in-person': 'word of mouth',
  'code.channel.other': 'another channel',
  'timeline.place-region': '{institution} ({region})',
  'timeline.place-off-duty-region': 'off duty ({region})',
} as const;
