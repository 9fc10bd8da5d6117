import { messageProblems } from '../e2e/support/message-hygiene';

describe('the check that error messages read as plain words', () => {
  it('passes a message in the users’ words, abbreviations of disciplines and laws included', () => {
    expect(messageProblems('Gegevens over gezondheid worden aan deze tafel niet gedeeld met BWT (AVG art. 9)')).toEqual([]);
    expect(messageProblems('Dit overleg is gesloten op 2 december 2026 om 19:28')).toEqual([]);
    expect(messageProblems('"NIEUWSGIERIGHEID" is geen bekend doel')).toEqual([]);
  });

  it('finds ids, machine timestamps and code values', () => {
    expect(messageProblems('action item 70bbb248-2ed4-4cf2-b733-f53691c2a1d0 is open')).toEqual(['contains an id']);
    expect(messageProblems('closed on 2026-12-02T19:28:47.691Z')).toEqual(['contains a machine timestamp']);
    expect(messageProblems('allowed next states: IN_TRIAGE')).toEqual(['contains the code value IN_TRIAGE']);
    expect(messageProblems('may not process data for PRIVACYTOEZICHT')).toEqual(['contains the code value PRIVACYTOEZICHT']);
    expect(messageProblems(undefined)).toEqual(['no message']);
  });
});
