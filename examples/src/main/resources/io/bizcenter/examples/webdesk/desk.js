// The web desk's page: plain script, no build step, nothing fetched from elsewhere. Every text from the server or a
// person is set with textContent or as an attribute value, never parsed as HTML.
'use strict';

const WORDS = {
  'zh-CN': {
    title: '商务中心 · 前台', seat: '座位', language: '语言', agenda: '今日待办', cases: '案件', case: '案件', state: '状态',
    trail: '审计记录', at: '时间', who: '经办', step: '步骤', clause: '条款', to: '进入状态', actions: '可办理',
    printForm: '打印表单', printPage: '打印本页', submit: '提交', open: '新建', due: '截止', nothing: '暂无',
    accepted: '已办理，案件现为', rejected: '未办理', add: '添加', diagram: '状态图', details: '详情'
  },
  en: {
    title: 'Business center · Web desk', seat: 'Seat', language: 'Language', agenda: 'Due today', cases: 'Cases', case: 'Case',
    state: 'State', trail: 'Audit trail', at: 'At', who: 'By', step: 'Step', clause: 'Clause', to: 'Into state',
    actions: 'You may', printForm: 'Print the form', printPage: 'Print this page', submit: 'Submit', open: 'New', due: 'due',
    nothing: 'Nothing', accepted: 'Done; the case is now', rejected: 'Refused', add: 'Add', diagram: 'State diagram', details: 'Details'
  }
};

// clockOffset: the desk's clock less the browser's, so that "overdue" means overdue by the desk's time
const desk = { lang: 'zh-CN', seat: null, center: null, zone: 'Asia/Shanghai', clockOffset: 0, procedures: [], procedure: null, caseId: null };
const $ = (id) => document.getElementById(id);

function words() {
  return WORDS[desk.lang];
}

function element(tag, text, attributes) {
  const made = document.createElement(tag);
  if (text !== undefined && text !== null) {
    made.textContent = String(text);
  }
  Object.entries(attributes || {}).forEach(([name, value]) => made.setAttribute(name, value));
  return made;
}

function query(extra) {
  const params = new URLSearchParams({ seat: desk.seat || '', lang: desk.lang });
  Object.entries(extra || {}).forEach(([name, value]) => params.set(name, value));
  return params.toString();
}

async function api(path, options) {
  const response = await fetch(path, options);
  let body = {};
  try {
    body = await response.json();
  } catch (notJson) {
    // an answer that is not JSON (a proxy's error page) is shown by its status alone
  }
  return { ok: response.ok, status: response.status, body };
}

function procedurePath(name) {
  return '/api/' + encodeURIComponent(name || desk.procedure);
}

function translatePage() {
  document.documentElement.lang = desk.lang;
  document.querySelectorAll('[data-text]').forEach((node) => { node.textContent = words()[node.dataset.text]; });
  $('title').textContent = words().title;
  document.title = 'BizCenter · ' + words().title;
}

async function loadSeats() {
  const chosen = desk.seat;
  const answer = await api('/api/seats?' + query());
  const select = $('seat');
  select.replaceChildren(...answer.body.map((seat) => element('option', seat.label, { value: seat.seat })));
  // the page opens at the Operations desk, where the day's first complaint waits
  const first = chosen || 'OPERATIONS:STAFF';
  desk.seat = answer.body.some((seat) => seat.seat === first) ? first : select.value;
  select.value = desk.seat;
}

async function loadAgenda() {
  const list = $('agenda');
  const answer = await api('/api/agenda?' + query());
  if (!answer.ok) {
    list.replaceChildren(element('li', answer.body.rejection.message[desk.lang]));
    return;
  }
  if (answer.body.length === 0) {
    list.replaceChildren(element('li', words().nothing, { class: 'due' }));
    return;
  }
  const now = Date.now() + desk.clockOffset;
  list.replaceChildren(...answer.body.map((item) => {
    const entry = element('li', null, { 'data-case': item.caseId, 'data-procedure': item.procedure });
    const title = item.labels.procedure + ' ' + item.caseId;
    if (desk.procedures.some((procedure) => procedure.name === item.procedure)) {
      const open = element('button', title, { type: 'button', class: 'agenda-item' });
      open.addEventListener('click', () => chooseProcedure(item.procedure).then(() => openCase(item.caseId)));
      entry.append(open);
    } else {
      entry.append(element('span', title));
    }
    entry.append(' ', element('span', item.labels.state + ': ' + item.labels.actions.join(', ') + ' (' + item.clause + ')'), ' ',
      element('span', words().due + ' ' + new Date(item.dueAt).toLocaleString(desk.lang, { timeZone: desk.zone }),
        { class: Date.parse(item.dueAt) < now ? 'due overdue' : 'due' }));
    return entry;
  }));
}

