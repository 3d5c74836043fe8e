/**
 * `/survey/responses/{uuid}`: the CSAT survey page a contact opens from a survey link, the fake's
 * small version of Chatwoot's survey app (app/javascript/survey, Survey::ResponsesController#show).
 * Like Rails, the server renders the same page for any uuid; the page reads the survey with the
 * public CSAT API and answers it there:
 *
 * - GET  /public/api/v1/csat_survey/{uuid}: the inbox's name and avatar, and any earlier answer;
 *   an error shows the answer's `message`, or the app's connection error;
 * - PATCH the same path with `{message: {submitted_values: {csat_survey_response: {rating,
 *   feedback_message}}}}`: sent as soon as a rating is chosen, then again with the optional feedback;
 *   an error (a survey older than 14 days: 422) shows the answer's `error`.
 *
 * Texts are the survey app's English ones. Everything comes from the fake: no other host is asked.
 */
import { FAVICON, escapeHtml as h, jsonForScript } from './html';

/** The survey app's five emoji ratings (shared/constants/messages CSAT_RATINGS), 1 to 5. */
export const CSAT_RATINGS = [
  { value: 1, emoji: '😞', label: 'disappointed' },
  { value: 2, emoji: '😑', label: 'expressionless' },
  { value: 3, emoji: '😐', label: 'neutral' },
  { value: 4, emoji: '😀', label: 'grinning' },
  { value: 5, emoji: '😍', label: 'smiling' },
] as const;

/** survey/i18n/locale/en.json */
export const SURVEY_TEXTS = {
  description:
    'Dear customer 👋, please take a few moments to share feedback about the conversation you had with {inboxName}.',
  ratingLabel: 'Rate your conversation',
  ratingSuccess: 'Thank you for submitting the rating',
  feedbackLabel: "Do you have any thoughts you'd like to share?",
  feedbackPlaceholder: 'Your feedback (optional)',
  feedbackButton: 'Submit feedback',
  connectionError: 'Could not connect to Woot Server, Please try again later',
} as const;

const CSS = `
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f2d3d; background: #f6f8fb; }
main { min-height: 100vh; display: flex; flex-direction: column; align-items: center; justify-content: center; padding: 24px; }
.card { width: 100%; max-width: 560px; box-sizing: border-box; background: #fff; border: 1px solid #e4e9ef; border-radius: 10px;
  box-shadow: 0 2px 8px rgba(31, 45, 61, 0.06); padding: 40px 44px 28px; }
.logo { max-height: 48px; margin-bottom: 20px; display: block; }
.description { font-size: 18px; margin: 0 0 28px; }
.banner { border-radius: 6px; padding: 10px 14px; margin: 0 0 20px; }
.banner.success { background: #e7f8ee; color: #146c3a; }
.banner.error { background: #fdecec; color: #a12121; }
.label { display: block; font-weight: 600; color: #3c4858; margin: 0 0 12px; }
.ratings { display: flex; flex-wrap: wrap; gap: 10px; margin: 0 0 24px; }
.ratings button { font-size: 32px; line-height: 1; padding: 10px; border-radius: 10px; border: 1px solid #e4e9ef;
  background: #fff; cursor: pointer; filter: grayscale(0.6); opacity: 0.8; }
.ratings button:hover:not(:disabled), .ratings button.selected { filter: none; opacity: 1; border-color: #1f93ff; }
.ratings button:disabled { cursor: default; }
textarea { width: 100%; min-height: 96px; font: inherit; padding: 10px 12px; border: 1px solid #d3dae3;
  border-radius: 6px; margin: 0 0 12px; box-sizing: border-box; }
.submit { font: inherit; color: #fff; background: #1f93ff; border: 0; border-radius: 6px; padding: 8px 16px; cursor: pointer; }
.submit:disabled { opacity: 0.5; cursor: default; }
.powered { color: #6b7785; font-size: 13px; margin-top: 16px; }
[hidden] { display: none !important; }
@media (max-width: 480px) {
  main { padding: 16px 12px; }
  .card { padding: 24px 18px 20px; }
  .ratings { gap: 6px; }
  .ratings button { font-size: 26px; padding: 8px; }
}
`;

/**
 * The page's script (plain ES2017, no framework): state as the survey app keeps it, one `render`
 * drawing it. API values go in through textContent / attributes only, never as HTML.
 */
