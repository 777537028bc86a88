/**
 * Indicators, rule by rule, on sentences of the corpus reports
 * (`eval/corpus`): what counts as a quantity, how its value, unit,
 * change and basis are read, and what is left out.
 */
import { describe, expect, it } from 'vitest';
import { indicatorOf, indicatorsIn, quantityOf, valueTextsIn } from './items';

describe('amounts of money', () => {
  const construction = '全市144家建筑业企业共完成建筑业产值124亿元,同比增长17%;上交税收3.8亿元,同';

  it('reads 亿元 amounts, with their metric and their change', () => {
    const output = indicatorOf(construction, '124亿元');
    expect(output).toMatchObject({ subtype: 'amount', status: 'actual', text: '124亿元,同比增长17%', change: { direction: 'up', amount: 17 } });
    expect(quantityOf(output)).toBe(12400000000);
    const tax = indicatorOf(construction, '3.8亿元');
    expect(tax).toMatchObject({ subtype: 'amount', status: 'actual', metric: '上交税收' });
    expect(quantityOf(tax)).toBeCloseTo(380000000, 0);
  });

  it('reads 万元 amounts written with 余', () => {
    const value = indicatorOf('挖掘案源48件,立案27起,涉案货值金额达80余万元,受理投诉20余件。', '80余万元');
    expect(value).toMatchObject({ subtype: 'amount', metric: '涉案货值金额' });
    expect(quantityOf(value)).toBe(800000);
  });

  it('reads foreign currencies: 美金 in traditional characters with glosses, 美元', () => {
    const text = 'CitiStat的建立花費(fèi)了28.5萬(wàn)美金,年花費(fèi)近40萬(wàn)美金,大部分的花費(fèi)用于項(xiàng)';
    expect(valueTextsIn(text)).toEqual(['28.5萬(wàn)美金', '近40萬(wàn)美金']);
    expect(indicatorOf(text, '28.5萬(wàn)美金')).toMatchObject({ subtype: 'amount', unit: '萬美金', metric: 'CitiStat的建立花費' });
    expect(quantityOf(indicatorOf(text, '28.5萬(wàn)美金'))).toBe(285000);
    expect(quantityOf(indicatorOf(text, '近40萬(wàn)美金'))).toBe(400000);

    const dollars = indicatorOf('苏州的工业园区每亩的投资强度达到了100万美元。', '100万美元');
    expect(dollars).toMatchObject({ subtype: 'amount' });
    expect(dollars.unit).toMatch(/美元$/);
    expect(quantityOf(dollars)).toBe(1000000);
  });

  it('reads 2个多亿 and 3000万 with no currency word as amounts', () => {
    const loan = indicatorOf('去年下半年以来,市本级融资2个多亿投入到了德山工业园。', '2个多亿');
    expect(loan.subtype).toBe('amount');
    expect(quantityOf(loan)).toBe(200000000);
    const budget = indicatorOf('从20起,市财政每年拿出3000万的拼盘资金投到德山', '3000万');
    expect(quantityOf(budget)).toBe(30000000);
  });

  it('gives 320.31亿元 the value 320.31 in 亿元, as the item type documents', () => {
    const gdp = indicatorOf('上半年全市实现地区生产总值320.31亿元,增长12.4,高于全省平均水平0.2个百分点', '320.31亿元');
    expect(gdp).toMatchObject({ value: 320.31, unit: '亿元' });
  });

  it('reads the lower end of a range with the magnitude written after the upper end: 60-70亿元', () => {
    const text = '370亿元,相应地、海门力争分别完成60-70亿元,启东、如皋力争分别完成45-50亿元,';
    expect(quantityOf(indicatorOf(text, '60-70亿元'))).toBe(6000000000);
  });

  it('reads 70个亿 after 达到 as an amount, not as a rate that lost its % sign', () => {
    const text = '园区工业产值几乎年年翻番,2002年7个亿,2003年15个亿,年20个亿,2005年45个亿,今年将达到70个亿,4年增长10倍。';
    expect(indicatorOf(text, '70个亿').subtype).toBe('amount');
  });
});

