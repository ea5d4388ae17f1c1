import { type ClauseId, citation, clause } from '../notice/clauses.js';
import { ENUM_LABELS, type EnumName } from './enum-labels.js';
import type { ProjectCategory, ResettlementMode } from './types.js';

/** What `dossier-check init` is asked for. */
export interface SkeletonRequest {
  category: ProjectCategory;
  /** The resettlement modes; empty for a project that demolishes nothing. */
  modes: readonly ResettlementMode[];
  /** What the `# yaml-language-server: $schema=` line names: a path relative to the dossier's folder, or a URL. */
  schemaReference: string;
  /** `YYYY-MM-DD`: the loan application date the skeleton starts from. */
  today: string;
}

/**
 * The text every required field holds until the author fills it in. The schema requires those fields (and a
 * non-empty text in each), so the skeleton is a valid dossier the editor and `check` accept; they do not say it is
 * unfinished, so the header says so and every placeholder carries this one word the author can search for.
 */
export const PLACEHOLDER = '待填写';

/** A document id the skeleton's commented examples refer to, and the documents list shows once. */
interface DocumentExample {
  id: string;
  kind: string;
  title: string;
  number: string;
  issuer: string;
  issued: string;
}

/** Renovations whose construction parts need the four approvals of N-4.4; rural houses rebuilt by households do not. */
const FOUR_APPROVAL_CATEGORIES: ReadonlySet<ProjectCategory> = new Set([
  'shantytown',
  'urban-village',
  'urban-dilapidated-housing',
  'supporting-infrastructure',
]);

/** `# N-4.4 · 晋政办发〔2015〕122号 四(四)「争取开发性金融支持」：…` */
function clauseComment(id: ClauseId, what: string, indent = ''): string {
  return `${indent}# ${citation(id)}「${clause(id).title.zh}」：${what}`;
}

function label(name: EnumName, value: string): string {
  return (ENUM_LABELS[name].labels as Readonly<Record<string, { zh: string }>>)[value]?.zh ?? value;
}

/** `state-owned 国有、collective 集体所有、…`: the choices of an enum, for a comment beside the value. */
function choices(name: EnumName): string {
  return Object.entries(ENUM_LABELS[name].labels as Readonly<Record<string, { zh: string }>>)
    .map(([value, { zh }]) => `${value} ${zh}`)
    .join('、');
}

/**
 * A value, then its comment aligned in a column, so a filled-in line stays readable:
 * `  name: 待填写              # 项目名称`.
 */
function field(indent: string, keyAndValue: string, comment: string): string {
  const text = `${indent}${keyAndValue}`;
  // East Asian characters take two columns in an editor; count them so the comments line up.
  const width = [...text].reduce((sum, char) => sum + (/[\u2E80-\uFFEF]/u.test(char) ? 2 : 1), 0);
  return `${text}${' '.repeat(Math.max(2, 34 - width))}# ${comment}`;
}

function documentLines(doc: DocumentExample, commented: boolean): string[] {
  const prefix = commented ? '  # ' : '  ';
  return [
    `${prefix}- id: ${doc.id}`,
    field(`${prefix}  `, `kind: ${doc.kind}`, label('documentKind', doc.kind)),
    `${prefix}  title: ${doc.title}`,
    field(`${prefix}  `, `number: ${doc.number}`, '文号，如 同发改审批字〔2016〕33号'),
    `${prefix}  issuer: ${doc.issuer}`,
    field(`${prefix}  `, `issued: ${doc.issued}`, '发文日期 YYYY-MM-DD'),
  ];
}

/**
 * The text of a commented dossier skeleton for a category and resettlement modes. It holds every field the schema
 * requires (placeholders where only the author knows the value) and shows, as comments under the clause each serves,
 * the fields a loan needs: so it validates, and `check` lists exactly the obligations still to meet. It claims no
 * document and no approval, since a placeholder there would make a check pass that must fail.
 */
