/**
 * Commitments, rule by rule, on sentences of the corpus reports
 * (`eval/corpus`): pledges, targets, and what looks like one but is not.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/extractor';
import { commitmentsIn, onlyCommitmentIn } from './items';

describe('pledges: a strong marker, no target or deadline; the marker as the page writes it', () => {
  it.each([
    ['确保, in traditional characters', '縣級各部門、各鄉鎮、企業要加快轉變觀念開放思路,更新理念,采取有效的措施、辦法和手段,確保工業經濟穩定增長,取得實際成效。', '確保'],
    ['力争, with pinyin glosses', '進(jìn)一步加強(qiáng)精準(zhǔn)調(diào)度,督促各縣區(qū)咬緊年度目標(biāo),堅(jiān)持逐月攻堅(jiān),加快縮小與全省差距,力爭(zhēng)實(shí)現(xiàn)進(jìn)位。', '力爭'],
    ['一定要', '招引工业项目要看得远一点,土地是稀缺资源,一定要节约用地,园区发展尽量利用丘岗山地,对项目用地要按市政府规定的投资密度进行控制。', '一定'],
    ['坚决', '严格入河排污口监督管理和入河排污总量控制管理,坚决取缔非法设立的入河湖排污口。', '坚决'],
    ['务必', '全市上下务必认清形势,把握机遇,自加压力,按照市委、市政府的总体部署,把园区的建设和发展摆在', '务必'],
    ['我们将', '我们将按照各级领导的要求,紧紧围绕“安全第一,预防为主”的方针,抓好以下几项工作:', '将'],
    ['我縣將, in traditional characters', '為更好的完成質(zhì)量目標(biāo),完善質(zhì)量措施,我縣將堅(jiān)持質(zhì)量強(qiáng)縣戰(zhàn)略,持續(xù)開(kāi)展質(zhì)量提升行動(dòng),加強(qiáng)質(zhì)量基礎(chǔ)設(shè)施建設(shè),不斷增強(qiáng)發(fā)展硬實(shí)力。', '將'],
  ])('%s', (_rule, sentence, marker) => {
    const commitment = onlyCommitmentIn(sentence);
    expect(commitment).toMatchObject({ subtype: 'pledge', marker, start: 0, end: sentence.length, text: sentence, indicators: [] });
    expect(commitment.deadline).toBeUndefined();
  });
});

describe('targets: a deadline or a value to reach', () => {
  it('takes 要 with a deadline: 今年要', () => {
    expect(onlyCommitmentIn('二是新农村建设今年要迈出有力的一步。')).toMatchObject({ subtype: 'target', marker: '要', deadline: '今年' });
  });

  it('takes a strong marker with a deadline: 确保年底前', () => {
    const sentence =
      '对民生煤化、阳光颜料、热电联产等基本具备生产条件的重点项目,具体包保责任人要进一步增强责任意识,常驻项目工地一线,跟踪解决存在的问题,督促项目方切实加快进度,确保年底前全部投产运营,用项目的投产见效提升园区的实力和竞争力。';
    expect(onlyCommitmentIn(sentence)).toMatchObject({ subtype: 'target', marker: '确保', deadline: '年底前' });
  });

  it('reads the deadlines 下半年, 今明两年 and “十一五”末', () => {
    expect(
      onlyCommitmentIn('另外,为便利全市企业出口通关,降低出口成本,下半年,外经贸部门要争取上级支持,继续与相关部门进行沟通协商,特别是要争取商检、海关的支持。'),
    ).toMatchObject({ subtype: 'target', deadline: '下半年' });
    expect(
      onlyCommitmentIn('二是德山开发区和有条件的区县(市)要突出抓好大项目的招商,主攻一批大公司、大集团,力争今明两年全市引进成功三至五个象创元铝业这样的大项目。'),
    ).toMatchObject({ subtype: 'target', marker: '力争', deadline: '今明两年' });
    expect(onlyCommitmentIn('同时,要力争“十一五”末全市规模工业企业户数翻一番,达到1000户以上。')).toMatchObject({
      subtype: 'target',
      marker: '力争',
      deadline: '“十一五”末',
    });
  });

  it('takes 要 with target values and holds them as its indicators, status target', () => {
    const sentence =
      '德山开发区每年要引进新上固定资产投资额5000万元以上的工业项目5个以上,投资额1亿元以上的工业项目1个以上,五年内引进投资额10亿元以上的工业项目2个以上;';
    const commitment = onlyCommitmentIn(sentence);
    expect(commitment).toMatchObject({ subtype: 'target', marker: '要' });
    expect(commitment.indicators.map((item) => [item.valueText, item.status])).toEqual([
      ['5个以上', 'target'],
      ['1个以上', 'target'],
      ['2个以上', 'target'],
    ]);
  });

  it('takes a list of growth targets with 年均增长 and 到2010年, even without a marker word', () => {
    const sentence =
      '全市园区工业企业销售收入年均增长30以上,入库税金年均增长20以上,到2010年,全市园区工业企业销售收入由115亿元增加到500亿元以上,入库税金由6.9亿元增加到25亿元以上,规模工业企业由117家增加到500家以上。';
    const commitment = onlyCommitmentIn(sentence);
    expect(commitment).toMatchObject({ subtype: 'target', deadline: '到2010年' });
    const targets = commitment.indicators.filter((item) => item.status === 'target').map((item) => item.valueText);
    expect(targets).toEqual(expect.arrayContaining(['30以上', '20以上', '500亿元以上', '25亿元以上', '500家以上']));
  });

  it('takes 到2010年 with values to reach', () => {
    const commitment = onlyCommitmentIn('到2010年入库税金达到8亿元以上,规模工业企业达到130户以上。');
    expect(commitment).toMatchObject({ subtype: 'target', deadline: '到2010年' });
    expect(commitment.indicators.map((item) => item.valueText)).toEqual(['8亿元以上', '130户以上']);
  });

  it('takes a stated goal: 目标是, with the values inside as targets', () => {
    const sentence = '今年全市工业与科技工作主要奋斗目标是:1、规模以上工业增加值确保增长19%,力争接近和达到全省平均水平,工业在GDP中占比提高1.5-2个百分点;';
    const commitment = onlyCommitmentIn(sentence);
    expect(commitment).toMatchObject({ subtype: 'target', deadline: '今年' });
    expect(commitment.indicators.map((item) => [item.valueText, item.status])).toEqual([
      ['19%', 'target'],
      ['1.5-2个百分点', 'target'],
    ]);
  });

  it('takes the definition’s own example: 到2010年…新增500亿元', () => {
    const sentence =
      '通过园区工业的大发展,实现“实施千亿工程,建设工业常德”的目标,到2010年全市工业企业销售收入新增500亿元,其中德山开发区新增100亿元,常德烟厂新增100亿元,创元铝业新增80-100亿元。';
    expect(onlyCommitmentIn(sentence)).toMatchObject({ subtype: 'target', deadline: '到2010年' });
  });

  it('keeps a baseline value actual in a target sentence: 由115亿元', () => {
    const sentence = '到2010年,全市园区工业企业销售收入由115亿元增加到500亿元以上。';
    const commitment = onlyCommitmentIn(sentence);
    expect(commitment.indicators.map((item) => [item.valueText, item.status])).toEqual([
      ['115亿元', 'actual'],
      ['500亿元以上', 'target'],
    ]);
  });

  it('holds its target count 三至五个', () => {
    const sentence = '二是德山开发区和有条件的区县(市)要突出抓好大项目的招商,主攻一批大公司、大集团,力争今明两年全市引进成功三至五个象创元铝业这样的大项目。';
    expect(onlyCommitmentIn(sentence).indicators.map((item) => [item.valueText, item.status])).toEqual([['三至五个', 'target']]);
  });
});

describe('what is not a commitment', () => {
  it.each([
    ['work done: 确保了', '依据平台预警信息,及时对相关企业催告,确保了定检率、登记率不断提高,确保了特种设备正常运行。'],
    ['work done: 实现了…, 争取', '科技计划项目有了新的提高,实现了我市在国家"863"、"973"计划重大专项立项上零的突破,争取省级以上科技计划立项和经费扶持创历史新高。'],
    ['a plain 要 directive', '要切實加強對工業經濟發展的領導,落實發展的目標責任。'],
    ['a plain 要 directive with 计划 as a noun', '质监部门要按照我市省级电机检测中心建设计划,加快建设进度。'],
    ['a wish: 希望…争取', '希望你们再接再厉,争取更大的成绩。'],
    ['a wish: 希望…全力', '希望两大园区管委会的同志切实增强责任感、紧迫感,再加压力,再鼓干劲,全力开创**工业'],
    ['a heading line', '二、更新理念,突出重點,全力推進工業強縣戰略的實施'],
    ['a heading line with a marker', '一、 深刻吸取事故教训,确保安全稳定局面'],
    ['将 as an object marker: 将…作为', '将招商引资作为一项全局性工作来抓,咬住沿江开发、江海联动重大机遇不放,加强开发区、园区建设'],
    ['确保/保证 describing a role or a means: 负责保证, 是保证…的一环', '操作組負(fù)責(zé)保證數(shù)據(jù)的正確性,在收到上報(bào)的數(shù)據(jù)後,進(jìn)行數(shù)據(jù)調(diào)查。'],
    ['确保/保证 describing a means: 是保证…的一环', '嚴(yán)格執(zhí)法,加強(qiáng)執(zhí)法監(jiān)督,是保證這一方針得以貫徹實(shí)施的重要一環(huán)。'],
    ['others helped to strive: 帮助企业争取', '積極組織重點(diǎn)企業(yè)推出優(yōu)勢(shì)產(chǎn)品參加重點(diǎn)展會(huì),幫助企業(yè)爭(zhēng)取廣交會(huì)等影響力大的展會(huì)攤位。'],
    ['a forecast: 据…预测', '据世界权威机构预测,今年全球经济增长4%、世界贸易增长5%以上。'],
    ['a prediction of effect: 必将', '这次会议的召开,必将对开创我市政协事业新局面,推进全市经济社会跨越发展、全面实现“十二五”发展目标,起到积极的推动作用。'],
    ['争取 as a noun in a list: 摊位争取、组织参展工作', '三是要积极协助企业做好各类会展的摊位争取、组织参展工作,鼓励企业出国参展,及时捕捉商机。'],
    ['将 as an object marker: 现将…汇报', '現(xiàn)將我縣一年來(lái)質(zhì)量發(fā)展工作及2021年工作要點(diǎn)作如下匯報(bào):'],
  ])('%s', (_rule, sentence) => {
    expect(commitmentsIn(sentence)).toEqual([]);
  });

  it('reads no "will" in 会 of 社会', () => {
    expect(
      commitmentsIn('要整合政府、企業、社會各方力量,多渠道、多形式籌措資金,加快我縣路、水、電、通訊等基礎設施建設,認真解決好工業用地、環保等問題,為工業企業發展提供便利。'),
    ).toEqual([]);
  });

  it('takes no report of another body’s practice for a pledge: 有的政府會議會對公眾…', () => {
    expect(commitmentsIn('在美國(guó)紐約州,有的政府會(huì)議會(huì)對(duì)公眾電視直播或者網(wǎng)絡(luò)點(diǎn)播。')).toEqual([]);
  });

  it('takes no report of the province’s schedule for a pledge: 省里将于下月召开', () => {
    expect(commitmentsIn('省里将于下月召开全省工业园区工作会议。')).toEqual([]);
  });
});

describe('commitment spans', () => {
  it('covers each sentence on its own, cut at 。 and ;', () => {
    const text = '三是要加强有序用电工作,确保节能降耗各项工作落到实处。谢谢大家!现阶段主要是要确保奥运期间的生产安全;';
    expect(commitmentsIn(text).map((item) => item.text)).toEqual([
      '三是要加强有序用电工作,确保节能降耗各项工作落到实处。',
      '现阶段主要是要确保奥运期间的生产安全;',
    ]);
  });

  it('ends a sentence at the line end when the line has no final mark', () => {
    const text = '全市上下务必认清形势,把握机遇\n自加压力,按照市委、市政府的总体部署';
    expect(commitmentsIn(text).map((item) => item.text)).toEqual(['全市上下务必认清形势,把握机遇']);
  });
});

/** The names of the vetoes `extract` reports for `text`. */
const vetoesIn = (text: string): string[] => {
  const names: string[] = [];
  extract(text, { onVeto: (veto) => names.push(veto.rule) });
  return names;
};

