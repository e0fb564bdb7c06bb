// The SCORM 1.2 data model: which elements hold what, and how the module's records are
// written into them (identifiers ≤ 255 without spaces, single-character responses, scores on
// 0..100, suspend_data ≤ 4,096 characters, lesson_location ≤ 255).
import { decimal, identifier12, percent, response12, result12, timeOfDay12, timespan12 } from './scorm-values.js';

export const scorm12 = {
  kind: 'scorm12',
  dialect: 'scorm12',
  limits: { suspendData: 4096, location: 255 },
  interactionCount: 'cmi.interactions._count',
  objectiveCount: 'cmi.objectives._count',
  objectiveId: (n) => `cmi.objectives.${n}.id`,
  objectiveKey: identifier12,

  readLaunch(get) {
    const mastery = get('cmi.student_data.mastery_score');
    return {
      entry: get('cmi.core.entry') === 'resume' ? 'resume' : 'ab-initio',
      suspendData: get('cmi.suspend_data'),
      location: get('cmi.core.lesson_location'),
      mode: ['browse', 'review'].includes(get('cmi.core.lesson_mode')) ? get('cmi.core.lesson_mode') : 'normal',
      launchData: get('cmi.launch_data'),
      masteryScore: mastery !== '' && Number.isFinite(Number(mastery)) ? Number(mastery) / 100 : null,
      learnerName: get('cmi.core.student_name'),
      learnerId: get('cmi.core.student_id'),
      status: get('cmi.core.lesson_status'),
    };
  },

  // A first launch says it has started (LMSs show "not attempted" until told otherwise).
  start(set, launch) {
    if (launch.mode === 'normal' && (launch.status === 'not attempted' || launch.status === '')) set('cmi.core.lesson_status', 'incomplete');
    if (launch.mode === 'browse' && (launch.status === 'not attempted' || launch.status === '')) set('cmi.core.lesson_status', 'browsed');
  },

  writeState(set, { suspendData, location }) {
    if (suspendData != null) set('cmi.suspend_data', suspendData);
    if (location != null) set('cmi.core.lesson_location', location);
  },
  writeExit(set, finished) { set('cmi.core.exit', finished ? '' : 'suspend'); },
  writeSessionTime(set, ms) { set('cmi.core.session_time', timespan12(ms)); },

  writeInteraction(set, n, rec) {
    const p = `cmi.interactions.${n}.`;
    set(p + 'id', identifier12(rec.id));
    set(p + 'type', rec.type);
    (rec.objectiveIds || []).forEach((id, m) => set(`${p}objectives.${m}.id`, identifier12(id)));
    set(p + 'time', timeOfDay12(new Date(rec.timestamp || Date.now())));
    let k = 0;
    for (const pattern of rec.correctResponses || []) {
      const text = response12(rec, pattern);
      if (text != null) set(`${p}correct_responses.${k++}.pattern`, text);
    }
    if (rec.weighting != null) set(p + 'weighting', decimal(Math.max(-100, Math.min(100, rec.weighting))));
    const response = response12(rec, rec.response);
    if (response != null) set(p + 'student_response', response);
    set(p + 'result', result12(rec.result));
    if (rec.latencyMs != null) set(p + 'latency', timespan12(rec.latencyMs));
  },

  writeObjective(set, n, o, isNew) {
    const p = `cmi.objectives.${n}.`;
    if (isNew) set(p + 'id', identifier12(o.id));
    const pct = percent(o.scoreRaw, o.scoreMin ?? 0, o.scoreMax ?? 100);
    if (pct != null) {
      set(p + 'score.min', '0');
      set(p + 'score.max', '100');
      set(p + 'score.raw', decimal(pct));
    }
    if (['passed', 'failed', 'completed', 'incomplete'].includes(o.status)) set(p + 'status', o.status);
  },

  writeResult(set, r, launch) {
    const status = r.passed === true ? 'passed' : r.passed === false ? 'failed'
      : r.completed ? 'completed' : launch.mode === 'browse' ? 'browsed' : 'incomplete';
    set('cmi.core.lesson_status', status);
    const pct = percent(r.scoreRaw, r.scoreMin ?? 0, r.scoreMax ?? 100);
    if (pct != null) {
      set('cmi.core.score.min', '0');
      set('cmi.core.score.max', '100');
      set('cmi.core.score.raw', decimal(pct));
    }
  },
};
