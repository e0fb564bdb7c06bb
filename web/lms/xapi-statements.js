// The cmi5 "allowed" statements this module adds between initialized and terminated: answered
// (one per case decision and per question) and experienced (one per page read). Each carries
// the LMS's context template (session id, grouping), the registration, the AU as parent, and
// its own id and timestamp. Pure functions: the adapter queues what they return.
import { isoDuration, response2004 } from './scorm-values.js';
import { uuid } from './statement-queue.js';

export const VERBS = {
  answered: { id: 'http://adlnet.gov/expapi/verbs/answered', display: { 'en-US': 'answered', 'nl-NL': 'beantwoordde' } },
  experienced: { id: 'http://adlnet.gov/expapi/verbs/experienced', display: { 'en-US': 'experienced', 'nl-NL': 'bekeek' } },
};
export const INTERACTION_TYPE = 'http://adlnet.gov/expapi/activities/cmi.interaction';
export const PAGE_TYPE = 'http://activitystrea.ms/schema/1.0/page';
export const OBJECTIVE_TYPE = 'http://adlnet.gov/expapi/activities/objective';
// Extension keys are IRIs; plain names from the module are put under this base.
export const EXTENSION_BASE = 'urn:sociaal-domein-leren:xapi:extension:';

const segment = (id) => encodeURIComponent(String(id));
const langMap = (text, lang) => ({ [lang === 'en' ? 'en' : 'nl']: String(text) });

function extensionsOf(obj) {
  if (!obj || typeof obj !== 'object') return null;
  const out = {};
  for (const [k, v] of Object.entries(obj)) out[/^[a-z][a-z0-9+.-]*:/i.test(k) ? k : EXTENSION_BASE + k] = v;
  return Object.keys(out).length ? out : null;
}

// The context every allowed statement carries: the template from LMS.LaunchData (which holds
// the session id and the publisher grouping), the registration and the AU as parent.
function context(ctx, extra = {}) {
  const template = JSON.parse(JSON.stringify(ctx.contextTemplate || {}));
  const activities = template.contextActivities || {};
  const parent = (activities.parent || []).filter((a) => a.id !== ctx.activityId);
  activities.parent = [{ objectType: 'Activity', id: ctx.activityId }, ...parent];
  if (extra.other) activities.other = [...(activities.other || []), ...extra.other];
  template.contextActivities = activities;
  template.registration = ctx.registration;
  if (ctx.lang) template.language = ctx.lang === 'en' ? 'en' : 'nl-NL';
  return template;
}

function base(ctx, verb, object, result, extraContext) {
  const st = {
    id: uuid(), actor: ctx.actor, verb, object,
    context: context(ctx, extraContext),
    timestamp: new Date(ctx.timestamp || Date.now()).toISOString(),
  };
  if (result) st.result = result;
  return st;
}

function components(list, lang) {
  return (list || []).map((c) => (typeof c === 'object'
    ? { id: String(c.id), ...(c.text ? { description: langMap(c.text, lang) } : {}) }
    : { id: String(c) }));
}

export function interactionActivityId(ctx, rec) {
  return `${ctx.activityId}/${rec.kind === 'decision' ? 'decision' : 'question'}/${segment(rec.id)}`;
}

export function answeredStatement(ctx, rec) {
  const definition = {
    type: INTERACTION_TYPE,
    name: langMap(rec.description || rec.id, rec.lang || ctx.lang),
    interactionType: rec.type,
  };
  if (rec.correctResponses && rec.correctResponses.length) {
    definition.correctResponsesPattern = rec.correctResponses.map((p) => response2004(rec, p));
  }
  if (rec.type === 'matching') {
    if (rec.sources) definition.source = components(rec.sources, rec.lang || ctx.lang);
    if (rec.targets) definition.target = components(rec.targets, rec.lang || ctx.lang);
  } else if (rec.choices) {
    definition.choices = components(rec.choices, rec.lang || ctx.lang);
  }
  const result = { response: response2004(rec, rec.response) };
  if (rec.result === 'correct') result.success = true;
  if (rec.result === 'wrong') result.success = false;
  if (rec.latencyMs != null) result.duration = isoDuration(rec.latencyMs);
  const ext = extensionsOf(rec.extensions);
  if (ext) result.extensions = ext;
  const other = (rec.objectiveIds || []).map((id) => ({
    objectType: 'Activity', id: `${ctx.activityId}/objective/${segment(id)}`, definition: { type: OBJECTIVE_TYPE },
  }));
  return base({ ...ctx, timestamp: rec.timestamp }, VERBS.answered,
    { objectType: 'Activity', id: interactionActivityId(ctx, rec), definition }, result, other.length ? { other } : {});
}

export function experiencedStatement(ctx, page) {
  const id = `${ctx.activityId}/module/${segment(page.moduleId)}/page/${segment(page.pageId)}`;
  const definition = { type: PAGE_TYPE, name: langMap(page.title || page.pageId, page.lang || ctx.lang) };
  return base({ ...ctx, timestamp: page.timestamp }, VERBS.experienced, { objectType: 'Activity', id, definition });
}
