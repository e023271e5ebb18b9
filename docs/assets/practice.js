/* The guide's practice features, in the browser, with no server:
 *   - mock interview (#guide-mock): a question, a phased clock, a twist, notes, self-grading;
 *   - history (#guide-history): attempts kept in local storage, export and clear;
 *   - review (#guide-review): self-check cards with spaced repetition;
 *   - progress: "mark as practised" on walkthroughs, ticks on links to practised ones;
 *   - calculators (form.guide-calc): formulas shared with estimates/llm.py and estimates/capacity.py.
 * Data comes from practice/data.json, built from the walkthroughs at build time.
 * Everything mounts on the theme's document$ stream, so it would also follow the theme's
 * instant navigation (switched off: see overrides/main.html).
 */
(function () {
  "use strict";

  // --- set-up ---------------------------------------------------------------------

  var configElement = document.getElementById("__config");
  var config = configElement ? JSON.parse(configElement.textContent) : { base: "." };
  var BASE = new URL(config.base.replace(/\/?$/, "/"), location.href); // absolute: stays valid across instant navigation
  var KEY = "guide-practice";
  var VERSION = 1;
  var timers = [];

  function url(path) { return new URL(path, BASE).href; }

  var loaded = {};
  function loadJson(path) {
    if (!loaded[path]) loaded[path] = location.protocol === "file:" ? loadAsScript(path) : fetch(url(path)).then(function (r) {
      if (!r.ok) throw new Error(path + ": HTTP " + r.status);
      return r.json();
    });
    return loaded[path];
  }
  // The offline copy is read from the file system, where fetch() is refused: the build writes
  // each JSON file also as a script that registers it in window.__guideData.
  function loadAsScript(path) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = url(path.replace(/\.json$/, ".js"));
      script.onload = function () {
        var data = window.__guideData && window.__guideData[path];
        if (data) resolve(data); else reject(new Error(path + ": not registered"));
      };
      script.onerror = function () { reject(new Error(path + ": not found")); };
      document.head.appendChild(script);
    });
  }
  function loadData() { return loadJson("practice/data.json"); }
  function loadPresets() { return loadJson("practice/presets.json"); }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "html") node.innerHTML = attrs[k];
      else if (k.slice(0, 2) === "on") node.addEventListener(k.slice(2), attrs[k]);
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  // Links inside HTML from data.json are relative to the site root.
  function rooted(html) {
    var box = el("div", { html: html });
    box.querySelectorAll("a[href]").forEach(function (a) {
      var href = a.getAttribute("href");
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) a.setAttribute("href", url(href));
    });
    return box;
  }

  function clock(seconds) {
    var s = Math.max(0, Math.round(seconds));
    var m = Math.floor(s / 60);
    return (m < 10 ? "0" : "") + m + ":" + (s % 60 < 10 ? "0" : "") + (s % 60);
  }

  // One number format per precision, made once: toLocaleString with options builds a
  // new formatter on every call, which made a calculator's first update take 30 ms.
  var formats = {};
  function fmt(n, digits) {
    var d = digits === undefined ? 1 : digits;
    if (!formats[d]) formats[d] = new Intl.NumberFormat("en-US", { maximumFractionDigits: d });
    return formats[d].format(Number(n));
  }

  // --- storage ----------------------------------------------------------------------
  // One JSON record. Unreadable or older data is ignored with a notice (and kept,
  // under KEY + ".unreadable", in case the reader wants it); a page never breaks on it.

  var notice = null;

  function emptyState() { return { version: VERSION, attempts: [], practised: {}, cards: {}, notes: {} }; }

  function isObject(x) { return x !== null && typeof x === "object" && !Array.isArray(x); }

  function validState(s) {
    return isObject(s) && s.version === VERSION && Array.isArray(s.attempts) && isObject(s.practised) &&
      isObject(s.cards) && isObject(s.notes) &&
      s.attempts.every(function (a) { return isObject(a) && typeof a.slug === "string" && typeof a.date === "string"; });
  }

  function loadState() {
    var raw = null;
    try { raw = localStorage.getItem(KEY); } catch (e) { return emptyState(); }
    if (!raw) return emptyState();
    try {
      var parsed = JSON.parse(raw);
      if (validState(parsed)) return parsed;
    } catch (e) { /* fall through */ }
    notice = "Saved practice data in this browser could not be read (it may come from an older version " +
      "of the guide), so it is ignored. A copy is kept under \"" + KEY + ".unreadable\" in local storage.";
    try {
      if (!localStorage.getItem(KEY + ".unreadable")) localStorage.setItem(KEY + ".unreadable", raw);
    } catch (e) { /* storage full or blocked */ }
    return emptyState();
  }

  function saveState(state) {
    try { localStorage.setItem(KEY, JSON.stringify(state)); return true; } catch (e) { return false; }
  }

  function showNotice(root) {
    if (notice && root && !root.querySelector(".guide-notice")) {
      root.insertBefore(el("p", { "class": "guide-notice", role: "status", text: notice }), root.firstChild);
    }
  }

  // --- mock interview -------------------------------------------------------------------

  var SPEED = Number(new URLSearchParams(location.search).get("speed")) || 1; // tests run the clock faster

  function mountMock(root, data) {
    var state = loadState();
    showNotice(root);
    var form = el("form", { "class": "guide-mock-setup" });
    var categories = unique(data.questions.map(function (q) { return q.category; }));
    var difficulties = unique(data.questions.map(function (q) { return q.difficulty; }));
    form.appendChild(select("track", "Track", [["", "Any track"], ["swe", "SWE"], ["pm", "PM"]]));
    form.appendChild(select("category", "Category", [["", "Any category"]].concat(categories.map(function (c) { return [c, c]; }))));
    form.appendChild(select("difficulty", "Difficulty", [["", "Any difficulty"]].concat(difficulties.map(function (d) { return [d, d]; }))));
    var questionField = select("question", "Question", []);
    form.appendChild(questionField);
    var length = el("fieldset", {}, [el("legend", { text: "Length" })]);
    [60, 45].forEach(function (m) {
      length.appendChild(el("label", {}, [el("input", { type: "radio", name: "minutes", value: String(m), checked: m === 60 ? "checked" : null }), " " + m + " minutes"]));
    });
    form.appendChild(length);
    var count = el("p", { "class": "guide-mock-count", "aria-live": "polite" });
    form.appendChild(count);
    form.appendChild(el("button", { type: "submit", "class": "md-button md-button--primary", text: "Start the interview" }));
    root.appendChild(form);

    function matching() {
      var f = new FormData(form);
      return data.questions.filter(function (q) {
        return (!f.get("track") || q.tracks.indexOf(f.get("track")) >= 0) &&
          (!f.get("category") || q.category === f.get("category")) &&
          (!f.get("difficulty") || q.difficulty === f.get("difficulty"));
      });
    }
    function refresh() {
      var qs = matching();
      var sel = questionField.querySelector("select");
      sel.innerHTML = "";
      sel.appendChild(el("option", { value: "", text: "A random one of these" }));
      qs.forEach(function (q) { sel.appendChild(el("option", { value: q.slug, text: q.title })); });
      count.textContent = qs.length + (qs.length === 1 ? " question matches." : " questions match.");
    }
    form.addEventListener("change", function (e) { if (e.target.name !== "question" && e.target.name !== "minutes") refresh(); });
    refresh();
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var qs = matching();
      var f = new FormData(form);
      var chosen = qs.filter(function (q) { return q.slug === f.get("question"); })[0] ||
        qs[Math.floor(Math.random() * qs.length)];
      if (!chosen) { count.textContent = "No question matches these filters."; return; }
      form.remove();
      runMock(root, data, chosen, Number(f.get("minutes")), state);
    });
  }

  function unique(xs) { return xs.filter(function (x, i) { return x && xs.indexOf(x) === i; }).sort(); }

  function select(name, label, options) {
    var id = "guide-mock-" + name;
    var s = el("select", { id: id, name: name });
    options.forEach(function (o) { s.appendChild(el("option", { value: o[0], text: o[1] })); });
    return el("div", { "class": "guide-calc-field" }, [el("label", { "for": id, text: label }), " ", s]);
  }

  function runMock(root, data, question, minutes, state) {
    var scale = minutes / 60;
    var phases = [];
    var start = 0;
    data.phases.forEach(function (p) {
      var length = p.minutes * 60 * scale;
      phases.push({ name: p.name, start: start, end: start + length });
      start += length;
    });
    var total = minutes * 60;
    var twistAt = data.twist_at_minute * 60 * scale;
    var twist = question.twists.length ? question.twists[Math.floor(Math.random() * question.twists.length)] : null;
    var began = Date.now();
    var mine = 0; // the phase the reader says they are in
    var twistShown = false;
    var overrunLog = {};

    var elapsedOut = el("span", { "class": "guide-mock-elapsed", text: "00:00" });
    var phaseOut = el("p", { "class": "guide-mock-phase", "aria-live": "polite" });
    var mineOut = el("span", { "class": "guide-mock-mine" });
    var warn = el("p", { "class": "guide-mock-warn", role: "alert", hidden: "hidden" });
    var list = el("ol", { "class": "guide-mock-phases" });
    phases.forEach(function (p) { list.appendChild(el("li", { text: p.name + " (" + clock(p.end - p.start) + ")" })); });
    var twistBox = el("div", { "class": "admonition twist guide-mock-twist", role: "alert", hidden: "hidden" });
    var notes = el("textarea", { id: "guide-mock-notes", rows: "10", "class": "guide-mock-notes" });
    notes.value = state.notes[question.slug] || "";
    notes.addEventListener("input", function () { state.notes[question.slug] = notes.value; saveState(state); });

    var section = el("section", { "class": "guide-mock-run", "aria-labelledby": "guide-mock-title" }, [
      el("h2", { id: "guide-mock-title", text: question.title }),
      el("div", { "class": "guide-mock-prompt" }, [rooted(question.prompt_html)]),
      el("div", { "class": "guide-mock-clock", role: "timer", "aria-label": "Elapsed time" }, [elapsedOut, " of " + clock(total)]),
      phaseOut,
      el("p", {}, ["You are on: ", mineOut, " ",
        el("button", { type: "button", "class": "md-button", "data-act": "next", text: "Move to the next phase", onclick: function () {
          if (mine < phases.length - 1) mine += 1; tick();
        } })]),
      warn,
      list,
      twistBox,
      el("label", { "for": "guide-mock-notes", text: "Your notes (kept in this browser)" }),
      notes,
      el("p", {}, [el("button", { type: "button", "class": "md-button md-button--primary", "data-act": "end", text: "End the interview and grade it", onclick: finish })]),
    ]);
    root.appendChild(section);

    function elapsed() { return (Date.now() - began) / 1000 * SPEED; }

    function tick() {
      var t = Math.min(elapsed(), total);
      elapsedOut.textContent = clock(t);
      var now = phases.filter(function (p) { return t >= p.start && t < p.end; })[0] || phases[phases.length - 1];
      var text = t >= total ? "Time is up." : "By the clock: " + now.name + ", " + clock(now.end - t) + " left in it.";
      if (phaseOut.textContent !== text) phaseOut.textContent = text;
      mineOut.textContent = phases[mine].name;
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.classList.toggle("guide-mock-now", phases[i] === now);
        li.classList.toggle("guide-mock-mine", i === mine);
        if (phases[i] === now) li.setAttribute("aria-current", "step"); else li.removeAttribute("aria-current");
      });
      var over = t - phases[mine].end;
      if (over > 0 && mine < phases.length - 1) {
        overrunLog[phases[mine].name] = Math.round(over);
        var message = phases[mine].name + " has run over its budget by " + clock(over) + ". Wrap it up and move on.";
        if (warn.textContent !== message) warn.textContent = message;
        warn.hidden = false;
      } else {
        warn.hidden = true;
      }
      if (!twistShown && twist && t >= twistAt) {
        twistShown = true;
        twistBox.appendChild(el("p", { "class": "admonition-title", text: "The interviewer interrupts" }));
        twistBox.appendChild(el("p", { "class": "guide-mock-twist-text", text: twist.title }));
        twistBox.appendChild(el("p", { text: "Restate the change, say which requirement and decisions it breaks, and make the smallest sufficient change. The expected pivot is shown when you grade yourself." }));
        twistBox.hidden = false;
      }
    }
    var timer = setInterval(tick, 250);
    timers.push(timer);
    tick();

    function finish() {
      clearInterval(timer);
      var used = Math.min(elapsed(), total);
      section.remove();
      grade(root, data, question, { minutes: minutes, used: used, twist: twistShown ? twist : null, overruns: overrunLog }, state);
    }
  }

  function grade(root, data, question, run, state) {
    var pm = question.kind === "pm" && data.pm_rubric && data.pm_rubric.length;
    var rubric = pm ? data.pm_rubric : data.rubric;
    var form = el("form", { "class": "guide-mock-grade", "aria-labelledby": "guide-grade-title" }, [
      el("h2", { id: "guide-grade-title", text: "Grade yourself: " + question.title }),
      el("p", { text: pm ? "For each theme, pick what your answer showed: 0 the weak answer (or nothing), 1 partly, 2 the strong answer." :
        "For each dimension of the rubric, pick what your answer showed: 0 missing, 1 matches Good, 2 matches Great (unprompted)." }),
    ]);
    var names = pm ? ["Weak (0): ", "Strong (2): ", ["0 weak", "1 partly", "2 strong"]] : ["Good (1): ", "Great (2): ", ["0 missing", "1 good", "2 great"]];
    rubric.forEach(function (r, i) {
      var fs = el("fieldset", { "class": "guide-grade-dimension" }, [el("legend", { text: r.dimension }),
        el("p", { "class": "guide-grade-scale" }, [el("strong", { text: names[0] }), r.good, el("br"), el("strong", { text: names[1] }), r.great])]);
      [["0", names[2][0]], ["1", names[2][1]], ["2", names[2][2]]].forEach(function (o) {
        fs.appendChild(el("label", {}, [el("input", { type: "radio", name: "d" + i, value: o[0], required: "required" }), " " + o[1]]));
        fs.appendChild(document.createTextNode(" "));
      });
      form.appendChild(fs);
    });
    var levels = el("fieldset", { "class": "guide-grade-level" }, [el("legend", { text: "Which level did your answer reach?" })]);
    question.levels.forEach(function (l, i) {
      levels.appendChild(el("label", {}, [el("input", { type: "radio", name: "level", value: l.title, required: i === 0 ? "required" : null }), " " + l.title]));
      levels.appendChild(document.createTextNode(" "));
    });
    question.levels.forEach(function (l) {
      levels.appendChild(el("details", { "class": "level" }, [el("summary", { text: "What " + l.title + " shows" }), rooted(l.html)]));
    });
    form.appendChild(levels);
    if (run.twist) {
      form.appendChild(el("details", { "class": "twist" }, [el("summary", { text: "The twist and its expected pivot: " + run.twist.title }), rooted(run.twist.html)]));
    }
    form.appendChild(el("button", { type: "submit", "class": "md-button md-button--primary", text: "Save the attempt" }));
    root.appendChild(form);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      var f = new FormData(form);
      var scores = rubric.map(function (r, i) { return { dimension: r.dimension, score: Number(f.get("d" + i)) }; });
      var attempt = {
        slug: question.slug, title: question.title, url: question.url, date: new Date().toISOString(),
        minutes: run.minutes, used_seconds: Math.round(run.used), twist: run.twist ? run.twist.title : null,
        overruns: run.overruns, scores: scores, level: f.get("level"), notes: state.notes[question.slug] || "",
      };
      state.attempts.push(attempt);
      state.practised[question.slug] = attempt.date;
      var saved = saveState(state);
      form.remove();
      var total = scores.reduce(function (s, x) { return s + x.score; }, 0);
      root.appendChild(el("section", { "class": "guide-mock-done", role: "status" }, [
        el("h2", { text: saved ? "Attempt saved" : "Could not save (local storage is unavailable)" }),
        el("p", { text: "Score " + total + " of " + scores.length * 2 + ", level " + attempt.level + "." }),
        el("p", {}, [el("a", { href: url(question.url), text: "Open the solution to compare: " + question.title }), " · ",
          el("a", { href: url("practice/history/"), text: "See your history" })]),
      ]));
    });
  }

  // --- history ----------------------------------------------------------------------------

  function mountHistory(root) {
    var state = loadState();
    showNotice(root);
    var attempts = state.attempts.slice().reverse();
    if (!attempts.length) {
      root.appendChild(el("p", { "class": "guide-history-empty", text: "No attempts yet. Start a mock interview: your attempts appear here." }));
    } else {
      var table = el("table", { "class": "guide-history" }, [el("thead", {}, [el("tr", {}, ["Date", "Question", "Time used", "Score", "Level", "Twist"].map(function (h) { return el("th", { scope: "col", text: h }); }))])]);
      var body = el("tbody");
      attempts.forEach(function (a) {
        var total = (a.scores || []).reduce(function (s, x) { return s + (Number(x.score) || 0); }, 0);
        body.appendChild(el("tr", {}, [
          el("td", { text: new Date(a.date).toLocaleString() }),
          el("td", {}, [el("a", { href: url(a.url || ""), text: a.title || a.slug })]),
          el("td", { text: clock(a.used_seconds || 0) + " of " + (a.minutes || 60) + ":00" }),
          el("td", { text: total + " / " + ((a.scores || []).length * 2) }),
          el("td", { text: a.level || "" }),
          el("td", { text: a.twist || "" }),
        ]));
      });
      table.appendChild(body);
      root.appendChild(el("div", { "class": "md-typeset__table" }, [table]));
    }
    var actions = el("p", { "class": "guide-history-actions" });
    actions.appendChild(el("button", { type: "button", "class": "md-button", "data-act": "export", text: "Export as JSON", onclick: function () {
      var blob = new Blob([JSON.stringify(loadState(), null, 2)], { type: "application/json" });
      var a = el("a", { href: URL.createObjectURL(blob), download: "guide-practice-" + new Date().toISOString().slice(0, 10) + ".json" });
      document.body.appendChild(a); a.click(); a.remove();
    } }));
    actions.appendChild(document.createTextNode(" "));
    var confirmBox = el("span", { hidden: "hidden" }, [" Delete every attempt, note, card and mark in this browser? ",
      el("button", { type: "button", "class": "md-button", "data-act": "confirm-clear", text: "Yes, clear everything", onclick: function () {
        try { localStorage.removeItem(KEY); localStorage.removeItem(KEY + ".unreadable"); } catch (e) { /* ignore */ }
        notice = null;
        root.innerHTML = "";
        mountHistory(root);
        root.appendChild(el("p", { role: "status", text: "Cleared." }));
      } })]);
    actions.appendChild(el("button", { type: "button", "class": "md-button", "data-act": "clear", text: "Clear history", onclick: function () { confirmBox.hidden = false; } }));
    actions.appendChild(confirmBox);
    root.appendChild(actions);
  }

  // --- review cards (spaced repetition) ----------------------------------------------------------

  var DAY = 86400000;

  function schedule(card, grade, now) {
    // A small SM-2: "again" shows the card again in a minute; the rest stretch the interval.
    var c = { reps: card.reps || 0, interval: card.interval || 0, ease: card.ease || 2.5 };
    if (grade === "again") { c.reps = 0; c.interval = 0; c.ease = Math.max(1.3, c.ease - 0.2); c.due = now + 60000; return c; }
    if (grade === "hard") { c.interval = Math.max(1, c.interval * 1.2); c.ease = Math.max(1.3, c.ease - 0.15); }
    else if (c.reps === 0) c.interval = grade === "easy" ? 3 : 1;
    else if (c.reps === 1) c.interval = grade === "easy" ? 6 : 3;
    else c.interval = c.interval * c.ease * (grade === "easy" ? 1.3 : 1);
    if (grade === "easy") c.ease += 0.15;
    c.reps += 1;
    c.due = now + c.interval * DAY;
    return c;
  }

  function mountReview(root, data) {
    var state = loadState();
    showNotice(root);
    var filter = el("select", { id: "guide-review-source" }, [el("option", { value: "", text: "All pages" }),
      el("option", { value: "walkthroughs/", text: "Walkthroughs" }), el("option", { value: "building-blocks/", text: "Building blocks" })]);
    var status = el("p", { "class": "guide-review-status", "aria-live": "polite" });
    var stage = el("div", { "class": "guide-review-card" });
    root.appendChild(el("div", { "class": "guide-calc-field" }, [el("label", { "for": "guide-review-source", text: "Cards from" }), " ", filter]));
    root.appendChild(status);
    root.appendChild(stage);
    filter.addEventListener("change", next);
    var reviewed = 0;

    function due() {
      var now = Date.now();
      return data.cards.filter(function (c) {
        var s = state.cards[c.id];
        return (!filter.value || c.source_url.indexOf(filter.value) === 0) && (!s || s.due <= now);
      }).sort(function (a, b) { return ((state.cards[a.id] || {}).due || 0) - ((state.cards[b.id] || {}).due || 0); });
    }

    function next() {
      stage.innerHTML = "";
      var cards = due();
      status.textContent = cards.length + " card" + (cards.length === 1 ? "" : "s") + " due, " + reviewed + " reviewed in this session.";
      if (!cards.length) { stage.appendChild(el("p", { text: "Nothing is due. Come back tomorrow." })); return; }
      var card = cards[0];
      var answer = el("div", { "class": "guide-review-answer", hidden: "hidden" }, [rooted(card.answer_html),
        el("p", { "class": "guide-review-source" }, ["From ", el("a", { href: url(card.source_url), text: card.source_title })])]);
      var grades = el("p", { "class": "guide-review-grades", hidden: "hidden" });
      [["again", "Again"], ["hard", "Hard"], ["good", "Good"], ["easy", "Easy"]].forEach(function (g) {
        grades.appendChild(el("button", { type: "button", "class": "md-button", "data-grade": g[0], text: g[1], onclick: function () {
          state.cards[card.id] = schedule(state.cards[card.id] || {}, g[0], Date.now());
          saveState(state);
          reviewed += 1;
          next();
        } }));
        grades.appendChild(document.createTextNode(" "));
      });
      var show = el("button", { type: "button", "class": "md-button md-button--primary", "data-act": "show", text: "Show the answer", onclick: function () {
        answer.hidden = false; grades.hidden = false; show.remove(); grades.querySelector("button").focus();
      } });
      stage.appendChild(el("p", { "class": "guide-review-question" }, [el("strong", { text: card.question })]));
      stage.appendChild(show);
      stage.appendChild(answer);
      stage.appendChild(grades);
    }
    next();
  }

  // --- progress ------------------------------------------------------------------------------------

  // A walkthrough's slug from a link to it (walkthroughs/<slug>/ under the site's base).
  // walkthroughs/<slug>/ on the site, walkthroughs/<slug>.html in the offline copy.
  var WALKTHROUGH_PATH = new RegExp("^" + new URL("walkthroughs/", BASE).pathname.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + "([a-z0-9-]+)(?:/|\\.html)$");
  function slugOf(href) {
    var m = new URL(href, location.href).pathname.match(WALKTHROUGH_PATH);
    return m && m[1] !== "index" ? m[1] : null;
  }

  // The "mark as practised" button and the ticks on links: no data download needed.
  function mountProgress() {
    var state = loadState();
    var slot = document.querySelector(".guide-practised-slot[data-slug]");
    var here = slot ? { slug: slot.dataset.slug } : null;
    var title = document.querySelector(".md-content h1");
    if (here && title && !document.querySelector(".guide-practised")) {
      var button = el("button", { type: "button", "class": "md-button guide-practised" });
      var render = function () {
        var done = !!loadState().practised[here.slug];
        button.setAttribute("aria-pressed", done ? "true" : "false");
        button.textContent = done ? "Practised ✓ (undo)" : "Mark as practised";
      };
      button.addEventListener("click", function () {
        var s = loadState();
        if (s.practised[here.slug]) delete s.practised[here.slug]; else s.practised[here.slug] = new Date().toISOString();
        saveState(s);
        render();
      });
      render();
      slot.appendChild(button);
    }
    // Tick every link to a practised walkthrough (index, tracks, anywhere).
    document.querySelectorAll(".md-content a[href]").forEach(function (a) {
      var slug = slugOf(a.href);
      var q = slug ? { slug: slug } : null;
      var old = a.querySelector(".guide-done");
      if (old) old.remove();
      if (q && state.practised[q.slug] && !a.closest(".guide-mock-done")) {
        a.appendChild(el("span", { "class": "guide-done" }, [" ✓", el("span", { "class": "guide-sr-only", text: " (practised)" })]));
      }
    });
    // The summary sits on the walkthroughs index, whose table links every walkthrough.
    document.querySelectorAll("[data-guide-progress-summary]").forEach(function (p) {
      var listed = {};
      document.querySelectorAll(".md-content a[href]").forEach(function (a) {
        var slug = slugOf(a.href);
        if (slug) listed[slug] = true;
      });
      var slugs = Object.keys(listed);
      var done = slugs.filter(function (slug) { return state.practised[slug]; }).length;
      p.textContent = "You have marked " + done + " of " + slugs.length + " walkthroughs as practised in this browser.";
    });
  }

  // --- calculators -----------------------------------------------------------------------------------
  // The same formulas as estimates/llm.py and estimates/capacity.py; tests/test_calculators.py
  // checks them against the Python helpers.

  var Calc = {
    littleConcurrency: function (rate, seconds) { return rate * seconds; },
    workersNeeded: function (rate, seconds, perWorker) { return Math.ceil(rate * seconds / perWorker); },
    downtimeSeconds: function (availability, periodDays) { return (1 - availability) * periodDays * 86400; },
    kvBytesPerToken: function (layers, kvHeads, headDim, bytes) { return 2 * layers * kvHeads * headDim * bytes; },
    kvBudgetBytes: function (hbmBytes, weights, reserve) { return Math.max(0, hbmBytes * (1 - reserve) - weights); },
    maxBatchByKv: function (budget, perToken, context) { return Math.max(0, Math.floor(budget / (perToken * context))); },
    decodeStepSeconds: function (weights, perToken, batch, context, activeParams, bandwidth, flops, efficiency) {
      var memory = (weights + batch * perToken * context) / (bandwidth * efficiency);
      var compute = batch * 2 * activeParams / (flops * efficiency);
      return Math.max(memory, compute);
    },
    decodeTokensPerS: function (weights, perToken, batch, context, activeParams, bandwidth, flops, efficiency) {
      return batch / Calc.decodeStepSeconds(weights, perToken, batch, context, activeParams, bandwidth, flops, efficiency);
    },
    costPerMillionTokens: function (usdPerGpuHour, gpus, tokensPerS) { return usdPerGpuHour * gpus / (tokensPerS * 3600 / 1e6); },
    storageBytes: function (rate, bytes, days, replicas) { return rate * bytes * days * 86400 * replicas; },
    streamBitsPerS: function (streams, eventsPerS, bytesPerEvent) { return streams * eventsPerS * bytesPerEvent * 8; },
  };
  window.GuideCalc = Calc;

  function bytes(n) {
    var units = [["TB", 1e12], ["GB", 1e9], ["MB", 1e6], ["KB", 1e3]];
    for (var i = 0; i < units.length; i++) if (Math.abs(n) >= units[i][1]) return fmt(n / units[i][1], 2) + " " + units[i][0];
    return fmt(n, 0) + " B";
  }
  function gib(n) { return fmt(n / Math.pow(2, 30), 2) + " GiB"; }
  function bits(n) {
    var units = [["Tb/s", 1e12], ["Gb/s", 1e9], ["Mb/s", 1e6], ["kb/s", 1e3]];
    for (var i = 0; i < units.length; i++) if (Math.abs(n) >= units[i][1]) return fmt(n / units[i][1], 2) + " " + units[i][0];
    return fmt(n, 0) + " b/s";
  }

  var CALCULATORS = {
    littles_law: function (v, out) {
      out.inflight = fmt(Calc.littleConcurrency(v.rate, v.seconds), 0) + " requests";
      out.workers = fmt(Calc.workersNeeded(v.rate, v.seconds, v.per_worker), 0);
    },
    downtime: function (v, out) {
      var s = Calc.downtimeSeconds(v.availability / 100, v.period);
      out.minutes = fmt(s / 60, 1) + " min (" + fmt(s / 3600, 2) + " h)";
      out.per_day = fmt(s / v.period, 1) + " s";
    },
    kv_cache: function (v, out, presets) {
      var m = presets.models[v.model], g = presets.gpus[v.gpu];
      var perToken = Calc.kvBytesPerToken(m.layers, m.kv_heads, m.head_dim, v.kv_bytes);
      var weights = m.params * v.weight_bytes;
      var budget = Calc.kvBudgetBytes(g.hbm_bytes * v.gpus, weights, v.reserve);
      out.per_token = fmt(perToken / 1024, 1) + " KiB";
      out.per_sequence = gib(perToken * v.context);
      out.weights = bytes(weights) + " on " + bytes(g.hbm_bytes * v.gpus) + " of HBM";
      out.budget = budget > 0 ? bytes(budget) : "none: the weights do not fit";
      out.max_batch = fmt(Calc.maxBatchByKv(budget, perToken, v.context), 0) + " sequences";
    },
    decode_cost: function (v, out, presets) {
      var m = presets.models[v.model], g = presets.gpus[v.gpu];
      var perToken = Calc.kvBytesPerToken(m.layers, m.kv_heads, m.head_dim, 2);
      var weights = m.params * 2;
      var bw = g.hbm_bytes_per_s * v.gpus, flops = g.bf16_dense_flops * v.gpus;
      var step = Calc.decodeStepSeconds(weights, perToken, v.batch, v.context, m.active_params, bw, flops, v.efficiency);
      var tps = v.batch / step;
      out.step_ms = fmt(step * 1000, 2) + " ms";
      out.tokens_per_s = fmt(tps, 0) + " tokens/s";
      out.per_stream = fmt(1 / step, 1) + " tokens/s";
      out.cost = "$" + fmt(Calc.costPerMillionTokens(v.price, v.gpus, tps), 3);
    },
    storage: function (v, out) {
      out.total = bytes(Calc.storageBytes(v.rate, v.size, v.days, v.replicas));
      out.per_day = bytes(Calc.storageBytes(v.rate, v.size, 1, v.replicas));
    },
    stream_bandwidth: function (v, out) {
      out.bits = bits(Calc.streamBitsPerS(v.streams, v.events, v.bytes));
      out.per_stream = bits(Calc.streamBitsPerS(1, v.events, v.bytes));
    },
  };

  function mountCalculator(form, presets) {
    if (form.dataset.ready) return;
    form.dataset.ready = "1";
    form.querySelectorAll("select[data-presets]").forEach(function (s) {
      var kind = s.getAttribute("data-presets");
      Object.keys(presets[kind]).forEach(function (k) {
        s.appendChild(el("option", { value: k, text: presets[kind][k].name, selected: k === presets["default_" + kind.slice(0, -1)] ? "selected" : null }));
      });
    });
    var compute = CALCULATORS[form.dataset.calc];
    function update() {
      var values = {};
      var ok = true;
      Array.prototype.forEach.call(form.elements, function (input) {
        if (!input.name || input.tagName === "OUTPUT") return;
        var raw = input.value;
        var n = Number(raw);
        values[input.name] = input.tagName === "SELECT" && isNaN(n) ? raw : n;
        if (input.type === "number" && (raw === "" || !isFinite(n) || n < 0)) ok = false;
        input.setAttribute("aria-invalid", input.type === "number" && (raw === "" || !isFinite(n) || n < 0) ? "true" : "false");
      });
      var out = {};
      if (ok) compute(values, out, presets);
      form.querySelectorAll("output").forEach(function (o) {
        o.textContent = ok ? (out[o.name] === undefined ? "–" : out[o.name]) : "enter non-negative numbers";
      });
    }
    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    update();
  }

  // --- mounting, on every page view (instant navigation included) ---------------------------------

  function mount() {
    timers.forEach(clearInterval);
    timers = [];
    var mock = document.getElementById("guide-mock");
    var history = document.getElementById("guide-history");
    var review = document.getElementById("guide-review");
    var calcs = document.querySelectorAll("form.guide-calc");
    if (history) mountHistory(history);
    mountProgress();
    if (calcs.length) {
      loadPresets().then(function (presets) {
        calcs.forEach(function (f) { mountCalculator(f, presets); });
      }).catch(function (err) {
        calcs.forEach(function (f) {
          f.appendChild(el("p", { "class": "guide-notice", role: "status", text: "The calculator presets could not be loaded (" + err.message + "). Reload the page to try again." }));
        });
      });
    }
    // The practice data (every question, twist and card) is fetched only by the pages that use it.
    if (!mock && !review) return;
    loadData().then(function (data) {
      if (mock && !mock.dataset.ready) { mock.dataset.ready = "1"; mountMock(mock, data); }
      if (review && !review.dataset.ready) { review.dataset.ready = "1"; mountReview(review, data); }
    }).catch(function (err) {
      [mock, review].forEach(function (root) {
        if (root) root.appendChild(el("p", { "class": "guide-notice", role: "status", text: "The practice data could not be loaded (" + err.message + "). Reload the page to try again." }));
      });
    });
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(mount);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", mount);
  } else {
    mount();
  }
})();
