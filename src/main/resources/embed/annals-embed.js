// The embed: a compact, accessible chronological list over the public read API. Plain JavaScript, no framework and
// no server-side session; the view comes from this page's URL (the same parameters as the timeline page).
(function () {
  'use strict';
  var config = JSON.parse(document.getElementById('annals-embed-config').textContent);
  var FILTERS = ['from', 'to', 'type', 'actor', 'q', 'tag', 'confidence', 'disagree', 'area', 'fatalities'];
  var PAGE = 50;
  var here = new URLSearchParams(window.location.search);
  var list = document.getElementById('events');
  var status = document.getElementById('status');
  var more = document.getElementById('more');

  function apiQuery(cursor) {
    var query = new URLSearchParams();
    FILTERS.forEach(function (name) {
      here.getAll(name).forEach(function (value) { query.append(name, value); });
    });
    if (here.get('asOf')) {
      query.set('asOf', here.get('asOf'));
    }
    query.set('lang', config.lang);
    query.set('limit', String(PAGE));
    if (cursor) {
      query.set('cursor', cursor);
    }
    return query.toString();
  }

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
    status.hidden = !text;
  }

  function item(event) {
    var li = document.createElement('li');
    var types = (event.types || []).slice().sort();
    li.dataset.type = types.length ? types[0].toLowerCase() : 'other';
    li.dataset.event = event.slug;
    var date = document.createElement('span');
    date.className = 'annals-date';
    date.textContent = event.display;
    var headline = document.createElement('a');
    headline.className = 'annals-headline';
    headline.href = event.permalink;
    headline.target = '_blank';
    headline.rel = 'noopener';
    headline.textContent = event.headline;
    var kinds = document.createElement('span');
    kinds.className = 'annals-types';
    kinds.textContent = types.map(function (t) { return config.types[t] || t.toLowerCase(); }).join(', ');
    li.append(date, headline, kinds);
    return li;
  }

  function load(cursor) {
    more.hidden = true;
    setStatus(config.texts.loading, false);
    fetch(config.base + '/api/v1/timelines/' + encodeURIComponent(config.slug) + '/events?' + apiQuery(cursor),
        // revalidate every time (an ETag round trip, 304 when nothing changed): a live embed shows corrections at once
        {headers: {'Accept': 'application/json'}, cache: 'no-cache'})
      .then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) {
            throw new Error(body.detail || config.texts.error);
          }
          return body;
        });
      })
      .then(function (page) {
        page.events.forEach(function (event) { list.appendChild(item(event)); });
        setStatus(list.children.length === 0 ? config.texts.none : '', false);
        more.hidden = !page.nextCursor;
        more.onclick = function () { load(page.nextCursor); };
      })
      .catch(function (error) {
        setStatus(config.texts.error + ' ' + (error.message === config.texts.error ? '' : error.message), true);
      });
  }

  function showAsOf() {
    var asOf = here.get('asOf');
    if (!asOf) {
      return;
    }
    var moment = new Date(asOf);
    if (isNaN(moment.getTime())) {
      return; // the API explains what is wrong with it
    }
    var label = new Intl.DateTimeFormat(config.lang, {dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC'}).format(moment);
    var notice = document.getElementById('as-of');
    notice.textContent = config.texts.asOf.replace('{0}', label + ' UTC');
    notice.hidden = false;
  }

  showAsOf();
  load(null);
}());