describe('physical quantities', () => {
  it('reads tonnage: 21万吨, 1万吨', () => {
    const text = '创元铝业21万吨电解铝、恒安三期扩产、湘投控股集团1万吨金属钛';
    expect(valueTextsIn(text)).toEqual(['21万吨', '1万吨']);
    const aluminium = indicatorOf(text, '21万吨');
    expect(aluminium.subtype).toBe('amount');
    expect(aluminium.unit).toMatch(/吨$/);
    expect(quantityOf(aluminium)).toBe(210000);
  });

  it('reads energy in 千瓦时, written in traditional characters with a gloss after it', () => {
    const text = '1-8月,全市工業(yè)電量30.6億千瓦時(shí),同比增長(zhǎng)1.6%,居全省第9位;';
    const power = indicatorOf(text, '30.6億千瓦時');
    expect(power).toMatchObject({ subtype: 'amount', metric: '工業電量', unit: '億千瓦時' });
    expect(quantityOf(power)).toBeCloseTo(3060000000, 0);
  });

  it('reads areas in 平方米 and 平方公里, volumes in 立方米', () => {
    const floor = indicatorOf('建筑面积272.95万平方米,造价33.24亿元;', '272.95万平方米');
    expect(floor).toMatchObject({ subtype: 'amount', metric: '建筑面积' });
    expect(floor.unit).toMatch(/平方米$/);
    expect(quantityOf(floor)).toBeCloseTo(2729500, 0);

    const area = indicatorOf('工业区面积从102平方公里扩大到332平方公里,间扩大2.3倍。', '102平方公里');
    expect(area).toMatchObject({ subtype: 'amount', unit: '平方公里', value: 102 });

    const gas = indicatorOf('全市工業(yè)用天然氣1.3億立方米,同比增長(zhǎng)22.3%。', '1.3億立方米');
    expect(gas.unit).toBe('億立方米');
    expect(quantityOf(gas)).toBeCloseTo(130000000, 0);
  });
});

describe('rates', () => {
  it('reads a share in %', () => {
    const share = indicatorOf('工业投入占全社会固定资产投资的52.41%;投资1000万元以上项目完成', '52.41%');
    expect(share).toMatchObject({ subtype: 'rate', value: 52.41, unit: '%' });
  });

  it('reads a change in 个百分点 and the share after it', () => {
    const text = '企业改制面已达99.1%,公有股本占比下降14.4个百分点,达到43%。';
    expect(valueTextsIn(text)).toEqual(['99.1%', '14.4个百分点', '43%']);
    expect(indicatorOf(text, '14.4个百分点')).toMatchObject({
      subtype: 'rate',
      value: 14.4,
      unit: '个百分点',
      metric: '公有股本占比',
      change: { direction: 'down', amount: 14.4, unit: '个百分点' },
    });
  });

  it('reads multiples in 倍, with or without a change verb', () => {
    expect(indicatorOf('工业区面积从102平方公里扩大到332平方公里,间扩大2.3倍。', '2.3倍')).toMatchObject({
      subtype: 'rate',
      value: 2.3,
      unit: '倍',
      change: { direction: 'up', amount: 2.3 },
    });
    expect(indicatorOf('_市“两区八园”完成固定资产投资高达88.6亿元,是我市的14倍。', '14倍')).toMatchObject({ subtype: 'rate', value: 14 });
  });

  it('reads fractions as rates: 四分之一, 1/12', () => {
    expect(indicatorOf('目前,我县特种设备占全市四分之一,为全市最多', '四分之一')).toMatchObject({ subtype: 'rate', value: 0.25 });
    const text = '以占上海1/12的土地、1/9的人口,提供了全市1/4的GDP、1/2的进出';
    expect(valueTextsIn(text)).toEqual(['1/12', '1/9', '1/4', '1/2']);
    expect(indicatorOf(text, '1/12').subtype).toBe('rate');
  });

  it('reads 翻一番 and 翻番 as doubling', () => {
    const target = indicatorOf('同时,要力争“十一五”末全市规模工业企业户数翻一番,达到1000户以上。', '翻一番');
    expect(target).toMatchObject({ subtype: 'rate', value: 2, change: { direction: 'up', amount: 2 } });
    expect(indicatorOf('园区工业产值几乎年年翻番,2002年7个亿', '翻番')).toMatchObject({ subtype: 'rate', value: 2 });
  });
});