async function loadProcedures() {
  const answer = await api('/api/procedures?' + query());
  desk.procedures = answer.body;
  $('procedures').replaceChildren(...answer.body.map((procedure) => {
    const button = element('button', procedure.label, { type: 'button', id: 'procedure-' + procedure.name });
    if (procedure.name === desk.procedure) {
      button.classList.add('chosen');
    }
    button.addEventListener('click', () => chooseProcedure(procedure.name));
    return button;
  }));
}

async function chooseProcedure(name) {
  desk.procedure = name;
  document.querySelectorAll('#procedures button').forEach((button) => {
    button.classList.toggle('chosen', button.id === 'procedure-' + name);
  });
  const opening = await api(procedurePath() + '/opening?' + query());
  $('opening').replaceChildren(...(opening.ok ? opening.body : []).map((action) => actionButton(action, null)));
  const cases = await api(procedurePath() + '/cases?' + query());
  const list = $('cases');
  list.dataset.procedure = name;
  if (!cases.ok) {
    list.replaceChildren(element('li', cases.body.rejection.message[desk.lang]));
    return;
  }
  list.replaceChildren(...cases.body.map((one) => {
    const entry = element('li');
    const open = element('button', one.id, { type: 'button', class: 'case-link', 'data-case': one.id });
    open.addEventListener('click', () => openCase(one.id));
    entry.append(open, ' ', element('span', one.stateLabel));
    return entry;
  }));
}

function actionButton(action, caseId) {
  const button = element('button', action.label, { type: 'button', 'data-action': action.action, 'data-command': action.command });
  button.addEventListener('click', () => showCommand(action, caseId));
  return button;
}

async function openCase(id) {
  desk.caseId = id;
  const answer = await api(procedurePath() + '/cases/' + encodeURIComponent(id) + '?' + query());
  $('case-panel').hidden = false;
  if (!answer.ok) {
    showOutcome(answer);
    return;
  }
  const found = answer.body.case;
  $('case-id').textContent = found.id;
  $('case-state').textContent = found.stateLabel;
  $('case-state').dataset.state = found.state;
  $('case-document').replaceChildren(...documentRows(found.document));
  const diagram = $('diagram');
  diagram.alt = words().diagram + ': ' + found.stateLabel;
  // the version in the address: the same address would show the picture of the state before
  diagram.src = procedurePath() + '/diagram.svg?' + query({ case: found.id, version: found.document.version });
  $('trail').tBodies[0].replaceChildren(...answer.body.trail.map((entry) => {
    const row = element('tr');
    row.append(element('td', new Date(entry.at).toLocaleString(desk.lang, { timeZone: desk.zone })),
      element('td', entry.staff + ' (' + entry.labels.department + ' · ' + entry.labels.role + ')'),
      element('td', entry.labels.action), element('td', entry.clause), element('td', entry.labels.to));
    return row;
  }));
  $('actions').replaceChildren(...answer.body.actions.map((action) => actionButton(action, found.id)));
  const procedure = desk.procedures.find((one) => one.name === desk.procedure);
  const printForm = $('print-form');
  printForm.hidden = !(procedure && procedure.form);
  printForm.href = procedurePath() + '/cases/' + encodeURIComponent(found.id) + '/form?' + query();
}

// The case as the wire format gives it: one row per field, nested values as their JSON text.
function documentRows(document) {
  return Object.entries(document).filter(([, value]) => value !== null && !(Array.isArray(value) && value.length === 0))
    .map(([name, value]) => {
      const row = element('tr');
      row.append(element('th', name), element('td', typeof value === 'object' ? JSON.stringify(value) : String(value)));
      return row;
    });
}

// ---- the command form, drawn from the command's JSON Schema ----

async function showCommand(action, caseId) {
  const answer = await api(procedurePath() + '/commands/' + encodeURIComponent(action.command) + '/schema?' + query());
  $('command-panel').hidden = false;
  $('command-title').textContent = action.label;
  const form = $('command-form');
  form.dataset.command = action.command;
  form.dataset.action = action.action;
  const root = answer.body;
  const editor = editorFor(root, '', caseId, root);
  form.editor = editor;
  $('command-fields').replaceChildren(editor.element);
  $('command-panel').scrollIntoView();
}

