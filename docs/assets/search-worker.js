/* Netwerkleren: Material's search box, answered from Pagefind.
 *
 * Material's search talks to a web worker with messages: {type: 0 (SETUP)} with its index, {type: 1 (READY)}
 * back, then {type: 2 (QUERY), data: "words"} and {type: 3 (RESULT), data: {items}} back. This worker takes
 * the place of Material's (macros/netwerkleren/site/search_index.py points the pages at it) and answers from
 * Pagefind's chunked index in pagefind/, which loads only the parts of the index a query needs and the
 * fragments of the pages it shows. Material's search box, result list, keyboard use and highlighting stay.
 * The offline edition (file://) keeps Material's own worker and index: a page opened from disk cannot fetch
 * index chunks.
 *
 * Ranking follows Material's own search (lunr), which treats each section of a page (from one heading with an
 * id to the next) as a document of its own and finds sections with any of the words typed:
 * 1. each word is looked up on its own in Pagefind (Dutch stemming; a word also matches longer words it
 *    starts, as Material's trailing wildcard did); the pages with the most and best matches, summed over
 *    the words, are the candidates (at most MAX_PAGES, so that only their fragments are fetched);
 * 2. in each candidate every section is scored with BM25 over the words it holds, a word in a heading
 *    counting HEADING_BOOST times (Material: title boost 3); a page ranks by its best section, times its
 *    folder's weight (FOLDER_WEIGHTS, like search_tuning.py's boosts);
 * 3. Material's boost after the query: a page's top section (title and introduction) over its other sections,
 *    and sections with more of the words typed over those with fewer;
 * 4. Material groups them as its own worker does: the page, then its sections that hold a word, best first.
 */
"use strict";

var SETUP = 0;
var READY = 1;
var QUERY = 2;
var RESULT = 3;

var MAX_PAGES = 10;
var HEADING_BOOST = 3;
var K1 = 1.2;
var B = 0.75;
/* Search weight (1 = normal) of pages under a folder of the site: keep in step with BOOST_BY_FOLDER in
 * macros/netwerkleren/site/search_tuning.py. */
var FOLDER_WEIGHTS = { "checklists/": 0.7 };
var EXCERPT_WORDS = 24;
var MIN_PREFIX = 5;
var PAUSE_MS = 200;

var SITE = new URL("../", self.location.href); /* this worker is assets/search-worker.js */
var engine = null;
var latest = null;

/* Pagefind, and the number of pages in its index (for the words' rarity). */
function load() {
  if (!engine) {
    var bundle = new URL("pagefind/", SITE);
    engine = Promise.all([
      import(new URL("pagefind.js", bundle).href),
      fetch(new URL("pagefind-entry.json", bundle)).then(function (response) {
        return response.json();
      }),
    ]).then(function (loaded) {
      var pagefind = loaded[0];
      var pages = 0;
      Object.keys(loaded[1].languages || {}).forEach(function (language) {
        pages += loaded[1].languages[language].page_count || 0;
      });
      return pagefind.init().then(function () {
        return { pagefind: pagefind, pages: Math.max(pages, 1) };
      });
    });
  }
  return engine;
}

/* A Pagefind address as Material's locations are written: relative to the site, with its #section. */
function address(url) {
  var target = new URL(url, SITE);
  var path = target.pathname;
  if (path.indexOf(SITE.pathname) === 0) path = path.slice(SITE.pathname.length);
  return path + target.hash;
}

function folderWeight(path) {
  for (var folder in FOLDER_WEIGHTS) {
    if (path.indexOf(folder) === 0) return FOLDER_WEIGHTS[folder];
  }
  return 1;
}

