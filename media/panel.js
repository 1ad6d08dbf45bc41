// @ts-check
// The Claimlens panel webview. Builds the DOM with createElement/textContent
// only: no HTML from the article ever reaches innerHTML.

/** @typedef {import('../src/extension/panel/protocol').ToWebview} ToWebview */
/** @typedef {import('../src/extension/panel/protocol').FromWebview} FromWebview */
/** @typedef {import('../src/extension/panel/protocol').PanelView} PanelView */
/** @typedef {import('../src/extension/panel/protocol').PanelItem} PanelItem */
/** @typedef {import('../src/extension/panel/protocol').PanelGroup} PanelGroup */

(function () {
  // @ts-expect-error acquireVsCodeApi is provided by the webview host.
  const vscode = acquireVsCodeApi();
  /** @type {{ filter: string, collapsed: string[] }} */
  const state = Object.assign({ filter: '', collapsed: [] }, vscode.getState() || {});
  const root = /** @type {HTMLElement} */ (document.getElementById('root'));
  /** @type {PanelView | undefined} */
  let current;

  /** @param {FromWebview} message */
  function send(message) {
    vscode.postMessage(message);
  }

  /**
   * @param {string} tag
   * @param {{ className?: string, text?: string, attrs?: Record<string, string> }} [options]
   * @param {Array<Node | undefined>} [children]
   */
  function el(tag, options = {}, children = []) {
    const node = document.createElement(tag);
    if (options.className) node.className = options.className;
    if (options.text !== undefined) node.textContent = options.text;
    for (const [name, value] of Object.entries(options.attrs || {})) node.setAttribute(name, value);
    for (const child of children) if (child) node.appendChild(child);
    return node;
  }

  /**
   * A focusable entry that reveals a span of the article. Its span is set by
   * `aim` on every render (one click handler on the root reads it), so a
   * reused entry selects where its text now stands.
   */
  function revealButton(label, className, title) {
    return el('button', { className: `reveal ${className || ''}`.trim(), text: label, attrs: { type: 'button', title: title || 'Show in the article' } });
  }

  /**
   * The span each button shows and the verdict menu of each entry, kept beside
   * the DOM rather than in attributes: after an edit every offset below it
   * moves, and rewriting thousands of attributes per render cost more than drawing.
   * @type {WeakMap<Element, { start: number, end: number }>}
   */
  const spans = new WeakMap();
  /** @type {WeakMap<Element, { offset: number, target: string }>} */
  const menus = new WeakMap();

  /** @type {WeakMap<Element, Element[]>} */
  const rowButtons = new WeakMap();

  /** A row's reveal buttons in document order, found once per row. */
  function buttonsOf(row) {
    let found = rowButtons.get(row);
    if (!found) rowButtons.set(row, (found = Array.from(row.querySelectorAll('button.reveal'))));
    return found;
  }

  /** @param {Element | undefined} button */
  function aim(button, start, end) {
    if (button) spans.set(button, { start, end });
  }

  /** A muted line number that selects the entry too; every row starts with one, like a gutter. */
  function lineButton() {
    const button = revealButton('', 'line');
    // The entry's own button does the same: keyboard users get one stop per entry, not two.
    button.tabIndex = -1;
    button.setAttribute('aria-hidden', 'true');
    return button;
  }

  /** @param {Element | undefined} button */
  function showLine(button, line, title) {
    if (!(button instanceof HTMLElement)) return;
    setText(button, String(line));
    setAttr(button, 'title', `Line ${line}: ${title}`);
  }

  /** Writes only what differs: an unchanged entry of a reused list is not laid out again. */
  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
  }

  function setAttr(node, name, value) {
    if (node.getAttribute(name) !== value) node.setAttribute(name, value);
  }

  /** The mark of a recorded finding (✓ ⚑ ✗ ?), its label and note in the tooltip; nothing while unchecked. */
  function findingMark(finding) {
    if (finding.status === 'unchecked') return undefined;
    const marks = { verified: '✓', disputed: '⚑', false: '✗', 'needs-source': '?' };
    return el('span', { className: `finding finding-${finding.status}`, text: marks[finding.status] || '', attrs: { title: finding.summary, 'aria-label': `fact-check: ${finding.summary}` } });
  }

  /**
   * Right-click on an entry offers the fact-check statuses (package.json
   * "webview/context"); VS Code passes the entry's `data-vscode-context`
   * to the command, written when the menu opens (see the contextmenu handler).
   * @param {HTMLElement} node
   * @param {number} offset
   * @param {string} target
   */
  function findingMenu(node, offset, target) {
    menus.set(node, { offset, target });
  }

  /*
   * Each render reuses the nodes the last one made for the same content
   * (offsets and line numbers aside, which are set afresh), so an edit redraws
   * only the entries it changed: drawing a long article's panel from scratch
   * held the window for a second or more on every keystroke.
   */
  /** @type {Map<string, Element[]>} */
  let lastNodes = new Map();
  /** @type {Map<string, Element[]>} */
  let nodes = new Map();
  /** How many nodes this render made rather than reused; reported for the tests. */
  let madeNow = 0;

  /**
   * The node the last render made under `key`, or a new one.
   * @template {Element} T
   * @param {string} key
   * @param {() => T} make
   * @returns {T}
   */
  function keyed(key, make) {
    let node = /** @type {T | undefined} */ (lastNodes.get(key)?.shift());
    if (!node) {
      node = make();
      madeNow++;
    }
    const made = nodes.get(key);
    if (made) made.push(node);
    else nodes.set(key, [node]);
    return node;
  }

  /**
   * Makes `parent`'s children exactly `children`, in order, moving only what is out of place.
   * @param {Element} parent
   * @param {Array<Element | undefined>} children
   */
  function fill(parent, children) {
    let at = parent.firstChild;
    for (const child of children) {
      if (!child) continue;
      if (child === at) at = at.nextSibling;
      else parent.insertBefore(child, at);
    }
    while (at) {
      const next = at.nextSibling;
      parent.removeChild(at);
      at = next;
    }
  }

  /**
   * @param {PanelItem} item
   * @param {boolean} withSource a contested figure: its source on a line of its own under it, so
   *   the row never wraps word by word in a narrow sidebar
   */
  function itemRow(item, withSource) {
    const key = JSON.stringify(['item', item.text, item.detail, item.source && item.source.name, item.finding, item.restated.length, withSource]);
    const row = keyed(key, () => makeItemRow(item, withSource));
    const buttons = buttonsOf(row);
    showLine(buttons[0], item.line, 'show in the article');
    setAttr(/** @type {Element} */ (buttons[1]), 'aria-label', `${item.text}, line ${item.line}`);
    aim(buttons[0], item.start, item.end);
    aim(buttons[1], item.start, item.end);
    item.restated.forEach((r, i) => {
      showLine(buttons[2 + i], r.line, 'the same figure again');
      aim(buttons[2 + i], r.start, r.end);
    });
    if (withSource && item.source) aim(buttons[2 + item.restated.length], item.source.start, item.source.end);
    findingMenu(row, item.start, item.finding.target);
    return row;
  }

  /** The row's buttons, in the order `itemRow` aims them: line, entry, restatements, source. */
  function makeItemRow(item, withSource) {
    const row = el('li', { className: `item status-${item.finding.status}`, attrs: { role: 'listitem' } });
    row.dataset.search = `${item.text} ${item.detail} ${item.source ? item.source.name : ''} ${item.finding.status === 'unchecked' ? '' : item.finding.label}`.toLowerCase();
    row.appendChild(lineButton());
    const main = revealButton(item.text, 'figure', 'Select this in the article');
    const body = el('span', { className: 'body' }, [main, findingMark(item.finding)]);
    if (item.detail) body.appendChild(el('span', { className: 'detail', text: ` ${item.detail}` }));
    if (item.restated.length) {
      const again = el('span', { className: 'restated detail' }, [el('span', { text: ' · also on line ' })]);
      item.restated.forEach((_, i) => {
        if (i > 0) again.appendChild(el('span', { text: ', ' }));
        again.appendChild(revealButton('', 'restatement'));
      });
      body.appendChild(again);
    }
    if (withSource) {
      const source = el('span', { className: 'attributed' });
      if (item.source) source.appendChild(revealButton(item.source.name, 'source', 'Select the source in the article'));
      else source.appendChild(el('span', { className: 'detail', text: 'the article itself' }));
      body.appendChild(source);
    }
    row.appendChild(body);
    return row;
  }

  /** @param {PanelGroup['disputes'][number]} dispute */
  function disputeRow(dispute) {
    const row = keyed(JSON.stringify(['dispute', dispute.text, dispute.by]), () =>
      el('li', { className: 'dispute' }, [lineButton(), el('span', { className: 'body' }, [el('span', { className: 'detail', text: dispute.by ? `${dispute.by}: ` : '' }), revealButton(`“${dispute.text}”`, 'dispute-cue')])]),
    );
    const buttons = buttonsOf(row);
    showLine(buttons[0], dispute.line, 'show in the article');
    aim(buttons[0], dispute.start, dispute.end);
    aim(buttons[1], dispute.start, dispute.end);
    return row;
  }

  /** @param {Element[]} [rows] */
  function list(label, rows = []) {
    return el('ul', { className: 'list', attrs: { role: 'list', 'aria-label': label } }, rows);
  }

  /** A list of rows under `key`, its rows set afresh. */
  function keyedList(key, label, rows) {
    const ul = keyed(key, () => list(label));
    fill(ul, rows);
    return ul;
  }

  /**
   * A section whose heading hides with its entries when the filter leaves none; made once, its entries set afresh.
   * @param {Array<Element | undefined>} children
   */
  function section(className, title, children) {
    const id = `${className}-title`;
    const node = keyed(`section ${className}`, () => el('section', { className: `${className} filter-section`, attrs: { 'aria-labelledby': id } }, [el('h2', { text: title, attrs: { id } })]));
    fill(node, [/** @type {Element} */ (node.firstElementChild), ...children]);
    return node;
  }

  /** A muted line of text, such as "No contested figures in this article." */
  function note(className, text) {
    return keyed(JSON.stringify([className, text]), () => el('p', { className, text }));
  }

  /** What each highlight colour means, in the colours the editor uses. */
  function legend() {
    const keys = [
      ['quote', 'quote'],
      ['speaker', 'speaker or source'],
      ['cue', 'cue (“said”)'],
      ['claim', 'figure'],
      ['contested', 'contested figure'],
    ];
    return el('p', { className: 'legend', attrs: { 'aria-label': 'What the highlights mean' } }, keys.map(([kind, label]) => el('span', { className: `key key-${kind}`, text: label })));
  }

  /** The file's name, the fact-check's progress, the legend and the filter box (kept while the reader types in it). */
  function header(view) {
    return keyed(JSON.stringify(['header', view.file, view.progress]), () => {
      const filter = el('input', { className: 'filter', attrs: { type: 'search', placeholder: 'Filter figures, quotes and sources', 'aria-label': 'Filter figures, quotes and sources', value: state.filter } });
      filter.addEventListener('input', () => {
        state.filter = /** @type {HTMLInputElement} */ (filter).value;
        vscode.setState(state);
        applyFilter();
      });
      const progress = view.progress ? el('p', { className: 'progress', text: `Fact-check: ${view.progress}`, attrs: { title: 'Right-click a figure or quote to record what the check found' } }) : undefined;
      return el('header', {}, [el('h1', { text: view.file }), progress, legend(), filter]);
    });
  }

  /** @param {PanelGroup} group */
  function groupCard(group) {
    const key = JSON.stringify(['group', group.quantity, group.spread, group.reason, group.why, group.finding, group.moreFigures, group.moreDisputes, group.disputes.length > 0]);
    const card = keyed(key, () => {
      const node = el('article', { className: 'group filterable', attrs: { 'aria-label': group.quantity } });
      // The reason repeats the rows below in a sentence; it is there on hover for who wants it.
      const heading = el('h3', { text: group.quantity, attrs: { title: group.reason } });
      const mark = findingMark(group.finding);
      if (mark) heading.appendChild(mark);
      node.appendChild(heading);
      if (group.spread) node.appendChild(el('p', { className: 'spread', text: group.spread }));
      node.appendChild(el('p', { className: 'why', text: group.why }));
      node.appendChild(list(`Figures for ${group.quantity}`));
      if (group.moreFigures > 0) node.appendChild(el('p', { className: 'detail more', text: `${plural(group.moreFigures, 'more figure')} for this quantity, highlighted in the editor` }));
      if (group.disputes.length) {
        node.appendChild(el('p', { className: 'label', text: 'Disputed in the text' }));
        node.appendChild(list(`Doubts about ${group.quantity}`));
        if (group.moreDisputes > 0) node.appendChild(el('p', { className: 'detail more', text: `${plural(group.moreDisputes, 'more doubt')} cast on it in the text` }));
      }
      return node;
    });
    const [figures, doubts] = card.querySelectorAll('ul.list');
    fill(/** @type {Element} */ (figures), group.figures.map((f) => itemRow(f, true)));
    if (doubts) fill(doubts, group.disputes.map(disputeRow));
    findingMenu(card, group.offset, 'group');
    return card;
  }

  /** @param {import('../src/extension/panel/protocol').PanelSource} source */
  function sourceBlock(source) {
    const counts = [plural(source.quotes.length, 'quote'), plural(source.figures.length, 'figure')].filter((s) => !s.startsWith('0 ')).join(', ');
    const block = keyed(JSON.stringify(['source', source.name, counts]), () => {
      // Sources the reader closed stay closed when the article is re-analysed.
      const attrs = state.collapsed.includes(source.name) ? {} : { open: '' };
      const node = el('details', { className: 'source filterable', attrs }, [el('summary', {}, [el('span', { className: 'name', text: source.name }), el('span', { className: 'detail', text: counts })]), list(`Quotes and figures from ${source.name}`)]);
      node.dataset.name = source.name;
      node.addEventListener('toggle', () => rememberCollapsed(source.name, !(/** @type {HTMLDetailsElement} */ (node).open)));
      return node;
    });
    fill(/** @type {Element} */ (block.querySelector('ul.list')), [...source.quotes.map((q) => itemRow(q, false)), ...source.figures.map((f) => itemRow(f, false))]);
    return block;
  }

  /** @type {string | undefined} */
  let shownDocument;

  /** @param {PanelView} view */
  function render(view) {
    const started = performance.now();
    current = view;
    lastNodes = nodes;
    nodes = new Map();
    madeNow = 0;
    root.setAttribute('aria-busy', 'false');
    if (view.kind === 'empty') {
      fill(root, [note('empty', view.message)]);
      report(0, started);
      return;
    }
    const contested = section('contested', 'Contested figures', view.contested.length === 0 ? [note('empty', 'No contested figures in this article.')] : view.contested.map(groupCard));
    const people = section('sources', 'Quoted and cited', view.sources.length === 0 ? [note('empty', 'Nobody is quoted or cited in this article.')] : view.sources.map(sourceBlock));
    const unspoken = view.unattributedQuotes.length ? section('unspoken', 'Quotes without a speaker', [keyed('unspoken box', () => el('div', { className: 'filterable' }))]) : undefined;
    if (unspoken) fill(/** @type {Element} */ (unspoken.lastElementChild), [keyedList('unspoken list', 'Quotes without a speaker', view.unattributedQuotes.map((q) => itemRow(q, false)))]);
    const unattributed = view.unattributedFigures.length ? section('unattributed', 'In the article’s own voice', [keyed('unattributed box', () => el('div', { className: 'filterable' }))]) : undefined;
    if (unattributed) fill(/** @type {Element} */ (unattributed.lastElementChild), [keyedList('unattributed list', 'Figures without a source', view.unattributedFigures.map((f) => itemRow(f, false)))]);
    const omitted = view.omitted > 0 ? note('empty', `${counts.format(view.omitted)} more quotes and figures are not listed here; the editor highlights them all.`) : undefined;
    const noMatches = keyed('no matches', () => el('p', { className: 'empty no-matches', attrs: { hidden: '', role: 'status' } }));
    fill(root, [header(view), noMatches, contested, view.orphans.length ? orphanSection(view) : undefined, people, unspoken, unattributed, omitted]);
    applyFilter();
    // A new article starts at its top; the same article re-analysed keeps the reader's place.
    if (shownDocument !== view.uri) window.scrollTo(0, 0);
    shownDocument = view.uri;
    report(view.contested.length, started);
  }

  // One handler for every entry: the button says which span it shows.
  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button.reveal') : null;
    const span = button && spans.get(button);
    if (!span || !current || current.kind !== 'article') return;
    send({ type: 'reveal', start: span.start, end: span.end, uri: current.uri, version: current.version });
  });

  // VS Code's webview reads `data-vscode-context` on the window as the event bubbles out: this handler runs first.
  root.addEventListener('contextmenu', (event) => {
    if (!current || current.kind !== 'article') return;
    for (let node = event.target instanceof Element ? event.target : null; node && node !== root; node = node.parentElement) {
      const menu = menus.get(node);
      if (menu) node.setAttribute('data-vscode-context', JSON.stringify({ webviewSection: 'finding', uri: current.uri, offset: menu.offset, target: menu.target, preventDefaultContextMenuItems: true }));
    }
  });

  function collapseAll() {
    for (const block of root.querySelectorAll('details.source')) /** @type {HTMLDetailsElement} */ (block).open = false;
  }

  function rememberCollapsed(name, closed) {
    state.collapsed = state.collapsed.filter((n) => n !== name).concat(closed ? [name] : []);
    vscode.setState(state);
  }

  /**
   * Verdicts whose text was edited away: what they were on, their status and
   * note, and the two ways out (re-attach to the selected text, delete).
   * @param {Extract<import('../src/extension/panel/protocol').PanelView, { kind: 'article' }>} view
   */
  function orphanSection(view) {
    const rows = view.orphans.map((orphan) => {
      const act = (/** @type {'reattach' | 'delete'} */ action, /** @type {string} */ label, /** @type {string} */ title) => {
        const button = el('button', { className: 'orphan-action', text: label, attrs: { type: 'button', title } });
        button.addEventListener('click', () => send({ type: 'orphan', action, id: orphan.id, uri: view.uri }));
        return button;
      };
      return el('li', { className: 'orphan' }, [
        el('span', { className: 'body' }, [
          el('span', { className: 'exact', text: `“${orphan.exact}”` }),
          el('span', { className: 'detail', text: ` · ${orphan.status}, last on line ${orphan.line}${orphan.note ? ` · ${orphan.note}` : ''}` }),
        ]),
        el('span', { className: 'orphan-actions' }, [
          act('reattach', 'Re-attach to selection', 'Select the text this verdict is about in the editor, then click here'),
          act('delete', 'Delete', 'Delete this verdict'),
        ]),
      ]);
    });
    return section('orphans', 'Verdicts that lost their text', [el('p', { className: 'label', text: 'Their text was edited beyond recognition. Select the text each is about and re-attach it, or delete it.' }), list('Verdicts that lost their text', rows)]);
  }

  /** The filter last applied: while it is empty nothing is hidden, and a render need not look. */
  let filtered = '';

  /** Hides entries that do not match the filter, and groups left empty. */
  function applyFilter() {
    const needle = state.filter.trim().toLowerCase();
    if (needle === '' && filtered === '') return;
    filtered = needle;
    for (const row of root.querySelectorAll('li.item')) {
      /** @type {HTMLElement} */ (row).hidden = needle !== '' && !(/** @type {HTMLElement} */ (row).dataset.search || '').includes(needle);
    }
    for (const box of root.querySelectorAll('.filterable, .filter-section')) {
      const visible = box.querySelectorAll('li.item:not([hidden])').length > 0;
      /** @type {HTMLElement} */ (box).hidden = needle !== '' && !visible;
    }
    const none = /** @type {HTMLElement | null} */ (root.querySelector('.no-matches'));
    if (none) {
      const matches = root.querySelectorAll('li.item:not([hidden])').length;
      none.hidden = needle === '' || matches > 0;
      none.textContent = `Nothing matches “${state.filter.trim()}”.`;
    }
  }

  function report(groups, started) {
    // What the DOM now says, for the integration tests; the text is capped to keep the message small.
    const milliseconds = Math.round(performance.now() - started);
    send({ type: 'rendered', groups, items: root.querySelectorAll('li.item').length, text: textOf(root, 20000), elements: root.querySelectorAll('img, script, iframe, object, embed, svg').length, milliseconds, made: madeNow });
  }

  /** The first `most` characters of the node's text, without joining the whole panel's. */
  function textOf(node, most) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    let text = '';
    while (text.length < most && walker.nextNode()) text += walker.currentNode.nodeValue;
    return text.slice(0, most);
  }

  // One formatter for every count: `toLocaleString` builds a new one per call, which cost more than the rest of a render.
  const counts = new Intl.NumberFormat('en-US');

  function plural(n, word) {
    return `${counts.format(n)} ${word}${n === 1 ? '' : 's'}`;
  }

  // Arrow keys move between entries; Home and End jump to the first and last.
  root.addEventListener('keydown', (event) => {
    const focusable = Array.from(root.querySelectorAll('button.reveal:not(.line), summary, input.filter')).filter((n) => !(/** @type {HTMLElement} */ (n).closest('[hidden]')));
    const index = focusable.indexOf(/** @type {Element} */ (document.activeElement));
    if (index < 0) return;
    let next = -1;
    if (event.key === 'ArrowDown') next = Math.min(focusable.length - 1, index + 1);
    else if (event.key === 'ArrowUp') next = Math.max(0, index - 1);
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = focusable.length - 1;
    if (next < 0 || event.target instanceof HTMLInputElement && (event.key === 'Home' || event.key === 'End')) return;
    event.preventDefault();
    /** @type {HTMLElement} */ (focusable[next]).focus();
  });

  window.addEventListener('message', (event) => {
    /** @type {ToWebview} */
    const message = event.data;
    if (message && message.type === 'show') render(message.view);
    else if (message && message.type === 'collapseAll') collapseAll();
  });
  send({ type: 'ready' });
  void current;
})();
