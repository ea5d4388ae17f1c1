// Synthetic dossiers for the benchmark: realistic in shape and size (modelled on fixtures/dossiers), every project
// category and resettlement mode, passing, failing and warning ones, some with evidence scans whose SHA-256 matches
// and some whose does not. Deterministic from a seed, so two runs of the benchmark check the same bytes.
//
//   node bench/generate-dossiers.js --seed 9 --count 1000 --out DIR [--flat]
//
// Without --flat, dossiers go into one folder per city (as a repository would keep them); with it, all into DIR.
// Each dossier's intended outcome (`pass`, `warn` or `fail`, and the rule meant to report it) is returned by
// `generateDossiers` and written to DIR/expected.json, so a sample can be checked against the real checker.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

/** mulberry32: small, fast, and the same sequence on every platform for a given seed. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Cities with a short form used in document numbers, and counties with theirs and a romanised code for project ids.
const CITIES = [
  [
    '太原市',
    '并',
    'TY',
    [
      ['小店区', '小', 'XD'],
      ['迎泽区', '迎', 'YZ'],
      ['杏花岭区', '杏', 'XHL'],
      ['万柏林区', '万', 'WBL'],
      ['清徐县', '清', 'QX'],
    ],
  ],
  [
    '大同市',
    '同',
    'DT',
    [
      ['平城区', '平', 'PC'],
      ['云冈区', '云', 'YG'],
      ['阳高县', '阳', 'YGX'],
    ],
  ],
  [
    '长治市',
    '长',
    'CZ',
    [
      ['潞州区', '潞', 'LZ'],
      ['上党区', '党', 'SD'],
      ['襄垣县', '襄', 'XY'],
    ],
  ],
  [
    '晋城市',
    '晋市',
    'JC',
    [
      ['城区', '城', 'CQ'],
      ['泽州县', '泽', 'ZZ'],
      ['高平市', '高', 'GP'],
    ],
  ],
  [
    '忻州市',
    '忻',
    'XZ',
    [
      ['忻府区', '忻府', 'XF'],
      ['代县', '代', 'DX'],
      ['原平市', '原', 'YP'],
    ],
  ],
  [
    '晋中市',
    '晋中',
    'JZ',
    [
      ['榆次区', '榆', 'YC'],
      ['介休市', '介', 'JX'],
      ['平遥县', '遥', 'PY'],
    ],
  ],
  [
    '临汾市',
    '临',
    'LF',
    [
      ['尧都区', '尧', 'YD'],
      ['侯马市', '侯', 'HM'],
      ['洪洞县', '洪', 'HD'],
    ],
  ],
  [
    '运城市',
    '运',
    'YC',
    [
      ['盐湖区', '盐', 'YH'],
      ['永济市', '永', 'YJ'],
      ['河津市', '河', 'HJ'],
    ],
  ],
  [
    '阳泉市',
    '阳泉',
    'YQ',
    [
      ['郊区', '郊', 'JQ'],
      ['平定县', '定', 'PD'],
    ],
  ],
  [
    '吕梁市',
    '吕',
    'LL',
    [
      ['离石区', '离', 'LS'],
      ['孝义市', '孝', 'XYS'],
      ['汾阳市', '汾', 'FY'],
    ],
  ],
  [
    '朔州市',
    '朔',
    'SZ',
    [
      ['朔城区', '朔城', 'SC'],
      ['怀仁市', '怀', 'HR'],
    ],
  ],
];
const PLACES = [
  '御河西',
  '郝庄',
  '西街',
  '东岗村',
  '老城',
  '南关',
  '北营',
  '桥东',
  '河西',
  '矿区',
  '铁路新村',
  '红星街',
  '新建路',
  '杨家堡',
  '后王村',
  '城南',
  '解放路',
  '胜利街',
];
const SURNAMES = ['张', '王', '李', '赵', '刘', '陈', '杨', '郭', '吴', '任'];
const CONTRACTORS = [
  ['survey', '山西省勘察设计研究院'],
  ['design', '山西省建筑设计研究院'],
  ['construction', '山西建筑工程集团有限公司'],
  ['supervision', '山西协诚建设工程项目管理有限公司'],
  ['construction', '山西二建集团有限公司'],
  ['design', '太原市建筑设计研究院'],
  ['supervision', '山西省建设监理有限公司'],
  ['construction', '山西四建集团有限公司'],
];
const CATEGORY_NAMES = {
  shantytown: '棚户区改造项目',
  'urban-village': '城中村改造项目',
  'urban-dilapidated-housing': '城市危房改造项目',
  'rural-dilapidated-housing': '农村危房改造项目',
  'supporting-infrastructure': '棚户区改造配套基础设施项目',
};

// What can be wrong with a generated dossier, with the rule expected to report it. Weights sum to about 40% of
// dossiers failing and 5% passing with a warning, roughly what a pre-screening repository would hold.
const FAULTS = [
  ['missing-eia', 'four-approvals', 8],
  ['commercial-scope', 'purchase-scope', 6],
  ['evidence-mismatch', 'evidence-matches', 7],
  ['missing-announcement', 'compensation-documents', 6],
  ['platform-guarantee', 'no-guarantee-for-former-platform', 5],
  ['low-capital', 'project-capital-ratio', 6],
  ['malformed', 'yaml-syntax', 2],
  ['adbc-shantytown', 'adbc-lending-scope', 5],
];
const WARNINGS = new Set(['adbc-shantytown']);

const pad = (n, width = 2) => String(n).padStart(width, '0');

/** A calendar date `days` after 2015-09-01 (every generated date lies between autumn 2015 and 2017). */
function day(days) {
  const date = new Date(Date.UTC(2015, 8, 1) + days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/**
 * A scanned page as a scanner writes it: a real PDF (catalog, one page, one greyscale image drawn over it, a
 * cross-reference table with the right offsets) whose picture differs for every document. No font, so no text
 * layer: a reader finds nothing to compare, as with a real scan. A few KiB only: real scans are larger, but hashing
 * them is the same work for every version of the checker and would only dilute the ratios.
 */
function scanBytes(rand, label) {
  const side = 32 + Math.floor(rand() * 32);
  const pixels = Buffer.alloc(side * side);
  for (let i = 0; i < pixels.length; i++) pixels[i] = Math.floor(rand() * 256);
  const drawing = `q 595 0 0 842 0 0 cm /Scan Do Q\n`;
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Scan 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${side} /Height ${side} /ColorSpace /DeviceGray /BitsPerComponent 8 /Length ${pixels.length} >>\nstream\n`,
      ),
      pixels,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Length ${drawing.length} >>\nstream\n${drawing}endstream`),
  ];
  const parts = [Buffer.from(`%PDF-1.4\n% ${label}\n`)];
  let offset = parts[0].length;
  const offsets = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(offset);
    const object = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), body, Buffer.from('\nendobj\n')]);
    parts.push(object);
    offset += object.length;
  }
  const xref = offsets.map((at) => `${String(at).padStart(10, '0')} 00000 n \n`).join('');
  parts.push(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`,
    ),
  );
  return Buffer.concat(parts);
}

/**
 * One dossier: its YAML text, the evidence files it names (relative path → bytes) and its intended outcome.
 * `index` makes ids unique across the whole set.
 */
export function makeDossier(rand, index) {
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const between = (low, high) => low + Math.floor(rand() * (high - low + 1));

  let fault;
  const roll = rand() * 100;
  let acc = 0;
  for (const [name, rule, weight] of FAULTS) {
    acc += weight;
    if (roll < acc) {
      fault = { name, rule };
      break;
    }
  }

  const [city, cityShort, cityCode, counties] = pick(CITIES);
  const [county, countyShort, countyCode] = pick(counties);
  const place = pick(PLACES);
  const categoryRoll = rand();
  let category =
    categoryRoll < 0.45
      ? 'shantytown'
      : categoryRoll < 0.62
        ? 'urban-village'
        : categoryRoll < 0.74
          ? 'urban-dilapidated-housing'
          : categoryRoll < 0.88
            ? 'rural-dilapidated-housing'
            : 'supporting-infrastructure';
  // Faults that need a resettlement section or a shantytown project.
  // The four approvals are loan conditions of shantytown-type projects only, not of rural housing.
  if ((fault?.name === 'missing-announcement' || fault?.name === 'missing-eia') && category === 'rural-dilapidated-housing') category = 'shantytown';
  if (fault?.name === 'adbc-shantytown') category = 'shantytown';
  const rural = category === 'rural-dilapidated-housing';
  const infrastructureOnly = category === 'supporting-infrastructure';
  const year = 2016;
  const government = `${city}${county}人民政府`;
  const countyGov = county.endsWith('县') || county.endsWith('市') ? `${county}人民政府` : government;
  const projectId = `${cityCode}-${countyCode}-${year}-${pad(index, 5)}`;
  const projectName = `${city}${county}${place}${CATEGORY_NAMES[category]}`;
  const entityName = `${city}${county}${pick(['城市建设投资', '城乡建设投资', '棚户区改造开发', '保障性住房建设', '城中村改造开发'])}有限公司`;
  const households = rural ? between(2, 6) : between(120, 3200);
  const totalInvestment = rural ? households * between(1500, 4000) : households * between(40, 90);
  const projectCapital = fault?.name === 'low-capital' ? Math.round(totalInvestment * 0.12) : Math.ceil(totalInvestment * 0.2) + between(0, 3) * 10;
  const loanAmount = Math.round(totalInvestment * 0.8) - between(0, 10) * 10;
  const adbc = fault?.name === 'adbc-shantytown' || ((category === 'urban-village' || rural || infrastructureOnly) && rand() < 0.6);
  const lenderName = adbc ? `中国农业发展银行${city}分行` : '国家开发银行山西省分行';
  const formerPlatform = fault?.name === 'platform-guarantee' || rand() < 0.15;

  // Dates: the plan is listed first, approvals follow, the loan is applied for after all of them.
  // Day 122 is 2016-01-01: 2016 documents are issued in 2016, the compensation measures and restructuring before.
  const t0 = between(135, 220);
  const landDay = t0 + between(57, 62);
  const dates = {
    measures: day(t0 - between(60, 120)),
    restructuring: day(t0 - between(60, 100)),
    platformAnnouncement: day(t0 - between(20, 50)),
    survey: day(t0 - between(20, 40)),
    listing: day(t0),
    filing: day(t0 + between(2, 6)),
    listings: day(t0 + between(5, 10)),
    selection: day(t0 + between(8, 14)),
    budget: day(t0 + between(15, 20)),
    agreement: day(t0 + between(21, 30)),
    plot: day(t0 + between(30, 40)),
    purchasePlan: day(t0 + between(30, 40)),
    announcement: day(t0 + between(41, 50)),
    disclosure: day(t0 + between(41, 50)),
    planning: day(t0 + between(51, 56)),
    land: day(landDay),
    fsr: day(t0 + between(63, 70)),
    eia: day(t0 + between(71, 80)),
    application: day(t0 + between(85, 110)),
    construction: day(t0 + between(120, 160)),
    delivery: day(t0 + between(700, 900)),
  };
  const docNo = (prefix, n, issued) => `${prefix}〔${issued.slice(0, 4)}〕${n}号`;

  const documents = [];
  const evidence = new Map();
  const addDocument = (id, kind, title, [prefix, n], issuer, issued, extra = '') =>
    documents.push({ id, kind, title, number: docNo(prefix, n, issued), issuer, issued, extra });
  addDocument(
    'doc-plan-listing',
    'plan-listing',
    '关于下达2016年全省城镇保障性安居工程建设计划的通知',
    [rural ? '晋建村字' : '晋建保字', between(3, 40)],
    '山西省住房和城乡建设厅',
    dates.listing,
  );
  addDocument(
    'doc-plan-filing',
    'implementation-plan-filing',
    `关于报送${place}改造实施方案的函`,
    [`${countyShort}政函`, between(1, 30)],
    countyGov,
    dates.filing,
  );
  addDocument(
    'doc-selection',
    'entity-selection',
    `${place}改造项目实施主体招标中标通知书`,
    [`${countyShort}招中`, between(1, 20)],
    `${city}公共资源交易中心`,
    dates.selection,
  );
  addDocument(
    'doc-budget',
    'budget-resolution',
    '关于将政府购买服务资金纳入财政预算的决议',
    [`${countyShort}人常`, between(1, 12)],
    `${county}人民代表大会常务委员会`,
    dates.budget,
  );
  addDocument(
    'doc-pos-agreement',
    'purchase-of-service-agreement',
    `${place}改造政府购买服务协议`,
    [`${countyShort}政购`, between(1, 9)],
    countyGov,
    dates.agreement,
  );
  if (formerPlatform) {
    addDocument(
      'doc-restructuring',
      'restructuring',
      `关于${entityName}转型的批复`,
      [`${countyShort}国资发`, between(1, 30)],
      `${county}国有资产监督管理局`,
      dates.restructuring,
    );
    addDocument(
      'doc-platform-announcement',
      'platform-announcement',
      '关于不再承担政府融资职能的公告',
      [`${countyShort}城投告`, 1],
      entityName,
      dates.platformAnnouncement,
    );
  }

  // Components and their four approvals.
  const components = [];
  const approvalDocs = (suffix, name) => {
    addDocument(
      `doc-fsr-${suffix}`,
      'feasibility-approval',
      `关于${name}可行性研究报告的批复`,
      [`${cityShort}发改审批`, between(10, 90)],
      `${city}发展和改革委员会`,
      dates.fsr,
    );
    addDocument(`doc-eia-${suffix}`, 'eia-approval', `关于${name}环境影响报告表的批复`, [`${cityShort}环审`, between(5, 60)], `${city}环境保护局`, dates.eia);
    addDocument(`doc-planning-${suffix}`, 'planning-opinion', `${name}规划意见`, [`${cityShort}规意`, between(10, 120)], `${city}规划局`, dates.planning);
    addDocument(
      `doc-land-${suffix}`,
      'land-pre-review',
      `${name}建设用地预审意见`,
      [`${cityShort}国土资预审`, between(3, 40)],
      `${city}国土资源局`,
      dates.land,
      `    validUntil: ${day(landDay + 730)}\n`,
    );
  };
  const component = (id, kind, name, extra = '') => components.push({ id, kind, name, extra });
  const milestones = `    milestones:\n      planned: ${dates.listing}\n      approved: ${dates.eia}\n      constructionStart: ${dates.construction}\n      delivery: ${dates.delivery}\n`;
  const approvals = (suffix, dropEia) =>
    `    approvals:\n      feasibilityStudy: doc-fsr-${suffix}\n${dropEia ? '' : `      environmentalImpact: doc-eia-${suffix}\n`}      planning: doc-planning-${suffix}\n      landPreReview: doc-land-${suffix}\n`;
  let eiaDropped = false;
  const dropEiaHere = () => {
    if (fault?.name !== 'missing-eia' || eiaDropped) return false;
    eiaDropped = true;
    return true;
  };
  if (!rural && !infrastructureOnly) component('demolition', 'demolition', `${place}片区房屋征收拆迁`);
  if (!infrastructureOnly) {
    const name = rural ? `${place}集中安置点农房` : `${place}安置小区（1—${between(2, 16)}号楼）`;
    approvalDocs('housing', name);
    component('housing', 'resettlement-housing', name, approvals('housing', dropEiaHere()) + milestones);
  }
  const roads = rand() < 0.6 || infrastructureOnly;
  if (roads) {
    const name = `${place}片区配套道路及管网工程`;
    approvalDocs('roads', name);
    const supports = infrastructureOnly
      ? `    supports: { category: ${fault?.name === 'missing-eia' ? 'urban-village' : pick(['shantytown', 'urban-village', 'rural-dilapidated-housing'])} }\n`
      : '';
    component('roads', 'infrastructure', name, approvals('roads', dropEiaHere()) + supports + milestones);
  }

  // Resettlement: one mode or both (rural projects rebuild houses in place and have no resettlement section).
  let resettlement = '';
  if (!rural) {
    const modeRoll = rand();
    const modes = modeRoll < 0.45 ? ['built-housing'] : modeRoll < 0.8 ? ['monetized'] : ['monetized', 'built-housing'];
    const monetizedCount = modes.length === 2 ? Math.round(households * (0.3 + rand() * 0.4)) : modes[0] === 'monetized' ? households : 0;
    const counts = [`total: ${households}`];
    if (monetizedCount) counts.push(`monetized: ${monetizedCount}`);
    if (modes.includes('built-housing')) counts.push(`builtHousing: ${households - monetizedCount}`);
    addDocument(
      'doc-measures',
      'compensation-measures',
      `${city}国有土地上房屋征收补偿安置办法`,
      [`${cityShort}政发`, between(10, 99)],
      `${city}人民政府`,
      dates.measures,
    );
    addDocument(
      'doc-announcement',
      'demolition-announcement',
      `${place}片区房屋征收决定及补偿公告`,
      [`${countyShort}征告`, between(1, 9)],
      countyGov,
      dates.announcement,
    );
    addDocument('doc-plot-plan', 'plot-compensation-plan', `${place}片区房屋征收补偿安置方案`, [`${countyShort}政函`, between(31, 60)], countyGov, dates.plot);
    resettlement = `resettlement:\n  modes: [${modes.join(', ')}]\n  households: { ${counts.join(', ')} }\n  compensationMeasures: doc-measures\n`;
    if (fault?.name !== 'missing-announcement') resettlement += '  demolitionAnnouncement: doc-announcement\n';
    resettlement += '  plotCompensationPlan: doc-plot-plan\n';
    if (modes.includes('monetized')) {
      const ways = rand() < 0.5 ? ['government-purchase', 'free-use'] : rand() < 0.5 ? ['platform-selection'] : ['free-use'];
      if (ways.includes('government-purchase')) {
        addDocument(
          'doc-purchase-plan',
          'housing-purchase-plan',
          `${place}片区棚改安置房源购买方案`,
          [`${countyShort}政函`, between(61, 90)],
          countyGov,
          dates.purchasePlan,
        );
        resettlement += '  housingPurchasePlan: doc-purchase-plan\n';
      }
      addDocument(
        'doc-stock-survey',
        'housing-stock-survey',
        `${city}存量商品住房摸底调查报告`,
        [`${countyShort}建字`, between(50, 99)],
        `${city}${county}住房和城乡建设局`,
        dates.survey,
      );
      addDocument(
        'doc-listings',
        'listings-publication',
        '棚户区改造货币化安置房源信息公告',
        [`${countyShort}建公告`, between(1, 5)],
        `${city}${county}住房和城乡建设局`,
        dates.listings,
      );
      addDocument('doc-disclosure', 'disclosure', '棚户区改造货币化安置操作程序公示', [`${countyShort}征公示`, between(1, 9)], countyGov, dates.disclosure);
      resettlement += `  monetized:\n    ways: [${ways.join(', ')}]\n    housingStockSurvey: doc-stock-survey\n    listingsPublication: doc-listings\n    disclosure: doc-disclosure\n`;
    }
    resettlement += '\n';
  }

  // Evidence scans on a share of the approvals; a mismatching SHA-256 is the evidence-mismatch fault.
  const approvalIds = documents.filter((d) => /^doc-(fsr|eia|land)-/.test(d.id));
  const scanned = approvalIds.filter(() => rand() < 0.12);
  if (fault?.name === 'evidence-mismatch' && scanned.length === 0) scanned.push(approvalIds[0]);
  for (const [n, document] of scanned.entries()) {
    const file = `scans/${projectId} ${document.id.slice(4)}.pdf`;
    const bytes = scanBytes(rand, `${projectId} ${document.title}`);
    evidence.set(file, bytes);
    let sha256 = createHash('sha256').update(bytes).digest('hex');
    if (fault?.name === 'evidence-mismatch' && n === 0) sha256 = `${sha256.slice(0, 60)}0000`;
    document.extra += `    evidence:\n      file: ${file}\n      sha256: ${sha256}\n`;
  }

  const term = { from: year, to: year + between(2, 9) };
  const budget = [];
  for (let y = term.from; y <= term.to; y++) budget.push(`      - { year: ${y}, document: doc-budget }\n`);
  const scope = rural
    ? ['resettlement-housing', 'public-infrastructure']
    : infrastructureOnly
      ? ['public-infrastructure']
      : ['land-acquisition-demolition', 'resettlement-housing', 'public-infrastructure'];
  if (fault?.name === 'commercial-scope') scope.push('commercial-housing');

  let entity = `entity:\n  name: ${entityName}\n  ownership: state-owned\n  formerFinancingPlatform: ${formerPlatform}\n  selection:\n    method: public-tender\n    document: doc-selection\n`;
  if (formerPlatform) {
    entity +=
      '  restructuring:\n    completed: true\n    document: doc-restructuring\n  announcement:\n    document: doc-platform-announcement\n    medium: 山西日报\n';
    entity +=
      fault?.name === 'platform-guarantee'
        ? `  governmentGuarantees:\n    - kind: backstop-letter\n      description: ${countyGov}出具的还款兜底承诺函\n`
        : '  governmentGuarantees: []\n';
  }

  let ruralSection = '';
  if (rural) {
    addDocument(
      'doc-design',
      'rural-house-design',
      `${county}农房设计图集和风貌管理要求`,
      [`${countyShort}建字`, between(1, 30)],
      `${county}住房和城乡建设局`,
      dates.listing,
    );
    ruralSection = `rural:\n  seismicIntensity: ${pick([7, 8])}\n  designGuidance: doc-design\n  households:\n`;
    for (let h = 1; h <= households; h++) {
      const grade = pick(['C', 'D']);
      ruralSection +=
        `    - id: h-${pad(h, 3)}\n      name: ${pick(SURNAMES)}某某\n      houseGrade: ${grade}\n      fileNumber: ${countyCode}-WF-${year}-${pad(h, 4)}\n` +
        '      informationSystemEntered: true\n' +
        `      subsidy: { amount: ${grade === 'D' ? 13500 : 8500}, paidBy: county-finance, paidTo: household-account, date: ${dates.delivery} }\n` +
        '      seismicRequirementsMet: true\n      minimumRequirementsMet: true\n';
    }
    ruralSection += '\n';
  }

  const responsibility = [`    - { role: developer, name: ${entityName} }\n`];
  for (const [role, name] of CONTRACTORS.slice(0, between(4, CONTRACTORS.length))) responsibility.push(`    - { role: ${role}, name: ${name} }\n`);

  // Documents in either of the two styles the fixtures use: block mappings with titles, or one flow map a line.
  const blockStyle = rand() < 0.5;
  const documentText = documents
    .map((d) =>
      blockStyle || d.extra
        ? `  - id: ${d.id}\n    kind: ${d.kind}\n    title: ${d.title}\n    number: ${d.number}\n    issuer: ${d.issuer}\n    issued: ${d.issued}\n${d.extra}`
        : `  - { id: ${d.id}, kind: ${d.kind}, title: ${d.title}, number: ${d.number}, issuer: ${d.issuer}, issued: ${d.issued} }\n`,
    )
    .join('');

  let text =
    `# ${projectName}\n` +
    'dossierFormat: 1\n\n' +
    `project:\n  id: ${projectId}\n  name: ${projectName}\n  category: ${category}\n  city: ${city}\n  county: ${county}\n  responsibleGovernment: ${countyGov}\n` +
    `  plan:\n    name: ${rural ? '2015-2017山西省农村危房改造规划' : '2015-2017年山西省棚户区改造规划'}\n    programme: 2015-2017\n    year: ${year}\n    listingDocument: doc-plan-listing\n` +
    `  implementationPlanFiling:\n    document: doc-plan-filing\n    filedWith: 山西省住房和城乡建设厅\n` +
    `  totalInvestment: ${totalInvestment}\n  projectCapital: ${projectCapital}\n  households: ${households}\n\n` +
    `${entity}\n` +
    `agreements:\n  - id: agr-pos\n    kind: purchase-of-service\n    document: doc-pos-agreement\n    parties: [${countyGov}, ${entityName}]\n` +
    `    term: { from: ${term.from}, to: ${term.to} }\n    budget:\n${budget.join('')}    scope: [${scope.join(', ')}]\n\n` +
    resettlement +
    `components:\n${components.map((c) => `  - id: ${c.id}\n    kind: ${c.kind}\n    name: ${c.name}\n${c.extra}`).join('')}\n` +
    ruralSection +
    `documents:\n${documentText}\n` +
    `loan:\n  lender:\n    name: ${lenderName}\n    kind: ${adbc ? 'agricultural-development-bank' : 'china-development-bank'}\n  product: project-loan\n` +
    `  amount: ${loanAmount}\n  applicationDate: ${dates.application}\n  basis: agr-pos\n\n` +
    `fundSupervision:\n  account: ${place}${CATEGORY_NAMES[category].replace('项目', '')}贷款资金监管专户\n  bank: ${lenderName}\n\n` +
    `quality:\n  permanentSignBoard: true\n  lifetimeResponsibility:\n${responsibility.join('')}`;

  // A broken indentation, as a hand edit leaves it: the file stays a dossier but cannot be parsed.
  if (fault?.name === 'malformed') text = text.replace('\n  bank: ', '\n bank:  ').replace('fundSupervision:\n  account:', 'fundSupervision:\n    account:');

  const outcome = !fault ? 'pass' : WARNINGS.has(fault.name) ? 'warn' : 'fail';
  return { text, evidence, outcome, rule: fault?.rule, category, id: projectId };
}