describe('rates whose % sign was lost', () => {
  it('reads a bare number after a change verb: 年均增长30以上', () => {
    const text = '全市园区工业企业销售收入年均增长30以上,入库税金年均增长20以上,到2010年';
    expect(valueTextsIn(text)).toEqual(['30以上', '20以上']);
    expect(indicatorOf(text, '30以上')).toMatchObject({ subtype: 'rate', value: 30, change: { direction: 'up', amount: 30 } });
  });

  it('reads a bare decimal after a share word: 占全市工业税收的7.6', () => {
    expect(indicatorOf('入库税收只占全市工业税收的7.6。速度比较慢。', '7.6')).toMatchObject({ subtype: 'rate', value: 7.6 });
  });
});

describe('counts with measure words', () => {
  it.each([
    ['务67笔,为我县50余家企业办理贷款资金11.86亿元;', '50余家', 50, '家'],
    ['挖掘案源48件,立案27起,涉案货值金额达80余万元,受理投诉20余件。', '27起', 27, '起'],
    ['统计,我们共出动车辆1100余台次,人员5500余人次,共摸排农贸市场520余家次', '5500余人次', 5500, '人次'],
    ['统计,我们共出动车辆1100余台次,人员5500余人次,共摸排农贸市场520余家次', '520余家次', 520, '家次'],
    ['现场接受消费者咨询20多次,发放宣传资料1000份。', '20多次', 20, '次'],
    ['共发放宣传资料3000余份。', '3000余份', 3000, '份'],
    ['突出做好对45家亿元以上企业和22家“一厂一策”签约企业的分类指导', '45家', 45, '家'],
  ])('%s → %s', (text, valueText, value, unit) => {
    expect(indicatorOf(text, valueText)).toMatchObject({ subtype: 'count', value, unit });
  });

  it('reads a traditional measure word as its simplified form: 76個 → 个', () => {
    const text = '紐約警察局分成76個(gè)分局,9個(gè)警察服務(wù)區(qū)和12個';
    expect(indicatorOf(text, '76個')).toMatchObject({ subtype: 'count', value: 76, unit: '個' });
  });

  it('reads a count written in Chinese numerals with a specific measure word: 三戶企業', () => {
    expect(indicatorOf('三戶企業就今后一個時期的發展規劃', '三戶')).toMatchObject({ subtype: 'count', value: 3, unit: '戶' });
  });

  it('reads 零事故 as a count of zero', () => {
    expect(indicatorOf('做到了特种设备安全零事故。', '零事故')).toMatchObject({ subtype: 'count', value: 0 });
    expect(valueTextsIn('并以“零伤亡、零伤害、零事故”作为我们全年的工作目标')).toEqual(['零伤亡', '零伤害', '零事故']);
  });
});

describe('ranks', () => {
  const tax = '公司纳税2523万元,超过去年全年的总额,同比增长58.9%,居全县第12位,民营企业第4位,同行业高居第一位,是全县纳税千万元以上企业中增幅最高的。';

  it('reads 第N位 and 第一位 after a ranking word', () => {
    expect(indicatorOf(tax, '第12位')).toMatchObject({ subtype: 'rank', value: 12, unit: '位' });
    expect(indicatorOf(tax, '第4位')).toMatchObject({ subtype: 'rank', value: 4 });
    expect(indicatorOf(tax, '第一位')).toMatchObject({ subtype: 'rank', value: 1 });
  });

  it('reads 第N位 after 排 as a rank', () => {
    expect(indicatorOf('在全省排第9位。', '第9位')).toMatchObject({ subtype: 'rank', value: 9 });
  });

  it('reads 首位 after a word of ranking as first place, not elsewhere', () => {
    expect(indicatorOf('二是工业投入增势强劲,增幅列全省首位。', '首位')).toMatchObject({ subtype: 'rank', value: 1 });
    expect(valueTextsIn('没有真正把园区建设放在工业发展、经济发展的首位,没有把主要精力放在抓园区、抓工业上。')).toEqual([]);
  });

  it('reads 跃居全市第一 and 位居全省第一, with no measure word, as first place', () => {
    expect(indicatorOf('一周后,复工复产率跃居全市第一。为全县企业', '第一')).toMatchObject({ subtype: 'rank', value: 1 });
    expect(indicatorOf('建檔數(shù)量位居全省第一,全面提升了', '第一')).toMatchObject({ subtype: 'rank', value: 1 });
  });

  it('reads 第五名 and 第二名 as ranks, and not the edition 第六届', () => {
    expect(indicatorOf('高于全省平均水平0.2个百分点,在全省排第五名。', '第五名')).toMatchObject({ subtype: 'rank', value: 5, unit: '名' });
    expect(valueTextsIn('荣获全县第六届“尼山书院杯”国学知识竞赛第二名、国学知识竞赛优秀组')).toEqual(['第二名']);
  });

  it('reads 倒数第一', () => {
    expect(indicatorOf('致使我县复工复产率连续一周处于全市倒数第一。', '倒数第一')).toMatchObject({ subtype: 'rank', value: 1 });
  });

  it('reads 前10名', () => {
    expect(indicatorOf('孫君杰、2名同學(xué)也進(jìn)入前10名。', '前10名')).toMatchObject({ subtype: 'rank', value: 10, unit: '名' });
  });

  it('takes no change into a rank', () => {
    expect(indicatorOf('同比增長(zhǎng)35.1%,居全省第7位。', '第7位').change).toBeUndefined();
  });
});

