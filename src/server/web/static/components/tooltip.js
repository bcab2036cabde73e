// One shared tooltip for findings: shown on hover and on keyboard focus, hidden on Escape.
import { h } from '../dom.js';

const TIP_ID = 'finding-tip';

function tipElement() {
  let tip = document.getElementById(TIP_ID);
  if (!tip) {
    tip = h('div', { id: TIP_ID, class: 'tip', role: 'tooltip', hidden: true });
    document.body.append(tip);
  }
  return tip;
}

/**
 * Wires the tooltip to every `mark.finding` inside `container`; `findings` is the report's list and
 * each mark's `data-f` holds the indexes of the findings it belongs to.
 */
export function attachFindingTooltips(container, findings) {
  const tip = tipElement();
  let current = null;

  const show = (mark) => {
    if (current === mark) return;
    hide();
    current = mark;
    const indexes = (mark.dataset.f ?? '').split(' ').map(Number);
    const parts = [];
    for (const i of indexes) {
      const f = findings[i];
      if (!f) continue;
      parts.push(
        h(
          'div',
          { class: `tip-item sev-${f.severity}` },
          h('p', { class: 'tip-message', text: f.message }),
          f.suggestion !== null && f.suggestion !== undefined
            ? h(
                'p',
                { class: 'tip-suggestion' },
                h('span', { class: 'tip-key', text: 'Neutral wording: ' }),
                f.suggestion === ''
                  ? h('em', { text: '(leave it out)' })
                  : h('strong', { text: f.suggestion }),
              )
            : null,
          h(
            'p',
            { class: 'tip-rule' },
            h('span', { class: 'tip-key', text: 'Rule: ' }),
            h('code', { text: f.ruleId }),
            ` · ${f.category} · ${f.severity}`,
          ),
        ),
      );
    }
    tip.replaceChildren(...parts);
    tip.hidden = false;
    mark.setAttribute('aria-describedby', TIP_ID);
    mark.classList.add('is-active');
    place(tip, mark);
  };

  const hide = () => {
    if (!current) return;
    current.removeAttribute('aria-describedby');
    current.classList.remove('is-active');
    current = null;
    tip.hidden = true;
  };

  const markOf = (target) => (target instanceof Element ? target.closest('mark.finding') : null);
  container.addEventListener('mouseover', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  container.addEventListener('mouseout', (event) => {
    const mark = markOf(event.target);
    if (mark && !mark.contains(event.relatedTarget) && document.activeElement !== mark) hide();
  });
  container.addEventListener('focusin', (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  container.addEventListener('focusout', () => hide());
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });
  return { hide };
}

function place(tip, mark) {
  const rect = mark.getBoundingClientRect();
  const margin = 8;
  const width = Math.min(340, document.documentElement.clientWidth - 2 * margin);
  tip.style.width = `${width}px`;
  let left = rect.left + window.scrollX;
  left = Math.max(
    margin,
    Math.min(left, window.scrollX + document.documentElement.clientWidth - width - margin),
  );
  tip.style.left = `${left}px`;
  tip.style.top = `${rect.bottom + window.scrollY + 6}px`;
  const tipRect = tip.getBoundingClientRect();
  if (tipRect.bottom > document.documentElement.clientHeight && rect.top > tipRect.height + 12) {
    tip.style.top = `${rect.top + window.scrollY - tipRect.height - 6}px`;
  }
}