/* Material shows titles and texts of results as HTML; Pagefind's fragments hold plain text. */
function escape(text) {
  return String(text || "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function wordCount(text) {
  var words = String(text || "").trim();
  return words ? words.split(/[\r\n\s]+/).length : 0;
}

/* The page's sections: the top (title and introduction) and one per heading (h2-h6) with an id and text. */
function sections(data, words) {
  var anchors = data.anchors
    .filter(function (anchor) {
      return /^h[2-6]$/i.test(anchor.element) && anchor.id && /\S/.test(anchor.text || "");
    })
    .sort(function (a, b) {
      return a.location - b.location;
    });
  var page = address(data.url).split("#")[0];
  var list = [{ location: page, title: data.meta.title, start: 0, heading: 0 }];
  anchors.forEach(function (anchor) {
    list.push({
      location: page + "#" + anchor.id,
      title: anchor.text,
      start: anchor.location,
      heading: wordCount(anchor.text),
    });
  });
  list.forEach(function (section, i) {
    section.end = i + 1 < list.length ? list[i + 1].start : words.length;
  });
  /* The page title (h1, without an id) is the top section's heading: its first words. */
  list[0].heading = wordCount(data.meta.title);
  return list;
}

/* A passage of the section around its first match, with the matching words marked. */
function excerpt(words, section, marked) {
  var first = section.end;
  marked.forEach(function (place) {
    if (place >= section.start + section.heading && place < section.end && place < first) first = place;
  });
  var from = section.start + section.heading;
  if (first < section.end) from = Math.max(from, first - Math.floor(EXCERPT_WORDS / 3));
  var to = Math.min(section.end, from + EXCERPT_WORDS);
  var out = [];
  for (var i = from; i < to; i++) {
    var word = escape(words[i]);
    out.push(marked.has(i) ? "<mark>" + word + "</mark>" : word);
  }
  return out.join(" ") + (to < section.end ? " …" : "");
}

/* lunr's BM25 term score (k1 1.2, b 0.75), as Material's search computes it per field. */
function bm25(frequency, length, averageLength) {
  if (!frequency) return 0;
  return (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / Math.max(averageLength, 1)));
}

/* Scored entries of one page: each section that holds a word typed. As in Material's search, a section is
 * a document with two fields, its heading (boost HEADING_BOOST) and its text; a word scores its rarity times
 * BM25 in each field. */
function entries(candidate, data, words, list, terms, rarity, averages) {
  var marked = new Set();
  terms.forEach(function (term) {
    (candidate.places[term] || []).forEach(function (place) {
      marked.add(place);
    });
  });
  var items = [];
  list.forEach(function (section) {
    var score = 0;
    var found = {};
    var textLength = Math.max(section.end - section.start - section.heading, 0);
    terms.forEach(function (term) {
      var inHeading = 0;
      var inText = 0;
      (candidate.places[term] || []).forEach(function (place) {
        if (place < section.start || place >= section.end) return;
        if (place < section.start + section.heading) inHeading += 1;
        else inText += 1;
      });
      found[term] = inHeading + inText > 0;
      score +=
        rarity[term] *
        (HEADING_BOOST * bm25(inHeading, section.heading, averages.heading) +
          bm25(inText, textLength, averages.text));
    });
    if (score <= 0) return;
    /* Material's boost after the query: a page's top over its sections, and sections holding more of the
     * words typed over those holding fewer. */
    var matched = terms.filter(function (term) {
      return found[term];
    }).length;
    var boost = (section.start === 0 ? 1 : 0) + matched / terms.length;
    score *= 1 + boost * boost;
    items.push({
      location: section.location,
      title: escape(section.title),
      text: excerpt(words, section, marked),
      score: score * folderWeight(section.location),
      terms: found,
    });
  });
  items.sort(function (a, b) {
    return b.score - a.score;
  });
  var page = list[0];
  if (
    !items.some(function (item) {
      return item.location === page.location;
    })
  ) {
    /* Material lists a page above its sections, also when only its sections hold the words. */
    items.push({ location: page.location, title: escape(page.title), text: "", score: 0, terms: {} });
  }
  return items;
}