describe('changes and their basis', () => {
  it('reads 同比增长58.9% as a change up, its own indicator when the amount is not next to it', () => {
    const tax = '公司纳税2523万元,超过去年全年的总额,同比增长58.9%,居全县第12位';
    expect(indicatorOf(tax, '58.9%')).toMatchObject({
      subtype: 'rate',
      text: '同比增长58.9%',
      change: { direction: 'up', amount: 58.9, unit: '%', text: '同比增长58.9%' },
    });
    const paid = indicatorOf(tax, '2523万元');
    expect(paid.subtype).toBe('amount');
    expect(paid.metric).toMatch(/纳税$/);
  });

  it('records 同比 as the basis of 同比增长 and 同比下降', () => {
    expect(indicatorOf('公司纳税2523万元,超过去年全年的总额,同比增长58.9%,', '58.9%').basis).toBe('同比');
    expect(indicatorOf('全市工業(yè)用天然氣1.3億立方米,同比增長(zhǎng)22.3%。', '1.3億立方米').basis).toBe('同比');
  });

  it('reads 比上年 as the basis of a change', () => {
    const text = '固定资产投资完成5亿元,比上年增长12.3%,高于全省平均水平.6个百分点;社会消费品零售总额45亿元,比上年增长4.9%。';
    expect(indicatorOf(text, '5亿元')).toMatchObject({ basis: '比上年', change: { direction: 'up', amount: 12.3, unit: '%' } });
    expect(indicatorOf(text, '45亿元')).toMatchObject({ basis: '比上年', change: { direction: 'up', amount: 4.9, unit: '%' } });
  });

  it('reads 下降了 as a change down', () => {
    const text = '在前6年(1988 ~1994年)暴力犯罪率下降了15.9%,財(cái)產(c';
    expect(indicatorOf(text, '15.9%')).toMatchObject({ metric: '暴力犯罪率', change: { direction: 'down', amount: 15.9, text: '下降了15.9%' } });
  });

  it('merges a value and its change in the next clause into one indicator: 320.31亿元,增长12.4', () => {
    const text = '上半年全市实现地区生产总值320.31亿元,增长12.4,高于全省平均水平0.2个百分点,在全省排';
    const gdp = indicatorOf(text, '320.31亿元');
    expect(gdp).toMatchObject({ subtype: 'amount', text: '320.31亿元,增长12.4', period: '上半年', change: { direction: 'up', amount: 12.4 } });
    expect(quantityOf(gdp)).toBeCloseTo(32031000000, 0);
    expect(valueTextsIn(text)).toEqual(['320.31亿元', '0.2个百分点']);
  });

  it('merges a change written in traditional characters with a gloss, offsets in the original', () => {
    const text = '全市工業(yè)用天然氣1.3億立方米,同比增長(zhǎng)22.3%。';
    const gas = indicatorOf(text, '1.3億立方米');
    expect(gas).toMatchObject({ text: '1.3億立方米,同比增長(zhǎng)22.3%', change: { text: '同比增長22.3%', amount: 22.3 } });
  });

  it('does not merge a change separated from the value by other words', () => {
    const tax = '公司纳税2523万元,超过去年全年的总额,同比增长58.9%,居全县第12位';
    expect(indicatorOf(tax, '2523万元').change).toBeUndefined();
  });

  it('leaves the verb 实现 out of the metric: 地区生产总值', () => {
    const text = '上半年全市实现地区生产总值320.31亿元,增长12.4,高于全省平均水平0.2个百分点';
    expect(indicatorOf(text, '320.31亿元').metric).toBe('地区生产总值');
  });
});

