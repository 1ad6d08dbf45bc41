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

  /** @param {PanelItem} item @param {boolean} withSource */
  function itemRow(item, withSource) {
    const row = el('li', { className: 'item', attrs: { role: 'listitem' } });
    row.dataset.search = `${item.text} ${item.detail} ${item.source ? item.source.name : ''}`.toLowerCase();
    row.appendChild(revealButton(item.text, item.start, item.end, 'figure', 'Select this in the article'));
    if (item.detail) row.appendChild(el('span', { className: 'detail', text: item.detail }));
    if (withSource) {
      // The dash stays with the source when the row wraps.
      const source = el('span', { className: 'attributed' }, [el('span', { className: 'separator', text: '— ' })]);
      if (item.source) source.appendChild(revealButton(item.source.name, item.source.start, item.source.end, 'source', 'Select the source in the article'));
      else source.appendChild(el('span', { className: 'detail', text: 'the article itself' }));
      row.appendChild(source);
    }
    return row;
  }

  function list(label, rows) {
    return el('ul', { className: 'list', attrs: { role: 'list', 'aria-label': label } }, rows);
  }

  /** @param {PanelView} view */
  function render(view) {
    current = view;
    root.replaceChildren();
    root.setAttribute('aria-busy', 'false');
    if (view.kind === 'empty') {
      root.appendChild(el('p', { className: 'empty', text: view.message }));
      report(0);
      return;
    }
    const filter = el('input', { className: 'filter', attrs: { type: 'search', placeholder: 'Filter figures, quotes and sources', 'aria-label': 'Filter figures, quotes and sources', value: state.filter } });
    filter.addEventListener('input', () => {
      state.filter = /** @type {HTMLInputElement} */ (filter).value;
      vscode.setState(state);
      applyFilter();
    });
    root.appendChild(el('header', {}, [el('h1', { text: view.file }), filter]));

    const contested = el('section', { className: 'contested', attrs: { 'aria-labelledby': 'contested-title' } }, [el('h2', { text: 'Contested figures', attrs: { id: 'contested-title' } })]);
    if (view.contested.length === 0) contested.appendChild(el('p', { className: 'empty', text: 'No contested figures in this article.' }));
    for (const group of view.contested) {
      const card = el('article', { className: 'group filterable', attrs: { 'aria-label': group.quantity } });
      // The reason repeats the rows below in a sentence; it is there on hover for who wants it.
      card.appendChild(el('h3', { text: group.quantity, attrs: { title: group.reason } }));
      if (group.spread) card.appendChild(el('p', { className: 'spread', text: group.spread }));
      card.appendChild(list(`Figures for ${group.quantity}`, group.figures.map((f) => itemRow(f, true))));
      if (group.disputes.length) {
        const rows = group.disputes.map((dispute) => el('li', { className: 'dispute' }, [revealButton(`“${dispute.text}”`, dispute.start, dispute.end, 'dispute-cue')]));
        card.appendChild(el('p', { className: 'label', text: 'Disputed in the text' }));
        card.appendChild(list(`Doubts about ${group.quantity}`, rows));
      }
      contested.appendChild(card);
    }
    root.appendChild(contested);

    const people = el('section', { className: 'sources', attrs: { 'aria-labelledby': 'sources-title' } }, [el('h2', { text: 'Quoted and cited', attrs: { id: 'sources-title' } })]);
    if (view.sources.length === 0) people.appendChild(el('p', { className: 'empty', text: 'Nobody is quoted or cited in this article.' }));
    for (const source of view.sources) {
      const counts = [plural(source.quotes.length, 'quote'), plural(source.figures.length, 'figure')].filter((s) => !s.startsWith('0 ')).join(', ');
      // Sources the reader closed stay closed when the article is re-analysed.
      const attrs = state.collapsed.includes(source.name) ? {} : { open: '' };
      const block = el('details', { className: 'source filterable', attrs }, [el('summary', {}, [el('span', { className: 'name', text: source.name }), el('span', { className: 'detail', text: counts })])]);
      block.addEventListener('toggle', () => {
        const closed = !(/** @type {HTMLDetailsElement} */ (block).open);
        state.collapsed = state.collapsed.filter((name) => name !== source.name).concat(closed ? [source.name] : []);
        vscode.setState(state);
      });
      const rows = [...source.quotes.map((q) => itemRow(q, false)), ...source.figures.map((f) => itemRow(f, false))];
      block.appendChild(list(`Quotes and figures from ${source.name}`, rows));
      people.appendChild(block);
    }
    root.appendChild(people);

    if (view.unattributedFigures.length || view.unattributedQuotes.length) {
      const rest = el('section', { className: 'unattributed', attrs: { 'aria-labelledby': 'rest-title' } }, [el('h2', { text: 'In the article’s own voice', attrs: { id: 'rest-title' } })]);
      const rows = [...view.unattributedFigures.map((f) => itemRow(f, false)), ...view.unattributedQuotes.map((q) => itemRow(q, false))];
      rest.appendChild(el('div', { className: 'filterable' }, [list('Figures and quotes without a source', rows)]));
      root.appendChild(rest);
    }
    if (view.omitted > 0) root.appendChild(el('p', { className: 'empty', text: `${view.omitted.toLocaleString('en-US')} more quotes and figures are not listed here; the editor highlights them all.` }));
    root.appendChild(el('p', { className: 'empty no-matches', attrs: { hidden: '' } }));
    applyFilter();
    report(view.contested.length);
  }

  /** Hides entries that do not match the filter, and groups left empty. */
  function applyFilter() {
    const needle = state.filter.trim().toLowerCase();
    for (const row of root.querySelectorAll('li.item')) {
      /** @type {HTMLElement} */ (row).hidden = needle !== '' && !(/** @type {HTMLElement} */ (row).dataset.search || '').includes(needle);
    }
    for (const box of root.querySelectorAll('.filterable')) {
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

  function report(groups) {
    // What the DOM now says, for the integration tests; the text is capped to keep the message small.
    send({ type: 'rendered', groups, items: root.querySelectorAll('li.item').length, text: (root.textContent || '').slice(0, 20000), elements: root.querySelectorAll('img, script, iframe, object, embed, svg').length });
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  }

  // Arrow keys move between entries; Home and End jump to the first and last.
  root.addEventListener('keydown', (event) => {
    const focusable = Array.from(root.querySelectorAll('button.reveal, summary, input.filter')).filter((n) => !(/** @type {HTMLElement} */ (n).closest('[hidden]')));
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
  });
  send({ type: 'ready' });
  void current;
})();