// The schema a field is drawn from: a reference followed, "this or null" taken as "this", the labels of named values
// gathered whether the schema gives them beside an enum or as a list of constants with titles.
function resolved(schema, root) {
  let plain = schema || {};
  while (plain.$ref) {
    const found = plain.$ref.replace(/^#\//, '').split('/').reduce((node, key) => (node || {})[key], root);
    plain = Object.assign({}, found, { title: plain.title || (found || {}).title });
  }
  const choices = plain.oneOf || plain.anyOf;
  if (choices) {
    const constants = choices.filter((choice) => choice.const !== undefined);
    if (constants.length > 0) {
      return Object.assign({}, plain, { type: 'string', enum: constants.map((c) => c.const), labels: constants.map((c) => c.title || c.const) });
    }
    const other = choices.filter((choice) => choice.type !== 'null');
    if (other.length === 1) {
      return Object.assign({}, resolved(other[0], root), { title: plain.title || other[0].title });
    }
  }
  if (Array.isArray(plain.type)) {
    plain = Object.assign({}, plain, { type: plain.type.find((type) => type !== 'null') });
  }
  if (plain.enum) {
    const enumNames = plain.enum.filter((value) => value !== null);
    const labels = plain['x-labels'] || plain['x-bizcenter-labels'] || plain['x-enum-labels'] || [];
    plain = Object.assign({}, plain, { enum: enumNames, labels: enumNames.map((value, i) => (Array.isArray(labels) ? labels[i] : labels[value]) || value) });
  }
  return plain;
}

// An editor is an element and a function that reads the value it holds; objects and lists nest editors.
function editorFor(given, path, caseId, root) {
  const schema = resolved(given, root);
  const name = path.split('.').pop();
  if (path === 'commandId') {
    return { element: document.createDocumentFragment(), read: () => newCommandId() };
  }
  if (path === 'center') {
    return { element: document.createDocumentFragment(), read: () => desk.center };
  }
  if (schema.type === 'object') {
    const fieldset = element(path === '' ? 'div' : 'fieldset', null, { 'data-path': path });
    if (path !== '') {
      fieldset.append(element('legend', schema.title || name));
    }
    const parts = Object.entries(schema.properties || {}).map(([key, property]) => {
      const inner = editorFor(property, path === '' ? key : path + '.' + key, caseId, root);
      fieldset.append(inner.element);
      return [key, inner, (schema.required || []).includes(key)];
    });
    return {
      element: fieldset,
      read: () => {
        const value = {};
        parts.forEach(([key, inner, required]) => {
          const read = inner.read();
          if (read !== undefined || required) {
            value[key] = read === undefined ? null : read;
          }
        });
        return value;
      }
    };
  }
  if (schema.type === 'array') {
    return listEditor(schema, path, caseId, root);
  }
  const label = element('label', null, { class: 'field' });
  label.append(element('span', schema.title || name));
  let input;
  if (schema.enum) {
    input = element('select', null, { name: path });
    input.append(element('option', '', { value: '' }));
    schema.enum.forEach((value, i) => input.append(element('option', schema.labels[i], { value })));
  } else if (schema.type === 'boolean') {
    input = element('input', null, { type: 'checkbox', name: path });
  } else if (schema.type === 'integer' || schema.type === 'number') {
    input = element('input', null, { type: 'number', step: schema.type === 'integer' ? '1' : 'any', name: path });
  } else if (schema['x-bizcenter-multiline']) {
    input = element('textarea', null, { name: path, rows: '3' });
  } else {
    input = element('input', null, { type: 'text', name: path });
    if (schema.format === 'date-time') {
      input.placeholder = '2026-12-08T10:00:00+08:00';
    }
    if (caseId && /Id$/.test(path) && !path.includes('.')) {
      input.value = caseId;
      input.readOnly = true;
    }
  }
  if (schema.maxLength) {
    input.maxLength = schema.maxLength;
  }
  label.append(input);
  return {
    element: label,
    read: () => {
      if (schema.type === 'boolean') {
        return input.checked;
      }
      if (input.value === '') {
        return undefined;
      }
      if (schema.type === 'integer' || schema.type === 'number') {
        return /^-?\d+(\.\d+)?$/.test(input.value) ? Number(input.value) : input.value;
      }
      return input.value;
    }
  };
}

function listEditor(schema, path, caseId, root) {
  const box = element('fieldset', null, { 'data-path': path });
  box.append(element('legend', schema.title || path));
  const itemSchema = resolved(schema.items, root);
  if (itemSchema.enum) {
    // a set of named values: one box to tick per value
    const ticks = itemSchema.enum.map((value, i) => {
      const label = element('label', null, { class: 'field' });
      const tick = element('input', null, { type: 'checkbox', name: path, value });
      label.append(tick, ' ', element('span', itemSchema.labels[i]));
      box.append(label);
      return tick;
    });
    return { element: box, read: () => ticks.filter((tick) => tick.checked).map((tick) => tick.value) };
  }
  const add = element('button', words().add, { type: 'button', 'data-add': path });
  const editors = [];
  add.addEventListener('click', () => {
    const index = editors.length;
    const inner = editorFor(Object.assign({}, itemSchema, { title: '#' + (index + 1) }), path + '[' + index + ']', caseId, root);
    editors.push(inner);
    box.insertBefore(inner.element, add);
  });
  box.append(add);
  return { element: box, read: () => editors.map((inner) => inner.read()) };
}

function newCommandId() {
  if (window.crypto && crypto.randomUUID) {
    return crypto.randomUUID();
  }
  return 'desk-' + Date.now() + '-' + Math.floor(Math.random() * 1e9);
}

async function submitCommand(event) {
  event.preventDefault();
  const form = $('command-form');
  const command = form.editor.read();
  const answer = await api(procedurePath() + '/commands/' + encodeURIComponent(form.dataset.command) + '?' + query(), {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(command)
  });
  showOutcome(answer);
  $('outcome').scrollIntoView();
  if (answer.ok) {
    $('command-panel').hidden = true;
    await chooseProcedure(desk.procedure);
    await openCase(answer.body.case.id);
    await loadAgenda();
  }
}

// Each field a rejection names is marked beside its input, with the field's own message.
function markFields(errors) {
  document.querySelectorAll('#command-fields .field-error').forEach((node) => node.remove());
  document.querySelectorAll('#command-fields [aria-invalid]').forEach((node) => node.removeAttribute('aria-invalid'));
  (errors || []).forEach((error) => {
    const input = document.querySelector('#command-fields [name="' + CSS.escape(error.field) + '"]');
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.parentNode.append(element('span', error.message[desk.lang], { class: 'field-error', 'data-field': error.field }));
    }
  });
}