describe('periods of indicators', () => {
  it('takes 上半年 and a year from before the value in the same sentence', () => {
    expect(indicatorOf('上半年全市实现地区生产总值320.31亿元,增长12.4', '320.31亿元').period).toBe('上半年');
    expect(indicatorOf('在前6年(1988 ~1994年)暴力犯罪率下降了15.9%,財(cái)產(c', '15.9%').period).toBe('1994年');
  });

  it('takes a month range without a year: 1―7月', () => {
    const text = '今年1―7月,德山开发区的工业增加值增长速度只有13?8,比全市平均水平还要低5.3个百分点。';
    expect(indicatorOf(text, '5.3个百分点').period).toMatch(/1-7月$/);
  });

  it('takes a month range that starts a sentence: 1-8月', () => {
    const text = '1-8月,全市工業(yè)電量30.6億千瓦時(shí),同比增長(zhǎng)1.6%,居全省第9位;';
    expect(indicatorOf(text, '30.6億千瓦時').period).toBe('1-8月');
  });
});

describe('rates written without a % sign', () => {
  it('reads a rate compared with: 低于全省20.3的平均水平', () => {
    const text = '我市完成规模工业增加值106.8亿元,增长19.1,低于全省20.3的平均水平,在全省排第9位。';
    expect(indicatorOf(text, '20.3')).toMatchObject({ value: 20.3, subtype: 'rate' });
  });

  it('reads every value of a list of shares: 分别占全市的24.8、16.8和6.9', () => {
    const text = '上缴税收6.91亿元,分别占全市的24.8、16.8和6.9,其中德山开发区';
    expect(valueTextsIn(text)).toEqual(['6.91亿元', '24.8', '16.8', '6.9']);
  });

  it('reads a ratio written with a colon, 1:1.8左右, but not a time of day', () => {
    expect(indicatorOf('目前工业项目投入产出比平均在1:1.8左右,对照这一标准', '1:1.8左右')).toMatchObject({ value: 1.8, subtype: 'rate' });
    expect(valueTextsIn('時間:2022-09-18 09:36:00')).toEqual([]);
  });
});

describe('ranks by size', () => {
  it('reads 第二大城市 as a rank', () => {
    expect(indicatorOf('因为我们是第二大城市,是最大的工业城市。', '第二大')).toMatchObject({ value: 2, subtype: 'rank' });
  });
});

describe('categories named by an amount', () => {
  it('counts the firms of each size class, not the class bounds: 收入過100億元1家', () => {
    const text = '2015年,力爭(zhēng)培植主營(yíng)業(yè)務(wù)收入過(guò)100億元1家,過(guò)50億元1家,過(guò)10億元10家。';
    expect(valueTextsIn(text)).toEqual(['1家', '1家', '10家']);
  });

  it('keeps an amount reached: 资金过了千万元', () => {
    expect(indicatorOf('投入工业园区建设的资金过了千万元。', '千万元')).toMatchObject({ value: 1000, unit: '万元', subtype: 'amount' });
  });

  it('keeps a count whose name starts like a speech part: 7个重点单位', () => {
    expect(indicatorOf('着重抓好7个重点单位的征地、供地和交地工作。', '7个')).toMatchObject({ value: 7, metric: '重点单位' });
  });
});

