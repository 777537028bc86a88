// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { UI_HOST_ATTRIBUTE } from '../../src/dom/element-kinds';
import { buildPageModel, buildTextModel, type TextModel } from '../../src/dom/text-model';
import { corpusLines, renderParagraphs } from './corpus-page';

function modelOf(html: string, options?: Parameters<typeof buildTextModel>[1]): TextModel {
  document.body.innerHTML = html;
  return buildTextModel(document.body, options);
}

/**
 * The span's range holds the span's text (line ends between blocks are in no
 * text node), and its start maps back to the span's start, or just past it when
 * the span starts at such a line end.
 */
function expectRoundTrip(model: TextModel, start: number, end: number): void {
  const range = model.toRange(start, end);
  expect(range.toString()).toBe(model.text.slice(start, end).replace(/\n/g, ''));
  const firstTextOffset = model.text[start] === '\n' ? start + 1 : start;
  expect(model.offsetAt(range.startContainer, range.startOffset)).toBe(firstTextOffset);
}

describe('buildTextModel', () => {
  it('reads inline markup as one run of text', () => {
    const model = modelOf('<p>地区生产总值<b>320.31</b><span>亿元</span>,增长<i>12.4%</i></p>');
    expect(model.text).toBe('地区生产总值320.31亿元,增长12.4%');
  });

  it('puts one line end between paragraphs and none at the start or end', () => {
    const model = modelOf('\n  <p>第一段。</p>\n  <p>第二段。</p>\n');
    expect(model.text).toBe('第一段。\n第二段。');
  });

  it('never writes two line ends for nested blocks', () => {
    const model = modelOf(
      '<div><section><article><p>一</p></article></section><div><div><h2>二</h2><ul><li>三</li><li>四</li></ul></div></div></div>',
    );
    expect(model.text).toBe('一\n二\n三\n四');
  });

  it('ends a line at <br>, however many there are', () => {
    expect(modelOf('<p>确保完成任务<br>力争增长10%<br><br>末行</p>').text).toBe('确保完成任务\n力争增长10%\n末行');
  });

  it('separates table cells and rows', () => {
    const model = modelOf(
      '<table><tr><th>指标</th><th>数值</th></tr><tr><td>销售收入</td><td>500亿元</td></tr></table>',
    );
    expect(model.text).toBe('指标\n数值\n销售收入\n500亿元');
  });

  it('leaves out scripts, styles, form controls and templates', () => {
    const model = modelOf(
      '<p>正文<script>var x = "1亿元";</script><style>p{}</style><noscript>无</noscript>' +
        '<textarea>草稿</textarea><input value="1"><select><option>选项</option></select>' +
        '<template><p>模板</p></template><button>保存</button>内容</p>',
    );
    expect(model.text).toBe('正文内容');
  });

  it('reads ruby text without its pinyin annotations', () => {
    expect(modelOf('<p>推动<ruby>发<rp>(</rp><rt>fā</rt><rp>)</rp>展</ruby>增长10%</p>').text).toBe('推动发展增长10%');
  });

  it('leaves out elements hidden by markup, by default', () => {
    const model = modelOf('<p>看得见<span hidden>隐藏</span><span style="color: red; display:none">也隐藏</span>的</p>');
    expect(model.text).toBe('看得见的');
  });

  it('asks the given predicate which elements are hidden', () => {
    const model = modelOf('<p>甲<span class="off">乙</span>丙</p><p hidden>丁</p>', {
      isHidden: (element) => element.classList.contains('off'),
    });
    expect(model.text).toBe('甲丙\n丁');
  });

  it("leaves out Policy Lens's own UI", () => {
    const model = modelOf(`<p>报告</p><div ${UI_HOST_ATTRIBUTE}>卡片</div><p>正文</p>`);
    expect(model.text).toBe('报告\n正文');
  });

  it('lays out line ends and tabs inside a paragraph as spaces, one for one', () => {
    const model = modelOf('<p>投资\n\t120亿元</p>');
    expect(model.text).toBe('投资  120亿元');
    expect(model.toRange(4, 9).toString()).toBe('120亿元');
  });

  it('keeps the line ends of preformatted text', () => {
    expect(modelOf('<pre>一行\n二行</pre><p>三行</p>').text).toBe('一行\n二行\n三行');
  });

  it('reads a whole document, leaving out its head', () => {
    document.documentElement.innerHTML = '<head><title>标题</title></head><body><p>正文</p></body>';
    expect(buildTextModel(document).text).toBe('正文');
  });

  it('reads a page from its body', () => {
    document.documentElement.innerHTML = '<head><title>标题</title></head><body><p>正文</p><p>结尾</p></body>';
    expect(buildPageModel(document).text).toBe('正文\n结尾');
  });

  it('reads a single text node', () => {
    const node = document.createTextNode('增长12%');
    document.body.replaceChildren(node);
    const model = buildTextModel(node);
    expect(model.text).toBe('增长12%');
    expect(model.toRange(2, 5).toString()).toBe('12%');
  });
});

