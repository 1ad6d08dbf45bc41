// @ts-check
// The Claimlens panel webview. Builds the DOM with createElement/textContent
// only: no HTML from the article ever reaches innerHTML.

/** @typedef {import('../src/extension/panel/protocol').ToWebview} ToWebview */
/** @typedef {import('../src/extension/panel/protocol').FromWebview} FromWebview */
/** @typedef {import('../src/extension/panel/protocol').PanelView} PanelView */
/** @typedef {import('../src/extension/panel/protocol').PanelItem} PanelItem */

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

  /** A focusable entry that reveals a span of the article. */
  function revealButton(label, start, end, className, title) {
    const button = el('button', { className: `reveal ${className || ''}`.trim(), text: label, attrs: { type: 'button', title: title || 'Show in the article' } });
    button.addEventListener('click', () => send({ type: 'reveal', start, end, uri: current && current.kind === 'article' ? current.uri : '', version: current && current.kind === 'article' ? current.version : -1 }));
    return button;
  }

  /** A muted line number that selects the entry too; every row starts with one, like a gutter. */
  function lineButton(line, start, end) {
    const button = revealButton(String(line), start, end, 'line', `Line ${line}: show in the article`);
    // The entry's own button does the same: keyboard users get one stop per entry, not two.
    button.tabIndex = -1;
    button.setAttribute('aria-hidden', 'true');
    return button;
  }

  /**
   * @param {PanelItem} item
   * @param {boolean} withSource a contested figure: its source on a line of its own under it, so
   *   the row never wraps word by word in a narrow sidebar
   */
  /** The mark of a recorded finding (✓ ⚑ ✗ ?), its label and note in the tooltip; nothing while unchecked. */
  function findingMark(finding) {
    if (finding.status === 'unchecked') return undefined;
    const marks = { verified: '✓', disputed: '⚑', false: '✗', 'needs-source': '?' };
    return el('span', { className: `finding finding-${finding.status}`, text: marks[finding.status] || '', attrs: { title: finding.summary, 'aria-label': `fact-check: ${finding.summary}` } });
  }

  /**
   * Right-click on an entry offers the fact-check statuses (package.json
   * "webview/context"); VS Code passes this object to the command.
   * @param {HTMLElement} node
   * @param {number} offset
   * @param {string} target
   */
  function findingMenu(node, offset, target) {
    if (!current || current.kind !== 'article') return;
    node.dataset.vscodeContext = JSON.stringify({ webviewSection: 'finding', uri: current.uri, offset, target, preventDefaultContextMenuItems: true });
  }

  function itemRow(item, withSource) {
    const row = el('li', { className: `item status-${item.finding.status}`, attrs: { role: 'listitem' } });
    row.dataset.search = `${item.text} ${item.detail} ${item.source ? item.source.name : ''} ${item.finding.status === 'unchecked' ? '' : item.finding.label}`.toLowerCase();
    findingMenu(row, item.start, item.finding.target);
    row.appendChild(lineButton(item.line, item.start, item.end));
    const main = revealButton(item.text, item.start, item.end, 'figure', 'Select this in the article');
    main.setAttribute('aria-label', `${item.text}, line ${item.line}`);
    const body = el('span', { className: 'body' }, [main, findingMark(item.finding)]);
    if (item.detail) body.appendChild(el('span', { className: 'detail', text: ` ${item.detail}` }));
    if (item.restated.length) {
      const again = el('span', { className: 'restated detail' }, [el('span', { text: ' · also on line ' })]);
      item.restated.forEach((r, i) => {
        if (i > 0) again.appendChild(el('span', { text: ', ' }));
        again.appendChild(revealButton(String(r.line), r.start, r.end, 'restatement', `Line ${r.line}: the same figure again`));
      });
      body.appendChild(again);
    }
    if (withSource) {
      const source = el('span', { className: 'attributed' });
      if (item.source) source.appendChild(revealButton(item.source.name, item.source.start, item.source.end, 'source', 'Select the source in the article'));
      else source.appendChild(el('span', { className: 'detail', text: 'the article itself' }));
      body.appendChild(source);
    }
    row.appendChild(body);
    return row;
  }

  function list(label, rows) {
    return el('ul', { className: 'list', attrs: { role: 'list', 'aria-label': label } }, rows);
  }

  /** A section whose heading hides with its entries when the filter leaves none. */
  function section(className, title, children) {
    const id = `${className}-title`;
    return el('section', { className: `${className} filter-section`, attrs: { 'aria-labelledby': id } }, [el('h2', { text: title, attrs: { id } }), ...children]);
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

  /** @type {string | undefined} */
  let shownDocument;

  /** @param {PanelView} view */
  function render(view) {
    const started = performance.now();
    current = view;
    root.replaceChildren();
    root.setAttribute('aria-busy', 'false');
    if (view.kind === 'empty') {
      root.appendChild(el('p', { className: 'empty', text: view.message }));
      report(0, started);
      return;
    }
    const filter = el('input', { className: 'filter', attrs: { type: 'search', placeholder: 'Filter figures, quotes and sources', 'aria-label': 'Filter figures, quotes and sources', value: state.filter } });
    filter.addEventListener('input', () => {
      state.filter = /** @type {HTMLInputElement} */ (filter).value;
      vscode.setState(state);
      applyFilter();
    });
    const progress = view.progress ? el('p', { className: 'progress', text: `Fact-check: ${view.progress}`, attrs: { title: 'Right-click a figure or quote to record what the check found' } }) : undefined;
    root.appendChild(el('header', {}, [el('h1', { text: view.file }), progress, legend(), filter]));
    root.appendChild(el('p', { className: 'empty no-matches', attrs: { hidden: '', role: 'status' } }));

    const contested = section('contested', 'Contested figures', []);
    if (view.contested.length === 0) contested.appendChild(el('p', { className: 'empty', text: 'No contested figures in this article.' }));
    for (const group of view.contested) {
      const card = el('article', { className: 'group filterable', attrs: { 'aria-label': group.quantity } });
      // The reason repeats the rows below in a sentence; it is there on hover for who wants it.
      const heading = el('h3', { text: group.quantity, attrs: { title: group.reason } });
      const mark = findingMark(group.finding);
      if (mark) heading.appendChild(mark);
      findingMenu(card, group.offset, 'group');
      card.appendChild(heading);
      if (group.spread) card.appendChild(el('p', { className: 'spread', text: group.spread }));
      card.appendChild(el('p', { className: 'why', text: group.why }));
      card.appendChild(list(`Figures for ${group.quantity}`, group.figures.map((f) => itemRow(f, true))));
      if (group.moreFigures > 0) card.appendChild(el('p', { className: 'detail more', text: `${plural(group.moreFigures, 'more figure')} for this quantity, highlighted in the editor` }));
      if (group.disputes.length) {
        const rows = group.disputes.map((dispute) =>
          el('li', { className: 'dispute' }, [lineButton(dispute.line, dispute.start, dispute.end), el('span', { className: 'body' }, [el('span', { className: 'detail', text: dispute.by ? `${dispute.by}: ` : '' }), revealButton(`“${dispute.text}”`, dispute.start, dispute.end, 'dispute-cue')])]),
        );
        card.appendChild(el('p', { className: 'label', text: 'Disputed in the text' }));
        card.appendChild(list(`Doubts about ${group.quantity}`, rows));
        if (group.moreDisputes > 0) card.appendChild(el('p', { className: 'detail more', text: `${plural(group.moreDisputes, 'more doubt')} cast on it in the text` }));
      }
      contested.appendChild(card);
    }
    root.appendChild(contested);
    if (view.orphans.length) root.appendChild(orphanSection(view));

    const people = section('sources', 'Quoted and cited', []);
    if (view.sources.length === 0) people.appendChild(el('p', { className: 'empty', text: 'Nobody is quoted or cited in this article.' }));
    for (const source of view.sources) {
      const counts = [plural(source.quotes.length, 'quote'), plural(source.figures.length, 'figure')].filter((s) => !s.startsWith('0 ')).join(', ');
      // Sources the reader closed stay closed when the article is re-analysed.
      const attrs = state.collapsed.includes(source.name) ? {} : { open: '' };
      const block = el('details', { className: 'source filterable', attrs }, [el('summary', {}, [el('span', { className: 'name', text: source.name }), el('span', { className: 'detail', text: counts })])]);
      block.dataset.name = source.name;
      block.addEventListener('toggle', () => rememberCollapsed(source.name, !(/** @type {HTMLDetailsElement} */ (block).open)));
      const rows = [...source.quotes.map((q) => itemRow(q, false)), ...source.figures.map((f) => itemRow(f, false))];
      block.appendChild(list(`Quotes and figures from ${source.name}`, rows));
      people.appendChild(block);
    }
    root.appendChild(people);

    if (view.unattributedQuotes.length) {
      root.appendChild(section('unspoken', 'Quotes without a speaker', [el('div', { className: 'filterable' }, [list('Quotes without a speaker', view.unattributedQuotes.map((q) => itemRow(q, false)))])]));
    }
    if (view.unattributedFigures.length) {
      root.appendChild(section('unattributed', 'In the article’s own voice', [el('div', { className: 'filterable' }, [list('Figures without a source', view.unattributedFigures.map((f) => itemRow(f, false)))])]));
    }
    if (view.omitted > 0) root.appendChild(el('p', { className: 'empty', text: `${view.omitted.toLocaleString('en-US')} more quotes and figures are not listed here; the editor highlights them all.` }));
    applyFilter();
    // A new article starts at its top; the same article re-analysed keeps the reader's place.
    if (shownDocument !== view.uri) window.scrollTo(0, 0);
    shownDocument = view.uri;
    report(view.contested.length, started);
  }

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

  /** Hides entries that do not match the filter, and groups left empty. */
  function applyFilter() {
    const needle = state.filter.trim().toLowerCase();
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
    // Reading the height lays the page out now rather than at the next frame, so the time includes layout.
    void root.offsetHeight;
    const milliseconds = Math.round(performance.now() - started);
    send({ type: 'rendered', groups, items: root.querySelectorAll('li.item').length, text: (root.textContent || '').slice(0, 20000), elements: root.querySelectorAll('img, script, iframe, object, embed, svg').length, milliseconds });
  }

  function plural(n, word) {
    return `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;
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
