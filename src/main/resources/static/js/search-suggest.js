// Completions for search boxes: as a reader types, titles, topics and authors that complete the
// words are offered in the box's datalist. Without JavaScript the box works as a plain search.
(function () {
  "use strict";
  var DELAY_MS = 150;

  function attach(input) {
    var list = document.getElementById(input.getAttribute("list"));
    var timer = null;
    var asked = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var typed = input.value.trim();
      if (typed.length < 2 || typed === asked) {
        return;
      }
      timer = setTimeout(function () {
        asked = typed;
        fetch("/api/search/suggestions?limit=5&q=" + encodeURIComponent(typed), {
          headers: { Accept: "application/json" }
        })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (found) {
            if (!found || input.value.trim() !== typed) {
              return;
            }
            list.replaceChildren();
            found.topics.concat(found.authors, found.papers).forEach(function (c) {
              var option = document.createElement("option");
              option.value = c.query;
              option.label = c.label;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are a convenience: typing goes on without them */ });
      }, DELAY_MS);
    });
  }

  document.querySelectorAll("input[data-suggest]").forEach(attach);
})();