/**
 * Writes `count` dossiers (and their evidence scans) under `dir`; returns their paths relative to `dir` and their
 * intended outcomes, in generation order.
 */
export function generateDossiers({ seed = 9, count, dir, flat = false }) {
  const rand = random(seed);
  const expected = [];
  const made = new Set();
  for (let i = 1; i <= count; i++) {
    const dossier = makeDossier(rand, i);
    const folder = flat ? dir : join(dir, dossier.id.split('-')[0]);
    if (!made.has(folder)) {
      mkdirSync(join(folder, 'scans'), { recursive: true });
      made.add(folder);
    }
    const name = `${dossier.id}.yaml`;
    writeFileSync(join(folder, name), dossier.text);
    for (const [file, bytes] of dossier.evidence) writeFileSync(join(folder, file), bytes);
    const relative = flat ? name : join(dossier.id.split('-')[0], name);
    expected.push({
      file: relative,
      outcome: dossier.outcome,
      category: dossier.category,
      evidence: dossier.evidence.size,
      ...(dossier.rule ? { rule: dossier.rule } : {}),
    });
  }
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 1)}\n`);
  return expected;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '9' },
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      flat: { type: 'boolean', default: false },
    },
  });
  if (!values.out) throw new Error('--out DIR is required');
  const expected = generateDossiers({ seed: Number(values.seed), count: Number(values.count), dir: values.out, flat: values.flat });
  const tally = {};
  for (const { outcome } of expected) tally[outcome] = (tally[outcome] ?? 0) + 1;
  console.log(`${expected.length} dossiers in ${values.out}: ${JSON.stringify(tally)}`);
}
