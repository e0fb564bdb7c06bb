// SCORM value conversions: the 1.2 and 2004 rules for identifiers, responses, times, scores.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as v from '../../web/lms/scorm-values.js';
import { paramsFromQuery, paramsFromJson, mergeParams, langFromPreference } from '../../web/lms/launch-params.js';

test('1.2 identifiers have no spaces or odd characters and stay unique when shortened', () => {
  assert.equal(v.identifier12('01-dementie.n3'), '01-dementie.n3');
  assert.equal(v.identifier12('een vraag/2'), 'een_vraag_2');
  const a = v.identifier12('x'.repeat(300) + 'a'), b = v.identifier12('x'.repeat(300) + 'b');
  assert.equal(a.length, 255);
  assert.notEqual(a, b);
});

test('1.2 responses use single characters in the order of the options', () => {
  const rec = { type: 'choice', choices: ['keukentafel', 'indicatie', 'wachten'], response: ['indicatie'], correctResponses: [['keukentafel']] };
  assert.equal(v.response12(rec, rec.response), 'b');
  assert.equal(v.response12(rec, rec.correctResponses[0]), 'a');
  const seq = { type: 'sequencing', choices: ['melding', 'gesprek', 'verslag', 'besluit'] };
  assert.equal(v.response12(seq, ['melding', 'gesprek', 'verslag', 'besluit']), 'a,b,c,d');
  const match = { type: 'matching', sources: ['wmo', 'jeugdwet'], targets: ['gemeente', 'rijk'] };
  assert.equal(v.response12(match, [['wmo', 'gemeente'], ['jeugdwet', 'gemeente']]), 'a.0,b.0');
  assert.equal(v.response12({ type: 'choice', choices: Array.from({ length: 40 }, (_, i) => `o${i}`) }, ['o39']), null);
});

test('2004 responses use the [,] and [.] delimiters with the real ids', () => {
  assert.equal(v.response2004({ type: 'choice' }, ['a b', 'c']), 'a_b[,]c');
  assert.equal(v.response2004({ type: 'matching' }, [['wmo', 'gemeente'], ['pw', 'uwv']]), 'wmo[.]gemeente[,]pw[.]uwv');
});

test('times in every format the standards ask for', () => {
  assert.equal(v.timespan12(3723450), '0001:02:03.45');
  assert.equal(v.timespan12(0), '0000:00:00.00');
  assert.equal(v.isoDuration(3723450), 'PT1H2M3.45S');
  assert.equal(v.isoDuration(0), 'PT0S');
  assert.match(v.timestamp2004(new Date('2026-11-01T10:00:00.123Z')), /^2026-11-01T10:00:00\.12Z$/);
  assert.match(v.timeOfDay12(new Date(2026, 10, 1, 9, 5, 7)), /^09:05:07$/);
});

test('scores become percentages; decimals are written the SCORM way', () => {
  assert.equal(v.percent(3, 0, 4), 75);
  assert.equal(v.percent(-2, -4, 4), 25);
  assert.equal(v.percent(1, 1, 1), null);
  assert.equal(v.percent(null), null, 'no score yet is not a score of 0');
  assert.equal(v.percent(undefined), null);
  assert.equal(v.percent(0), 0);
  assert.equal(v.decimal(75), '75');
  assert.equal(v.decimal(0.123456, 4), '0.1235');
  assert.equal(v.decimal(-0.0001), '0');
  assert.equal(v.langString2004('Mevrouw Jansen', 'nl'), '{lang=nl}Mevrouw Jansen');
  assert.ok(v.langString2004('x'.repeat(400)).length <= 260);
});

test('launch settings: known keys only, valid values only, the LMS overrides the URL', () => {
  assert.deepEqual(paramsFromQuery('?case=03-lisa-wordt-18&lang=en&mode=toets&trainer=0&evil=1'),
    { case: '03-lisa-wordt-18', lang: 'en', mode: 'toets', trainer: '0' });
  assert.deepEqual(paramsFromQuery('lang=fr&mode=exam&case=../x'), {});
  assert.deepEqual(paramsFromJson('{"case":"02-gezin-schulden","mode":"practice"}'), { case: '02-gezin-schulden', mode: 'practice' });
  assert.deepEqual(paramsFromJson('module=m1&page=p2'), { module: 'm1', page: 'p2' });
  assert.deepEqual(mergeParams(paramsFromQuery('case=a&lang=nl'), paramsFromQuery('lang=en')), { case: 'a', lang: 'en' });
  assert.equal(langFromPreference('fr-FR,en-US,nl-NL'), 'en');
  assert.equal(langFromPreference(''), null);
});