describe('report sections: a review of the past year, the year’s work ahead', () => {
  const review = '一、2015年工作回顾\n';
  const plan = '三、2016年重点工作\n';

  it('takes a planned quantity under the year’s work for a target: 建设保障性住房300万套', () => {
    const sentence = '建设保障性住房３００万套，各类棚户区改造住房２８０万套。';
    expect(commitmentsIn(plan + sentence)).toMatchObject([{ text: sentence, rule: 'plan-section', subtype: 'target' }]);
    expect(commitmentsIn(sentence)).toEqual([]);
  });

  it('takes the same values under the review for results (review-section)', () => {
    const sentence = '国内生产总值年均增长7.8%，经济总量稳居世界第二位，成为全球第一货物贸易大国和主要对外投资大国。';
    expect(commitmentsIn(review + sentence)).toEqual([]);
    expect(vetoesIn(review + sentence)).toContain('review-section');
  });

  it('reads 坚决 under the review as the manner of work done (review-manner), unless the sentence looks ahead', () => {
    expect(vetoesIn(review + '坚决落实中央八项规定及其实施细则精神，“三公”经费持续下降。')).toContain('review-manner');
    expect(commitmentsIn(review + '对此，我们将坚持问题导向，认真加以解决。')).toMatchObject([{ rule: 'speaker-will', marker: '将' }]);
  });

  it('takes a heading of the year’s work with a marker for a pledge, not for a title', () => {
    const heading = '（一）围绕决胜全面建成小康社会，全力打好三大攻坚战';
    expect(commitmentsIn(`二、2019年工作安排\n${heading}\n`)).toMatchObject([{ text: heading, subtype: 'pledge', marker: '全力' }]);
    expect(commitmentsIn(`${heading}\n`)).toEqual([]);
  });

  it('takes a paragraph that reports work done for an account, even under the year’s work', () => {
    const paragraph =
      '2、狠抓重點建設項目的工程進度。年初編制了“*市20*年度重點建設項目建議表”提交市政府審核。全市重點工程總體進展較為順利,截至12月底,全市在建重點工程共32項累計實現投資額19.17億元,完成年度投資計劃的100.88%,比上年同期增長12.95%。';
    expect(commitmentsIn(plan + paragraph)).toEqual([]);
  });

  it('starts over at a new report’s first part: 一、… without a word of review or plan', () => {
    const sentence = '建设保障性住房３００万套，各类棚户区改造住房２８０万套。';
    expect(commitmentsIn(`${plan}一、成立机构,健全机制\n${sentence}`)).toEqual([]);
  });
});