function search(query) {
  var terms = [];
  query
    .trim()
    .toLowerCase()
    .split(/\s+/)
    .forEach(function (term) {
      if (term && terms.indexOf(term) === -1) terms.push(term);
    });
  if (!terms.length) return Promise.resolve({ items: [] });
  return load().then(function (loaded) {
    /* Each word as typed, and without its last letter: Pagefind matches longer words only when a word has
     * no exact match, and Material's wildcard found "motivatievoorwaarden" for "motivatie". */
    var lookups = [];
    terms.forEach(function (term) {
      lookups.push({ term: term, text: term });
      if (term.length >= MIN_PREFIX) lookups.push({ term: term, text: term.slice(0, -1) });
    });
    return Promise.all(
      lookups.map(function (lookup) {
        return loaded.pagefind.search(lookup.text);
      }),
    ).then(function (found) {
      /* Candidates: pages holding any of the words, by Pagefind's scores summed over the words. */
      var rarity = {};
      var holding = {};
      var candidates = {};
      found.forEach(function (answer, i) {
        var term = lookups[i].term;
        var results = (answer && answer.results) || [];
        holding[term] = Math.max(holding[term] || 0, results.length);
        results.forEach(function (result) {
          var candidate = candidates[result.id];
          if (!candidate) candidate = candidates[result.id] = { result: result, scores: {}, places: {} };
          candidate.scores[term] = Math.max(candidate.scores[term] || 0, result.score);
          var places = candidate.places[term] || [];
          result.words.forEach(function (place) {
            if (places.indexOf(place) === -1) places.push(place);
          });
          candidate.places[term] = places;
        });
      });
      terms.forEach(function (term) {
        rarity[term] = Math.log(1 + (loaded.pages - holding[term] + 0.5) / (holding[term] + 0.5));
      });
      Object.keys(candidates).forEach(function (id) {
        var candidate = candidates[id];
        candidate.score = terms.reduce(function (sum, term) {
          return sum + (candidate.scores[term] || 0);
        }, 0);
      });
      var best = Object.keys(candidates)
        .map(function (id) {
          return candidates[id];
        })
        .sort(function (a, b) {
          return b.score - a.score;
        })
        .slice(0, MAX_PAGES);
      return Promise.all(
        best.map(function (candidate) {
          return candidate.result.data();
        }),
      ).then(function (fragments) {
        var pages = fragments.map(function (data) {
          var words = String(data.content || "").split(/[\r\n\s]+/);
          return { data: data, words: words, sections: sections(data, words) };
        });
        var totals = { heading: 0, text: 0, sections: 0 };
        pages.forEach(function (page) {
          page.sections.forEach(function (section) {
            totals.heading += section.heading;
            totals.text += section.end - section.start - section.heading;
            totals.sections += 1;
          });
        });
        var averages = {
          heading: totals.heading / Math.max(totals.sections, 1),
          text: totals.text / Math.max(totals.sections, 1),
        };
        var groups = pages
          .map(function (page, i) {
            return entries(best[i], page.data, page.words, page.sections, terms, rarity, averages);
          })
          .filter(function (items) {
            return items.length && items[0].score > 0;
          })
          .map(function (items) {
            return { score: items[0].score, items: items };
          });
        groups.sort(function (a, b) {
          return b.score - a.score;
        });
        return {
          items: groups.map(function (group) {
            return group.items;
          }),
        };
      });
    });
  });
}

self.addEventListener("message", function (event) {
  var message = event.data || {};
  if (message.type === SETUP) {
    self.postMessage({ type: READY });
  } else if (message.type === QUERY) {
    var query = String(message.data || "");
    latest = query;
    /* Material sends a query per keystroke: search once typing pauses, so that the index chunks and page
     * fragments of half-typed words are not fetched. */
    setTimeout(function () {
      if (query === latest) answer(query);
    }, query.trim() ? PAUSE_MS : 0);
  }
});

function answer(query) {
  search(query).then(
      function (result) {
        if (query === latest) self.postMessage({ type: RESULT, data: result });
      },
      function (error) {
        if (query === latest) self.postMessage({ type: RESULT, data: { items: [] } });
        throw error;
      },
    );
}