export function dossierSkeleton({ category, modes, schemaReference, today }: SkeletonRequest): string {
  const monetized = modes.includes('monetized');
  const builtHousing = modes.includes('built-housing');
  const rural = category === 'rural-dilapidated-housing';
  const modeText = modes.length > 0 ? modes.map((mode) => `${label('resettlementMode', mode)}（${mode}）`).join('、') : '无拆迁安置';
  const lines: string[] = [
    `# yaml-language-server: $schema=${schemaReference}`,
    `# 贷款资料骨架：${label('projectCategory', category)}（${category}）；安置方式：${modeText}。由 dossier-check init 生成。`,
    `# 填写方法：把每个“${PLACEHOLDER}”换成实际内容；以 # 开头的示例行照实填写后删去行首的“# ”。`,
    '# 每一部分上方的注释写明它对应的条款（晋政办发〔2015〕122号）。日期写作 YYYY-MM-DD，金额以万元为单位。',
    '# 文件（批复、方案、公告、协议）都列在 documents 中，其他字段用文件的 id 引用它。',
    '# 填好后运行 dossier-check check 检查；检查报告逐条列出尚未满足的条件及其条款。',
    'dossierFormat: 1',
    '',
  ];

  lines.push(
    clauseComment('N-2.1', '项目须纳入改造计划，写明计划名称、年度和计划下达文件。'),
    clauseComment('N-5.1', '写明作为责任主体的市、县人民政府。'),
    clauseComment('N-5.2', '2015-2017 年计划的项目，实施方案须报省住房城乡建设厅。'),
    'project:',
    field('  ', `id: ${PLACEHOLDER}`, '项目编号'),
    field('  ', `name: ${PLACEHOLDER}`, '项目名称'),
    field('  ', `category: ${category}`, `${label('projectCategory', category)}。可选：${choices('projectCategory')}`),
    field('  ', `city: ${PLACEHOLDER}`, '市，如 大同市'),
    field('  ', `county: ${PLACEHOLDER}`, '县（市、区），如 平城区'),
    field('  # ', 'responsibleGovernment: 大同市平城区人民政府', '责任主体政府（N-5.1）'),
    field('  # ', 'plan:', '纳入的改造计划（N-2.1）'),
    `  #   name: ${rural ? '2015-2017山西省农村危房改造规划' : '2015-2017年山西省棚户区改造规划'}`,
    '  #   programme: 2015-2017',
    '  #   year: 2016',
    field('  #   ', 'listingDocument: doc-plan-listing', '计划下达文件（documents 中的 id）'),
    field('  # ', 'implementationPlanFiling:', '实施方案报备（N-5.2）'),
    '  #   document: doc-plan-filing',
    '  #   filedWith: 山西省住房和城乡建设厅',
    field('  # ', 'totalInvestment: 152000', '总投资（万元）'),
    field('  # ', 'projectCapital: 30400', '项目资本金（万元）'),
    '',
    clauseComment('N-4.1', '市、县人民政府公开择优选择实施主体。'),
    clauseComment('N-4.3', '原融资平台公司须经市场化改制并公告不再承担政府融资职能，政府不为其提供担保。'),
    'entity:',
    field('  ', `name: ${PLACEHOLDER}`, '实施主体名称'),
    field('  ', 'ownership: state-owned', `所有制。可选：${choices('ownership')}`),
    field('  ', 'formerFinancingPlatform: false', '是否原融资平台公司；是则写 true，并填写下面的改制和公告'),
    field('  # ', 'creditCode: 91140200MA0GRXXXXX', '统一社会信用代码（18 位）'),
    field('  # ', 'selection:', '实施主体选择方式（N-4.1）'),
    field('  #   ', 'method: public-tender', `可选：${choices('selectionMethod')}`),
    '  #   document: doc-selection',
    field('  # ', 'restructuring:', '市场化改制（原融资平台公司，N-4.3）'),
    '  #   completed: true',
    '  #   document: doc-restructuring',
    field('  # ', 'announcement:', '不再承担政府融资职能的公告（原融资平台公司，N-4.3）'),
    '  #   document: doc-platform-announcement',
    '  #   medium: 山西日报',
    '',
    clauseComment('N-4.4', '实施主体依据政府购买服务协议、特许经营协议等政府与社会资本合作合同融资。'),
    clauseComment('N-4.1', '购买服务协议的资金逐年列入财政预算；购买范围限于征地拆迁服务、安置住房筹集、公益性基础设施建设。'),
    field('', 'agreements: []', '融资依据协议；把 [] 换成下面的列表'),
    '  # - id: agr-pos',
    field('  #   ', 'kind: purchase-of-service', `可选：${choices('agreementKind')}`),
    '  #   document: doc-pos-agreement',
    '  #   parties: [大同市平城区人民政府, 大同市御东建设投资有限公司]',
    '  #   term: { from: 2016, to: 2025 }',
    field('  #   ', 'budget:', '协议期内每一年的财政预算安排'),
    '  #     - { year: 2016, document: doc-budget }',
    field('  #   ', 'scope: [land-acquisition-demolition, resettlement-housing, public-infrastructure]', '购买服务范围'),
    '',
  );

  if (modes.length > 0) {
    lines.push(
      clauseComment('N-4.4', '安置补偿文件纳入贷款发放条件：'),
      ...(monetized ? ['#   货币补偿安置：安置补偿管理办法、拆迁补偿公告，以及具体拆迁地块的安置补偿方案或房源购买方案；'] : []),
      ...(builtHousing ? ['#   建设安置房安置：拆迁部分须有安置补偿管理办法、拆迁补偿公告、具体拆迁地块的安置补偿方案。'] : []),
      ...(monetized
        ? [
            clauseComment('N-3.1', '开展存量住房摸底调查，公开房源信息。'),
            clauseComment('N-3.2', '货币化安置采用政府收购房源、政府搭建平台选购商品住房、居民自由支配补偿款三种方式之一。'),
            clauseComment('N-3.3', '货币化安置操作程序主动公开。'),
          ]
        : []),
      'resettlement:',
      field('  ', `modes: [${modes.join(', ')}]`, `安置方式。可选：${choices('resettlementMode')}`),
      field('  # ', 'compensationMeasures: doc-measures', '安置补偿管理办法'),
      field('  # ', 'demolitionAnnouncement: doc-announcement', '拆迁补偿公告'),
      field('  # ', 'plotCompensationPlan: doc-plot-plan', '具体拆迁地块的安置补偿方案'),
      ...(monetized
        ? [
            field('  # ', 'housingPurchasePlan: doc-purchase-plan', '房源购买方案（货币补偿安置时可代替地块方案）'),
            field('  # ', 'monetized:', '货币化安置'),
            field('  #   ', 'ways: [government-purchase]', `可选：${choices('monetizedWay')}`),
            field('  #   ', 'housingStockSurvey: doc-stock-survey', '存量住房摸底调查（N-3.1）'),
            field('  #   ', 'listingsPublication: doc-listings', '房源信息公开（N-3.1）'),
            field('  #   ', 'disclosure: doc-disclosure', '操作程序公开（N-3.3）'),
          ]
        : []),
      '',
    );
  }

  const construction = builtHousing || rural || category === 'supporting-infrastructure';
  lines.push(
    '# 项目组成部分：拆迁、安置房建设、配套基础设施、配套公共服务设施，各一项。',
    ...(construction && FOUR_APPROVAL_CATEGORIES.has(category)
      ? [clauseComment('N-4.4', '棚户区配套基础设施和安置房建设部分，须有有关部门出具的可研批复、环评批复、规划意见、土地预审意见四项审批手续。')]
      : []),
    ...(construction && category !== 'rural-dilapidated-housing'
      ? [clauseComment('N-2.3', '配套基础设施与安置住房同步规划、同步报批、同步建设、同步交付使用。')]
      : []),
    'components:',
  );
  if (modes.length > 0) {
    lines.push(
      '  - id: demolition',
      field('    ', 'kind: demolition', label('componentKind', 'demolition')),
      field('    ', `name: ${PLACEHOLDER}`, '如 御河西片区房屋征收拆迁'),
    );
  }
  const built: { id: string; kind: string; example: string }[] = [];
  if (builtHousing || rural)
    built.push({ id: 'housing', kind: 'resettlement-housing', example: rural ? '如 峪口乡集中安置点农房' : '如 御河西安置小区（1—12号楼）' });
  if (category === 'supporting-infrastructure') built.push({ id: 'infrastructure', kind: 'infrastructure', example: '如 安置小区配套供热、供水管网' });
  if (modes.length === 0 && built.length === 0) built.push({ id: 'housing', kind: 'resettlement-housing', example: '如 御河西安置小区（1—12号楼）' });
  for (const part of built) {
    lines.push(
      `  - id: ${part.id}`,
      field('    ', `kind: ${part.kind}`, `${label('componentKind', part.kind)}。可选：${choices('componentKind')}`),
      field('    ', `name: ${PLACEHOLDER}`, part.example),
      ...(FOUR_APPROVAL_CATEGORIES.has(category)
        ? [
            field('    # ', 'approvals:', '四项审批手续（N-4.4），各填 documents 中的 id'),
            field('    #   ', `feasibilityStudy: doc-fsr-${part.id}`, '可研批复'),
            field('    #   ', `environmentalImpact: doc-eia-${part.id}`, '环评批复'),
            field('    #   ', `planning: doc-planning-${part.id}`, '规划意见'),
            field('    #   ', `landPreReview: doc-land-${part.id}`, '土地预审意见'),
          ]
        : []),
      field('    # ', 'milestones:', '节点日期（N-2.3 同步规划、报批、建设、交付）'),
      '    #   planned: 2016-01-18',
      '    #   approved: 2016-04-05',
      '    #   constructionStart: 2016-08-01',
      '    #   delivery: 2018-10-31',
    );
  }
  lines.push('');

  if (rural) {
    lines.push(
      clauseComment(
        'N-2.4',
        '补助资金由县级财政直接发放到农户；一户一档并录入信息系统；改造后的住房符合最低建设要求和抗震安全基本要求；县级住房城乡建设部门制定农房设计图和风貌管理要求。',
      ),
      'rural:',
      field('  # ', 'seismicIntensity: 8', '抗震设防烈度'),
      field('  # ', 'designGuidance: doc-design', '农房设计图和风貌管理要求'),
      field('  ', 'households: []', '改造户，每户一项；把 [] 换成下面的列表'),
      '  # - id: h-001',
      '  #   name: 张某某',
      field('  #   ', 'houseGrade: D', `危房等级。可选：${choices('houseGrade')}`),
      field('  #   ', 'fileNumber: DX-WF-2016-0001', '一户一档档案号'),
      field('  #   ', 'informationSystemEntered: true', '已录入农村危房改造信息系统'),
      '  #   subsidy: { amount: 13500, paidBy: county-finance, paidTo: household-account, date: 2016-12-10 }',
      field('  #   ', 'seismicRequirementsMet: true', '符合抗震安全基本要求'),
      field('  #   ', 'minimumRequirementsMet: true', '符合最低建设要求'),
      '',
    );
  }

  const example: DocumentExample = {
    id: 'doc-fsr-housing',
    kind: 'feasibility-approval',
    title: '关于御河西安置小区项目可行性研究报告的批复',
    number: '同发改审批字〔2016〕33号',
    issuer: '大同市发展和改革委员会',
    issued: '2016-03-22',
  };
  lines.push(
    '# 文件清单：上文引用的每一份批复、方案、公告、协议各列一项，id 与引用处一致。',
    clauseComment('N-4.4', '贷款发放条件中的文件须在首笔放款之前出具。'),
    field('', 'documents: []', '把 [] 换成文件列表，格式如下'),
    ...documentLines(example, true),
    '',
    clauseComment('N-4.4', '开发银行可发放专项过桥贷款；鼓励农业发展银行支持城中村改造、农村危房改造及配套基础设施建设。'),
    'loan:',
    '  lender:',
    field('    ', `name: ${PLACEHOLDER}`, '贷款银行，如 国家开发银行山西省分行'),
    field(
      '    ',
      `kind: ${rural || category === 'urban-village' ? 'agricultural-development-bank' : 'china-development-bank'}`,
      `可选：${choices('lenderKind')}`,
    ),
    field('  ', 'product: project-loan', `贷款品种。可选：${choices('loanProduct')}`),
    field('  ', 'amount: 1', `${PLACEHOLDER}：贷款金额（万元），如 121600 表示 12.16 亿元`),
    field('  ', `applicationDate: ${today}`, '贷款申请日 YYYY-MM-DD'),
    field('  # ', 'basis: agr-pos', '融资依据协议（agreements 中的 id）'),
    field('  # ', 'disbursements:', '放款记录；尚未放款的不填'),
    '  #   - { date: 2016-06-20, amount: 40000 }',
    '',
    clauseComment('N-2.2', '加强补助资金和专项贷款使用的监督管理，严禁挪用挤占专项资金。'),
    field('# ', 'fundSupervision:', '资金监管专户'),
    '#   account: 御河西棚改项目贷款资金监管专户',
    '#   bank: 国家开发银行山西省分行',
    '',
    clauseComment('N-2.2', '实行永久性标牌和质量终身负责制。'),
    'quality:',
    field('  ', 'permanentSignBoard: false', '设置永久性标牌后写 true'),
    field('  ', 'lifetimeResponsibility: []', '质量终身责任人，五方各一项；把 [] 换成下面的列表'),
    field('  # ', '- { role: developer, name: 大同市御东建设投资有限公司 }', `可选：${choices('qualityRole')}`),
  );
  return `${lines.join('\n')}\n`;
}