describe('actors, schedules and timetables', () => {
  it.each([
    ['a bureau with 會 (Hong Kong)', '運輸及物流局會在明年推出', '會', 'target'],
    ['a bureau with 會將 (Hong Kong)', '教育局會將…', '會', 'pledge'],
    ['本市將 (Taiwan)', '本市將「臺北市影視音產業園區」列入市政府「新十大建設」。', '將', 'pledge'],
  ])('takes the speaker’s side for the actor: %s', (_case, sentence, marker, subtype) => {
    expect(onlyCommitmentIn(sentence)).toMatchObject({ rule: 'speaker-will', marker, subtype });
  });

  it('takes 预定/预计 before a date and a work for a schedule, not a forecast', () => {
    const sentence = '故本府自 91 年著手開始進行清除規劃，95 年 10 月開工，預定於近年完工。';
    expect(onlyCommitmentIn(sentence)).toMatchObject({ rule: 'scheduled', marker: '預定', subtype: 'target', deadline: '近年' });
  });

  it.each([
    // The spaces PDF text leaves inside a date are dropped, as in every field.
    ['105 年 4 月：工程決標及開工', '105年4月'],
    ['1、 6月：专案管理技术服务决标。', '6月'],
  ])('takes a timetable row for a dated target: %s', (row, deadline) => {
    expect(onlyCommitmentIn(row)).toMatchObject({ rule: 'timetable-row', subtype: 'target', deadline });
  });

  it('takes 将 before a planning verb for "will": 將另案檢討, 將以…為主', () => {
    expect(onlyCommitmentIn('1. 部分鄰避性公共設施用地現階段暫無具體規劃方向，將另案檢討。')).toMatchObject({ marker: '將', subtype: 'pledge' });
    expect(onlyCommitmentIn('將以工 業區機能再造，促進產業升級，並 改善生產環境為主。')).toMatchObject({ marker: '將' });
  });

  it('takes a stated aim for a pledge: 以生態城市為目標', () => {
    expect(onlyCommitmentIn('1. 應落實「環境永續」、「節能減碳」，以生態城市為目標。')).toMatchObject({ marker: '目標', subtype: 'pledge' });
  });
});

