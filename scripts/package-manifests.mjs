// The XML of the three package formats: imsmanifest.xml for SCORM 1.2 and 2004 (4th
// edition), cmi5.xml for cmi5. Relative URLs only; the launch settings of a one-case package
// travel as item parameters (SCORM) and launchParameters (cmi5).

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const title = (t, lang = 'nl') => (typeof t === 'object' ? t[lang] || t.nl || t.en : t);

function names(pkg) {
  const one = pkg.one;
  return {
    identifier: one ? `${pkg.course.id}.${one.id}` : pkg.course.id,
    title: one ? `${title(pkg.course.title)}: ${title(one.title)}` : title(pkg.course.title),
    // IMS CP 1.1.2 allows 20 characters here; the content hash is in the comment above the
    // manifest and in package-info.json.
    version: String(pkg.version).slice(0, 20),
    launchData: one ? `case=${one.id}` : '',
  };
}

const fileList = (files, indent) => files.map((f) => `${indent}<file href="${esc(f)}"/>`).join('\n');
const comment = (pkg) => `<!-- ${esc(title(pkg.course.title))}, version ${esc(pkg.version)}, content sha256 ${pkg.contentHash} -->`;

export function scorm12Manifest(pkg) {
  const n = names(pkg);
  const params = `?lms=scorm12${pkg.one ? `&case=${pkg.one.id}` : ''}`;
  return `<?xml version="1.0" encoding="UTF-8"?>
${comment(pkg)}
<manifest identifier="${esc(n.identifier)}" version="${esc(n.version)}"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${esc(n.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true" parameters="${esc(params)}">
        <title>${esc(n.title)}</title>
${n.launchData ? `        <adlcp:datafromlms>${esc(n.launchData)}</adlcp:datafromlms>\n` : ''}        <adlcp:masteryscore>${pkg.mastery}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="index.html">
${fileList(pkg.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

export function scorm2004Manifest(pkg) {
  const n = names(pkg);
  const params = `?lms=scorm2004${pkg.one ? `&case=${pkg.one.id}` : ''}`;
  const measure = (pkg.mastery / 100).toFixed(2);
  return `<?xml version="1.0" encoding="UTF-8"?>
${comment(pkg)}
<manifest identifier="${esc(n.identifier)}" version="${esc(n.version)}"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
  </metadata>
  <organizations default="org">
    <organization identifier="org">
      <title>${esc(n.title)}</title>
      <item identifier="item" identifierref="sco" isvisible="true" parameters="${esc(params)}">
        <title>${esc(n.title)}</title>
${n.launchData ? `        <adlcp:dataFromLMS>${esc(n.launchData)}</adlcp:dataFromLMS>\n` : ''}        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="mastery" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${measure}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="index.html">
${fileList(pkg.files, '      ')}
    </resource>
  </resources>
</manifest>
`;
}

function langstrings(t, indent) {
  const map = typeof t === 'object' ? t : { nl: t };
  const tag = { nl: 'nl-NL', en: 'en-US' };
  return Object.entries(map).map(([l, s]) => `${indent}<langstring lang="${tag[l] || l}">${esc(s)}</langstring>`).join('\n');
}

function au(pkg, id, auTitle, caseId) {
  const params = caseId ? `\n    <launchParameters>${esc(JSON.stringify({ case: caseId }))}</launchParameters>` : '';
  return `  <au id="${esc(id)}" moveOn="CompletedAndPassed" masteryScore="${(pkg.mastery / 100).toFixed(2)}" launchMethod="AnyWindow">
    <title>
${langstrings(auTitle, '      ')}
    </title>
    <description>
${langstrings(auTitle, '      ')}
    </description>
    <url>index.html</url>${params}
  </au>`;
}

export function cmi5Xml(pkg) {
  const courseIri = `${pkg.iriBase}course:${pkg.course.id}`;
  const description = {
    nl: `${title(pkg.course.title, 'nl')}, versie ${pkg.version}, inhoud sha256 ${pkg.contentHash}`,
    en: `${title(pkg.course.title, 'en')}, version ${pkg.version}, content sha256 ${pkg.contentHash}`,
  };
  let aus;
  if (pkg.one) {
    aus = [au(pkg, `${courseIri}:case:${pkg.one.id}`, pkg.one.title, pkg.one.id)];
  } else if (pkg.auPerCase) {
    aus = pkg.course.cases.map((c) => au(pkg, `${courseIri}:case:${c.id}`, c.title, c.id));
  } else {
    aus = [au(pkg, `${courseIri}:au:course`, pkg.course.title, null)];
  }
  const courseTitle = pkg.one ? { nl: `${title(pkg.course.title, 'nl')}: ${title(pkg.one.title, 'nl')}`, en: `${title(pkg.course.title, 'en')}: ${title(pkg.one.title, 'en')}` } : pkg.course.title;
  return `<?xml version="1.0" encoding="UTF-8"?>
${comment(pkg)}
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${esc(pkg.one ? `${courseIri}:case:${pkg.one.id}:course` : courseIri)}">
    <title>
${langstrings(courseTitle, '      ')}
    </title>
    <description>
${langstrings(description, '      ')}
    </description>
  </course>
${aus.join('\n')}
</courseStructure>
`;
}

// The file hrefs a SCORM manifest lists (for the package checks).
export function manifestFiles(xml) {
  return [...xml.matchAll(/<file\s+href="([^"]*)"/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));
}
