// The one global: window.learningModuleLms, the connected LMS (or the standalone stand-in).
// Load it before the module starts, so the launch data (resume state, deep-link settings,
// mode) is there when the module needs it:
//   await import('./lms/main.js');   // then window.learningModuleLms is set
import { connectLms } from './connect.js';

window.learningModuleLms = await connectLms({ win: window, search: window.location.search });
export default window.learningModuleLms;