describe('what foretells, warns or believes binds nobody', () => {
  it.each([
    ['a belief: 我们坚信…一定能够实现 (belief)', '我们坚信，全体中华儿女同心协力，祖国完全统一的宏伟大业一定能够实现！', 'belief'],
    ['an effect foretold: 将对…起到…作用 (effect)', '应该说,现有的两个园区的工业项目还不错,整体进展比较顺利,下一步这些项目陆续建成投产后,将对两个园区乃至全县发展起到强有力的拉动作用。', 'effect'],
  ])('%s', (_case, sentence, vetoName) => {
    expect(commitmentsIn(sentence)).toEqual([]);
    expect(vetoesIn(sentence)).toContain(vetoName);
  });

  it.each([
    ['what can be foreseen: 一定能够', '中华民族不仅能够创造经济奇迹，也一定能够创造新的文化辉煌。'],
    ['a caution: 决不能', '我们必须全面、正确判断形势，决不能把经济回升向好的趋势等同于经济运行根本好转。'],
    ['a ban: 绝不允许', '各地区、各部门对中央的决策部署要执行有力，绝不允许各自为政。'],
    ['承诺 in a noun: 承诺件', '窗口承諾件提前辦結率為96.7%。'],
  ])('%s', (_case, sentence) => {
    expect(commitmentsIn(sentence)).toEqual([]);
  });

  it('still takes the goal that can surely be met: 一定能够实现…目标', () => {
    expect(onlyCommitmentIn('只要我们万众一心，共克时艰，就一定能够实现全年经济社会发展目标。')).toMatchObject({ marker: '一定', subtype: 'pledge' });
  });
});