function showOutcome(answer) {
  const outcome = $('outcome');
  outcome.hidden = false;
  outcome.dataset.status = answer.status;
  if (answer.ok) {
    markFields([]);
    outcome.className = 'accepted';
    outcome.replaceChildren(element('p', words().accepted + ' ', { id: 'outcome-text' }));
    outcome.firstChild.append(element('strong', answer.body.case.stateLabel, { id: 'outcome-state', 'data-state': answer.body.case.state }));
    return;
  }
  // a failure of the desk itself (a 500) carries no rejection: it is shown by its status
  const rejection = answer.body.rejection || { code: answer.body.code || String(answer.status), clause: '-', message: { 'zh-CN': '', en: '' } };
  outcome.className = 'rejected';
  markFields(rejection.errors);
  outcome.dataset.code = rejection.code;
  const lines = rejection.message[desk.lang].split('\n');
  outcome.replaceChildren(element('p', words().rejected + ': ' + rejection.code + ' [' + rejection.clause + ']', { id: 'outcome-code' }),
    ...lines.map((line) => element('p', line, { class: 'outcome-message' })));
}

async function refresh() {
  translatePage();
  await loadSeats();
  await loadProcedures();
  await loadAgenda();
  if (desk.procedure) {
    await chooseProcedure(desk.procedure);
    if (desk.caseId) {
      await openCase(desk.caseId);
    }
  }
  document.body.dataset.ready = 'true';
}

async function start() {
  const about = await api('/api/desk');
  desk.center = about.body.center;
  desk.zone = about.body.zone;
  desk.clockOffset = Date.parse(about.body.now) - Date.now();
  $('lang').addEventListener('change', (event) => {
    desk.lang = event.target.value;
    document.body.dataset.ready = 'false';
    $('command-panel').hidden = true;
    $('outcome').hidden = true;
    refresh();
  });
  $('seat').addEventListener('change', (event) => {
    desk.seat = event.target.value;
    desk.caseId = null;
    document.body.dataset.ready = 'false';
    $('case-panel').hidden = true;
    $('command-panel').hidden = true;
    $('outcome').hidden = true;
    refresh();
  });
  $('command-form').addEventListener('submit', submitCommand);
  $('print-page').addEventListener('click', () => window.print());
  await refresh();
  if (!desk.procedure && desk.procedures.length > 0) {
    await chooseProcedure(desk.procedures[0].name);
  }
}

document.addEventListener('DOMContentLoaded', start);