export const SURVEY_SCRIPT = `
(function () {
  var config = JSON.parse(document.getElementById('survey-config').textContent);
  var texts = config.texts;
  var state = { loading: true, error: null, inboxName: '', logo: '', content: '', submitted: null,
    rating: null, feedback: '', updating: false };
  function $(id) { return document.getElementById(id); }

  function render() {
    var rated = !!(state.submitted && state.submitted.rating);
    $('loading').hidden = !state.loading;
    $('survey').hidden = state.loading;
    $('logo').hidden = !state.logo;
    if (state.logo) $('logo').src = state.logo;
    $('description').hidden = rated || (!!state.error && !state.inboxName);
    $('description').textContent = state.content || texts.description.replace('{inboxName}', state.inboxName);
    var banner = $('banner');
    banner.hidden = !(rated || state.error);
    banner.className = 'banner ' + (state.error ? 'error' : 'success');
    banner.textContent = state.error || texts.ratingSuccess;
    $('rating-label').hidden = rated;
    var buttons = $('ratings').querySelectorAll('button');
    for (var i = 0; i < buttons.length; i++) {
      var value = Number(buttons[i].getAttribute('data-rating'));
      buttons[i].classList.toggle('selected', value === state.rating);
      buttons[i].disabled = rated || state.updating || (!!state.error && !state.inboxName);
      buttons[i].setAttribute('aria-pressed', String(value === state.rating));
    }
    $('feedback').hidden = !rated || !!(state.submitted && state.submitted.feedback_message);
    $('feedback-submit').disabled = state.updating || !$('feedback-message').value;
  }

  function errorOf(body, key) {
    return (body && typeof body[key] === 'string' && body[key]) || texts.connectionError;
  }

  function update() {
    state.updating = true;
    render();
    var body = { message: { submitted_values: { csat_survey_response: {
      rating: state.rating, feedback_message: state.feedback } } } };
    return fetch(config.api, { method: 'PATCH', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body) })
      .then(function (response) {
        return response.json().catch(function () { return null; }).then(function (data) {
          if (!response.ok) throw errorOf(data, 'error');
          state.error = null;
          state.submitted = { rating: state.rating, feedback_message: state.feedback };
        });
      })
      .catch(function (error) { state.error = typeof error === 'string' ? error : texts.connectionError; })
      .then(function () { state.updating = false; render(); });
  }

  $('ratings').addEventListener('click', function (event) {
    var button = event.target.closest('button[data-rating]');
    if (!button || button.disabled) return;
    state.rating = Number(button.getAttribute('data-rating'));
    update();
  });
  $('feedback-message').addEventListener('input', render);
  $('feedback').addEventListener('submit', function (event) {
    event.preventDefault();
    state.feedback = $('feedback-message').value;
    update();
  });

  fetch(config.api)
    .then(function (response) {
      return response.json().catch(function () { return null; }).then(function (data) {
        if (!response.ok) throw errorOf(data, 'message');
        state.logo = data.inbox_avatar_url || '';
        state.inboxName = data.inbox_name || '';
        state.content = data.content || '';
        state.submitted = data.csat_survey_response;
        state.rating = state.submitted ? state.submitted.rating : null;
        state.feedback = (state.submitted && state.submitted.feedback_message) || '';
        if (data.locale) document.documentElement.lang = data.locale;
      });
    })
    .catch(function (error) { state.error = typeof error === 'string' ? error : texts.connectionError; })
    .then(function () { state.loading = false; render(); });
})();
`;

/** The survey page for the conversation `uuid` (any string: the page asks the API about it). */
export function surveyPage(uuid: string): string {
  const config = {
    uuid,
    api: `/public/api/v1/csat_survey/${encodeURIComponent(uuid)}`,
    texts: SURVEY_TEXTS,
  };
  const ratings = CSAT_RATINGS.map(
    (r) =>
      `<button type="button" data-rating="${r.value}" title="${h(r.label)}" aria-label="${h(`${r.value}: ${r.label}`)}">${r.emoji}</button>`,
  ).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Rate your conversation</title>
<link rel="icon" href="${FAVICON}">
<style>${CSS}</style>
</head>
<body>
<main>
  <div class="card">
    <p id="loading">Loading…</p>
    <div id="survey" hidden>
      <img id="logo" class="logo" alt="" hidden>
      <p id="description" class="description"></p>
      <div id="banner" class="banner" role="status" hidden></div>
      <span id="rating-label" class="label">${h(SURVEY_TEXTS.ratingLabel)}</span>
      <div id="ratings" class="ratings">${ratings}</div>
      <form id="feedback" hidden>
        <label class="label" for="feedback-message">${h(SURVEY_TEXTS.feedbackLabel)}</label>
        <textarea id="feedback-message" placeholder="${h(SURVEY_TEXTS.feedbackPlaceholder)}"></textarea>
        <button id="feedback-submit" class="submit" type="submit" disabled>${h(SURVEY_TEXTS.feedbackButton)}</button>
      </form>
    </div>
  </div>
  <p class="powered">Served by chatwoot-fake</p>
</main>
<script id="survey-config" type="application/json">${jsonForScript(config)}</script>
<script>${SURVEY_SCRIPT}</script>
</body>
</html>
`;
}