describe('past and future in one sentence', () => {
  it('reads "will" after a finished clause: 業於102年底完工，將作為…', () => {
    expect(onlyCommitmentIn('另大基地部分業於 102 年底完工，將作為切花及資材交易之用。')).toMatchObject({ marker: '將', rule: 'speaker-will' });
  });

  it('takes 已…将继续 in one clause for an account of work done', () => {
    const sentence = '市委确定的一条基本思路、四项工作方针、六大工作重点和"八个第一"的战略举措,已经被实践证明是正确的并将继续对南通经济社会的快速发展发挥巨大的推动和指导作用。';
    expect(commitmentsIn(sentence)).toEqual([]);
  });

  it('takes "will" with a verb of action in a paragraph of past work: 未來將繼續', () => {
    const paragraph = '臺北市已完成基隆河整治工程。未來將繼續計畫辦理洲美、關渡及景美溪等之堤防整治工程。';
    expect(commitmentsIn(paragraph).map((item) => item.text)).toEqual(['未來將繼續計畫辦理洲美、關渡及景美溪等之堤防整治工程。']);
  });
});

describe('lists of targets', () => {
  it('reads a list opened by a colon and cut by semicolons as one sentence', () => {
    const list = '经济社会发展主要预期目标是：地区生产总值增长20%，达到282亿元；地方财政总收入增长20%，达到24.8亿元；城乡居民可支配收入增长18%。';
    expect(commitmentsIn(list)).toMatchObject([{ text: list, subtype: 'target' }]);
    expect(commitmentsIn(list)[0]!.indicators.map((item) => item.valueText)).toEqual(['20%', '282亿元', '20%', '24.8亿元', '18%']);
  });

  it('keeps numbered items as sentences of their own', () => {
    const list = '今年全市工业与科技工作主要奋斗目标是:1、规模以上工业增加值确保增长19%;2、工业投入确保完成330亿元,力争370亿元;';
    expect(commitmentsIn(list)).toHaveLength(2);
  });

  it('takes the items of a list cut by full stops after a head with a colon as targets of their own', () => {
    const plan = '二、2019年工作安排\n';
    const list = '经济社会发展的主要预期目标是：地区生产总值增长3.5%左右。城乡常住居民人均可支配收入分别增长7%和8%左右。社会消费品零售总额增长6.5%左右。';
    expect(commitmentsIn(list).map((item) => item.rule)).toEqual(['strong-marker', 'target-list-item', 'target-list-item']);
    expect(commitmentsIn(plan + list)).toHaveLength(3);
  });
});
