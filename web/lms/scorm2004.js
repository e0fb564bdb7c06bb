// The SCORM 2004 (4th edition) data model: completion and success apart, scaled scores,
// progress_measure, ISO 8601 times, interaction descriptions and timestamps, location ≤ 1,000
// and suspend_data ≤ 64,000 characters. Nothing here relies on sequencing.
import { decimal, isoDuration, langString2004, longIdentifier2004, percent, response2004, result2004, timestamp2004 } from './scorm-values.js';

const scaled = (raw, min, max) => {
  const pct = percent(raw, min, max);
  return pct == null ? null : decimal(pct / 100, 4);
};

export const scorm2004 = {
  kind: 'scorm2004',
  dialect: 'scorm2004',
  limits: { suspendData: 64000, location: 1000 },
  interactionCount: 'cmi.interactions._count',
  objectiveCount: 'cmi.objectives._count',
  objectiveId: (n) => `cmi.objectives.${n}.id`,
  objectiveKey: longIdentifier2004,

  readLaunch(get) {
    const passing = get('cmi.scaled_passing_score');
    const mode = get('cmi.mode');
    return {
      entry: get('cmi.entry') === 'resume' ? 'resume' : 'ab-initio',
      suspendData: get('cmi.suspend_data'),
      location: get('cmi.location'),
      mode: ['browse', 'review'].includes(mode) ? mode : 'normal',
      launchData: get('cmi.launch_data'),
      masteryScore: passing !== '' && Number.isFinite(Number(passing)) ? Math.max(0, Number(passing)) : null,
      learnerName: get('cmi.learner_name'),
      learnerId: get('cmi.learner_id'),
      status: get('cmi.completion_status'),
    };
  },

  start(set, launch) {
    if (launch.mode !== 'review' && ['not attempted', 'unknown', ''].includes(launch.status)) set('cmi.completion_status', 'incomplete');
  },

  writeState(set, { suspendData, location }) {
    if (suspendData != null) set('cmi.suspend_data', suspendData);
    if (location != null) set('cmi.location', location);
  },
  writeExit(set, finished) { set('cmi.exit', finished ? 'normal' : 'suspend'); },
  writeSessionTime(set, ms) { set('cmi.session_time', isoDuration(ms)); },

  writeInteraction(set, n, rec) {
    const p = `cmi.interactions.${n}.`;
    set(p + 'id', longIdentifier2004(rec.id));
    set(p + 'type', rec.type);
    (rec.objectiveIds || []).forEach((id, m) => set(`${p}objectives.${m}.id`, longIdentifier2004(id)));
    set(p + 'timestamp', timestamp2004(new Date(rec.timestamp || Date.now())));
    (rec.correctResponses || []).forEach((pattern, k) => set(`${p}correct_responses.${k}.pattern`, response2004(rec, pattern)));
    if (rec.weighting != null) set(p + 'weighting', decimal(rec.weighting));
    set(p + 'learner_response', response2004(rec, rec.response));
    set(p + 'result', result2004(rec.result));
    if (rec.latencyMs != null) set(p + 'latency', isoDuration(rec.latencyMs));
    if (rec.description) set(p + 'description', langString2004(rec.description, rec.lang));
  },

  writeObjective(set, n, o, isNew) {
    const p = `cmi.objectives.${n}.`;
    if (isNew) set(p + 'id', longIdentifier2004(o.id));
    const s = scaled(o.scoreRaw, o.scoreMin ?? 0, o.scoreMax ?? 100);
    if (s != null) {
      set(p + 'score.scaled', s);
      set(p + 'score.min', decimal(o.scoreMin ?? 0));
      set(p + 'score.max', decimal(o.scoreMax ?? 100));
      set(p + 'score.raw', decimal(o.scoreRaw));
    }
    const success = { passed: 'passed', failed: 'failed' }[o.status] || 'unknown';
    const completion = ['passed', 'failed', 'completed'].includes(o.status) ? 'completed' : 'incomplete';
    set(p + 'success_status', success);
    set(p + 'completion_status', completion);
    if (o.description) set(p + 'description', langString2004(o.description, o.lang));
  },

  writeResult(set, r) {
    set('cmi.completion_status', r.completed ? 'completed' : 'incomplete');
    set('cmi.success_status', r.passed === true ? 'passed' : r.passed === false ? 'failed' : 'unknown');
    const pct = percent(r.scoreRaw, r.scoreMin ?? 0, r.scoreMax ?? 100);
    if (pct != null) {
      set('cmi.score.scaled', decimal(pct / 100, 4));
      set('cmi.score.min', '0');
      set('cmi.score.max', '100');
      set('cmi.score.raw', decimal(pct));
    }
    if (r.progress != null && Number.isFinite(Number(r.progress))) {
      set('cmi.progress_measure', decimal(Math.max(0, Math.min(1, Number(r.progress))), 4));
    }
  },
};
