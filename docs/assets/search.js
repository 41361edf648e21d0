/* Netwerkleren: Dutch stop words do not steer the site search.
 *
 * Material appends a wildcard to every typed word, so "van" is searched as "van*" and matches "vandaan", "op" as
 * "op*" matches "opbrengsten"; lunr's stop-word filter skips words with a wildcard. So before a query reaches the
 * search worker, its plain stop words are dropped, unless the query holds nothing else. The list is lunr's Dutch
 * stop-word list (lunr-languages, lunr.nl.js), the one the index was built with.
 * Material sends the query as {type: 2 (QUERY), data: "..."} through Worker.prototype.postMessage; in the offline
 * edition Worker is the iframe-worker shim, whose postMessage is patched the same way.
 */
(function () {
  "use strict";

  var QUERY = 2;
  var STOP_WORDS = (
    "aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen door dus een eens en er ge " +
    "geen geweest haar had heb hebben heeft hem het hier hij hoe hun iemand iets ik in is ja je kan kon kunnen maar " +
    "me meer men met mij mijn moet na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch " +
    "toen tot u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze zelf zich zij zijn zo " +
    "zonder zou"
  ).split(" ");

  function isStopWord(word) {
    return STOP_WORDS.indexOf(word.toLowerCase()) !== -1;
  }

  /* The query without its plain stop words; words with search syntax (+, -, *, ~, ^, :, quotes) stay. */
  function withoutStopWords(query) {
    var words = query.trim().split(/\s+/);
    var kept = words.filter(function (word) {
      return !isStopWord(word);
    });
    return kept.length && kept.length < words.length ? kept.join(" ") : query;
  }

  var Worker = window.Worker;
  if (!Worker || !Worker.prototype || typeof Worker.prototype.postMessage !== "function") return;
  var post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message) {
    var args = Array.prototype.slice.call(arguments);
    if (message && message.type === QUERY && typeof message.data === "string") {
      args[0] = { type: message.type, data: withoutStopWords(message.data) };
    }
    return post.apply(this, args);
  };

  window.netwerkleren = window.netwerkleren || {};
  window.netwerkleren.withoutStopWords = withoutStopWords;
})();