describe('what is not an indicator', () => {
  it.each([
    ['dates and event names', '继公司7月23日召开会议,传达ew 7·9事故和近期国网公司几起事故案例'],
    ['a year', '2020年,面对疫情突袭,我们知重勇担当'],
    ['a date and time', '時間:2022-09-18 09:36:00'],
    ['outline marker 一是', '一是狠抓教育培训,提高安全素质。'],
    ['outline marker 1、', '1、深刻領會精神。三月下旬,省委、省政府在經過認真、周密的籌備后,召開了全省工業強省工作會議。'],
    ['outline marker 4.', '4.全力保障復(fù)工復(fù)產(chǎn)。'],
    ['outline marker (四)', '(四)实施高新技术产业化"双倍增"计划,加快新型工业化进程。'],
    ['plan name 十一五', '今年是十一五规划的开局年,今后一个时期将是岚山建筑业大发展的黄金期'],
    ['plan name in quotes', '“十一五”我市经济要打翻身仗,一靠工业拉动,二靠投资拉动'],
    ['activity name 3.15', '二是积极开展3.15活动,在苏果广场开展现场咨询'],
    ['titles in quotes', '一方面要继续开展“30强”、“30优”企业评选活动,引导企业发展主导产业,做大总量'],
    ['first in importance, 第一位的', '另外我们年底还准备涨工资,财政首先要保民生、保工资,这是第一位的。'],
    ['the speech’s own parts in Arabic digits', '围绕跨越发展的要求和奋斗目标的实现,重点抓好以下5个方面的工作:'],
    ['a vague amount, 几十亿元', '都是投资数亿元乃至几十亿元的项目。'],
    ['idioms with 千, 万 and 百', '千方百计降低营商成本,提高招商安商的环境竞争力。当前水利工程建设管理千头万绪,水利改革发展任务繁重。'],
    ['伍 of 队伍, a financial digit in an ordinary word', '一是教师队伍人事制度改革被省教育厅、人社厅列为试点。'],
    ['a slogan: 三个翻两番', '实现工业企业销售收入、入库税金、规模企业户数“三个翻两番”的目标。'],
    ['category labels', '瞄准世界500强、国内100强、行业50强、省内10强企业'],
    ['a standard: 10kv', '配电公司承担市区全部10kv线路安装、维修、维护任务'],
    ['a standard: 6S', '结合企业6S日常检查,加强安监人员的监护力度'],
    ['a certification: 3C', '积极推行电机、厨具产品3C认证和强制性产品市场准入工作'],
    ['a count of the speech’s parts: 三点意见', '下面,我再讲三点意见:'],
    ['a count of the speech’s parts: 三个方面', '结合这次调研和今后一个时期我县工业经济发展,谈三个方面的意见。'],
    ['a count of the speech’s parts: 两个问题', '解决“两个问题”,一个是解决好工业用地的问题。'],
    ['a threshold naming a category: 10人以上的', '全市一次性死亡10人以上的特大'],
    ['a threshold naming a category: 千万元以上企业', '是全县纳税千万元以上企业中增幅最高的。'],
    ['an ordinal: 第五次', '一是成功召开全市第五次全市质量兴市大会'],
    ['a duration: 停工两天', '配电公司迅速行动,停工两天,于7月24日召开全体职工大会'],
    ['vague amounts: 一批', '着力引进和实施一批投资规模大、技术含量高、产业带动作用强的龙头项目。'],
    ['vague amounts: 若干', '今年中央正式出台了《关于促进中部地区崛起的若干意见》'],
    ['a starting year cut short: 从20起', '从20起,市财政每年拿出'],
  ])('%s', (_rule, text) => {
    expect(valueTextsIn(text)).toEqual([]);
  });

  it('counts the category that a threshold names, not the threshold', () => {
    expect(valueTextsIn('尤其是对7家5000吨标煤以上的重点能耗企业,要加强监测评估,')).toEqual(['7家']);
    expect(valueTextsIn('包括9家年耗电100万千瓦时以上的非工业用能大户')).toEqual(['9家']);
    expect(valueTextsIn('各区县(市)工业园区每年要引进新上固定资产投资额1000万元以上的工业项目5个以上,')).toEqual(['5个以上']);
  });

  it('keeps the count of a slogan-named group: 22家“一厂一策”签约企业', () => {
    expect(valueTextsIn('突出做好对45家亿元以上企业和22家“一厂一策”签约企业的分类指导')).toEqual(['45家', '22家']);
  });

  it('leaves durations out and keeps the amount: 提前两个月完成全年180亿元', () => {
    expect(valueTextsIn('提前两个月完成全年180亿元的加压指标')).toEqual(['180亿元']);
  });

  it('leaves ages out and keeps the head counts after them', () => {
    expect(valueTextsIn('40岁以下25人、30岁以下仅7人')).toEqual(['25人', '7人']);
  });
});

describe('indicator spans', () => {
  it('covers the value with its qualifiers: 近 before it, 以上 after it', () => {
    const text = '同时,要力争“十一五”末全市规模工业企业户数翻一番,达到1000户以上。';
    expect(indicatorOf(text, '1000户以上')).toMatchObject({ value: 1000, unit: '户' });
    expect(indicatorsIn('年花費(fèi)近40萬(wàn)美金')[0]!.valueText).toBe('近40萬(wàn)美金');
  });

  it('reads a range as one value expression: 1.5-2个百分点', () => {
    const text = '工业在GDP中占比提高1.5-2个百分点;';
    expect(indicatorOf(text, '1.5-2个百分点')).toMatchObject({ subtype: 'rate', value: 1.5, unit: '个百分点' });
  });
});