describe('TextModel.toRange', () => {
  const html = '<h1>工作报告</h1><p>全年<b>实现</b>销售收入<span>500</span>亿元。</p><ul><li>确保</li><li>完成</li></ul>';

  it('maps every span back to the DOM text it came from', () => {
    const model = modelOf(html);
    for (let start = 0; start <= model.text.length; start++) {
      for (let end = start; end <= model.text.length; end++) expectRoundTrip(model, start, end);
    }
  });

  it('starts a span that begins at a line end in the next text node', () => {
    const model = modelOf('<p>甲</p><p>乙</p>');
    const range = model.toRange(1, 3);
    expect(range.startContainer.textContent).toBe('乙');
    expect(range.toString()).toBe('乙');
  });

  it('rejects offsets outside the text with a clear message', () => {
    const model = modelOf('<p>甲乙</p>');
    expect(() => model.toRange(1, 5)).toThrow(/No span \[1, 5\) in a page text of 2 characters/);
    expect(() => model.toRange(2, 1)).toThrow(RangeError);
  });

  it('gives a collapsed range for an empty page', () => {
    const model = modelOf('<div> </div>');
    expect(model.text).toBe('');
    expect(model.toRange(0, 0).collapsed).toBe(true);
  });
});

describe('TextModel.offsetAt and pointAt', () => {
  it('maps points between elements to the next text', () => {
    const model = modelOf('<p>甲</p><p id="b">乙</p>');
    expect(model.offsetAt(document.getElementById('b')!, 0)).toBe(2);
    expect(model.offsetAt(document.body, document.body.childNodes.length)).toBe(3);
  });

  it('maps a point in left-out text to the text after it', () => {
    const model = modelOf('<p>甲<script>x</script>乙</p>');
    const script = document.querySelector('script')!;
    expect(model.offsetAt(script.firstChild!, 1)).toBe(1);
  });

  it('knows nothing of nodes outside its root', () => {
    document.body.innerHTML = '<p id="a">甲</p><p id="b">乙</p>';
    const model = buildTextModel(document.getElementById('a')!);
    expect(model.offsetAt(document.getElementById('b')!.firstChild!, 0)).toBeNull();
  });

  it('turns offsets into text node positions, and inserted line ends into null', () => {
    const model = modelOf('<p>甲乙</p><p>丙</p>');
    expect(model.pointAt(1)).toEqual({ node: document.querySelector('p')!.firstChild, offset: 1 });
    expect(model.pointAt(2)).toBeNull();
    expect(model.pointAt(3)?.node.data).toBe('丙');
  });
});

describe('a corpus report rendered as one <p> per line', () => {
  const lines = corpusLines('003_4ef620bd1e3cb09d.txt');

  it('reads back as the report text, one line per paragraph', () => {
    renderParagraphs(document, lines);
    const model = buildTextModel(document.body);
    expect(model.text).toBe(lines.map((line) => line.replace(/[\t\r\f]/g, ' ')).join('\n'));
    const span = model.text.indexOf('\n', 200);
    expectRoundTrip(model, span - 30, span + 30);
  });
});
