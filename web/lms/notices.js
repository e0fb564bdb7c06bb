// The quiet, learner-facing messages the adapters emit through lms.on('notice', fn). The
// module shows `text[lang]` unobtrusively; `kind` lets it choose its own wording instead.
export const NOTICES = {
  retrying: {
    nl: 'Je voortgang kon even niet worden doorgegeven aan de leeromgeving. We proberen het opnieuw; je werk blijft bewaard.',
    en: 'Your progress could not reach the learning environment just now. We keep trying; your work is kept.',
  },
  recovered: {
    nl: 'Je voortgang is weer doorgegeven aan de leeromgeving.',
    en: 'Your progress has reached the learning environment again.',
  },
  'session-ended': {
    nl: 'Deze sessie met de leeromgeving is afgesloten. Open de module opnieuw vanuit de leeromgeving om je voortgang daar te bewaren.',
    en: 'This session with the learning environment has ended. Open the module again from the learning environment to keep your progress there.',
  },
  'lms-unavailable': {
    nl: 'De leeromgeving reageert niet. Je voortgang wordt in deze browser bewaard.',
    en: 'The learning environment does not respond. Your progress is kept in this browser.',
  },
};

export function notice(kind, detail) {
  return { kind, text: NOTICES[kind] || { nl: kind, en: kind }, ...(detail ? { detail } : {}) };
}

// A bounded in-memory log of what went wrong talking to the LMS, for support and tests.
export function createLog(limit = 200, consoleLike = globalThis.console) {
  const entries = [];
  return {
    entries,
    add(entry) {
      const e = { at: new Date().toISOString(), ...entry };
      entries.push(e);
      if (entries.length > limit) entries.shift();
      try { consoleLike.warn('[lms]', JSON.stringify(e)); } catch { /* no console */ }
    },
  };
}
