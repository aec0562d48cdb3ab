/*!
 * Community group advice assistant: the chat widget for an LIO's website.
 *
 * Embed with one script tag (see docs/widget.md):
 *   <script src="https://ASSISTANT/widget/static/chat-widget.js" data-server="https://RASA"
 *           data-lio="voluntary-action-leeds" data-title="Ask Voluntary Action Leeds"
 *           data-colour="#1d4f91" defer></script>
 *
 * It talks to Rasa's socket.io channel, keeps the conversation across page reloads, and renders
 * the assistant's structured replies (answers with sources, choices as buttons, the LIO card,
 * the handoff reference, emergency signposting). No dependencies: the socket.io client is loaded
 * from the same place as this file. Text from the assistant or the person is only ever put into
 * the page as text (textContent / text nodes), never as HTML.
 */
(function () {
  "use strict";

  var script = document.currentScript || document.querySelector('script[src*="chat-widget.js"]');
  if (!script || window.CommunityAdviceChat) return; // one widget per page

  var scriptUrl = new URL(script.src, window.location.href);
  var ASSETS = new URL("./", scriptUrl).href; // .../widget/static/
  var SITE = scriptUrl.origin;
  var data = script.dataset;
  var config = {
    server: (data.server || SITE).replace(/\/+$/, ""),
    path: data.socketPath || "/socket.io/",
    lio: data.lio || "",
    title: data.title || "Ask a question",
    colour: data.colour || data.color || "#1d4f91",
    storage: data.storage === "local" ? "localStorage" : "sessionStorage",
    privacyUrl: data.privacy || SITE + "/privacy",
    startOpen: data.open === "true",
  };
  var MAX_STORED = 100;
  var MAX_CHARS = 2000;
  var REPLY_TIMEOUT_MS = 45000;
  var STORE_KEY = "caa-chat:" + config.server + "|" + config.lio;
  var NATIONS = { wales: "Wales", scotland: "Scotland", northern_ireland: "Northern Ireland" };
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];

  // ---------------------------------------------------------------- colours (WCAG 2.2 AA)
  function parseHex(value) {
    var m = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value || "").trim());
    if (!m) return null;
    var hex = m[1].length === 3 ? m[1].replace(/(.)/g, "$1$1") : m[1];
    return [0, 2, 4].map(function (i) { return parseInt(hex.slice(i, i + 2), 16); });
  }
  function luminance(rgb) {
    var c = rgb.map(function (v) {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    });
    return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  }
  function contrast(a, b) {
    var la = luminance(a), lb = luminance(b);
    return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
  }
  function hex(rgb) {
    return "#" + rgb.map(function (v) { return ("0" + Math.round(v).toString(16)).slice(-2); }).join("");
  }
  function darker(rgb, factor) { return rgb.map(function (v) { return v * factor; }); }
  /** The LIO's colour, darkened if needed until white text on it, and it as text on the light
   *  message background, reach 4.5:1. */
  function accessibleAccent(value) {
    var rgb = parseHex(value) || parseHex("#1d4f91");
    var light = [243, 242, 241];
    for (var i = 0; i < 60 && contrast(rgb, light) < 4.6; i++) rgb = darker(rgb, 0.94);
    return rgb;
  }

  // ---------------------------------------------------------------- storage
  function store() {
    try { return window[config.storage]; } catch (e) { return null; } // blocked storage throws
  }
  function loadState() {
    try {
      var raw = store() && store().getItem(STORE_KEY);
      var saved = raw && JSON.parse(raw);
      if (saved && saved.v === 1 && Array.isArray(saved.messages)) return saved;
    } catch (e) { /* unreadable: start afresh */ }
    return { v: 1, sessionId: null, messages: [], open: false, greeted: false };
  }
  function saveState() {
    state.messages = state.messages.slice(-MAX_STORED);
    try { if (store()) store().setItem(STORE_KEY, JSON.stringify(state)); } catch (e) { /* full or blocked */ }
  }
  var state = loadState();

  // ---------------------------------------------------------------- DOM helpers (text only)
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      var value = attrs[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : String(value));
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }
  var SVG_NS = "http://www.w3.org/2000/svg";
  var ICONS = {
    chat: "M4 4h16a2 2 0 0 1 2 2v10a2 2 0 0 1-2 2H9l-5 4v-4a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z",
    close: "M6 6l12 12M18 6L6 18",
    alert: "M12 3l10 18H2L12 3zm0 6v5m0 3v.5",
    external: "M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5",
    check: "M5 12l5 5L20 7",
  };
  function icon(name) {
    var svg = document.createElementNS(SVG_NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    svg.setAttribute("class", "caa-icon caa-icon-" + name);
    var path = document.createElementNS(SVG_NS, "path");
    path.setAttribute("d", ICONS[name]);
    svg.appendChild(path);
    return svg;
  }
  function isHttpUrl(value) {
    if (typeof value !== "string" || !/^https?:\/\//i.test(value)) return false;
    try { new URL(value); return true; } catch (e) { return false; }
  }
  function externalLink(href, label) {
    if (!isHttpUrl(href)) return document.createTextNode(label || "");
    return el("a", { href: href, target: "_blank", rel: "noopener noreferrer", class: "caa-link" },
      label || href, el("span", { class: "caa-vh", text: " (opens in new tab)" }), icon("external"));
  }
  function hostLabel(url) {
    try { return new URL(url).hostname.replace(/^www\./, ""); } catch (e) { return url; }
  }

  var URL_RE = /https?:\/\/[^\s<>"'`]+/g;
  // 999, NHS 111, Samaritans 116 123, Shout's 85258 (a text number) and UK landline-style numbers
  // such as 0808 2000 247 and 08000 121 700.
  var PHONE_RE = /\b(999|111|116 ?123|85258|0\d{3,4} ?\d{3,4} ?\d{3,4})\b/g;
  var TEXT_ONLY = { "85258": "SHOUT" };

  /** Plain text with phone numbers as tel: links (only in emergency signposting). */
  function appendPlain(parent, text, phones) {
    if (!phones) { if (text) parent.appendChild(document.createTextNode(text)); return; }
    var last = 0, m;
    PHONE_RE.lastIndex = 0;
    while ((m = PHONE_RE.exec(text))) {
      parent.appendChild(document.createTextNode(text.slice(last, m.index)));
      var digits = m[1].replace(/ /g, "");
      var href = TEXT_ONLY[digits] ? "sms:" + digits + "?&body=" + TEXT_ONLY[digits] : "tel:" + digits;
      parent.appendChild(el("a", { href: href, class: "caa-tel" }, m[1]));
      last = m.index + m[0].length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }
  /** One line of text with bare http(s) URLs made into links, built node by node. */
  function appendLine(parent, line, phones) {
    var last = 0, m;
    URL_RE.lastIndex = 0;
    while ((m = URL_RE.exec(line))) {
      var url = m[0].replace(/[.,;:!?)\]}'"]+$/, "");
      appendPlain(parent, line.slice(last, m.index), phones);
      parent.appendChild(externalLink(url, url));
      last = m.index + url.length;
      URL_RE.lastIndex = last;
    }
    appendPlain(parent, line.slice(last), phones);
  }
  /** Paragraphs (blank lines), line breaks and "- " lists; everything else is text. */
  function richText(text, phones) {
    var frag = document.createDocumentFragment();
    String(text || "").split(/\n\s*\n/).forEach(function (para) {
      var lines = para.split("\n").filter(function (l) { return l.trim(); });
      if (!lines.length) return;
      var isList = lines.every(function (l) { return /^\s*[-•*]\s+/.test(l); });
      if (isList) {
        var ul = el("ul");
        lines.forEach(function (l) { var li = el("li"); appendLine(li, l.replace(/^\s*[-•*]\s+/, ""), phones); ul.appendChild(li); });
        frag.appendChild(ul);
        return;
      }
      var p = el("p");
      lines.forEach(function (l, i) { if (i) p.appendChild(el("br")); appendLine(p, l, phones); });
      frag.appendChild(p);
    });
    return frag;
  }
  function withoutLines(text, pattern) {
    return String(text || "").split("\n").filter(function (l) { return !pattern.test(l.trim()); }).join("\n").trim();
  }
  function formatDate(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})/.exec(String(iso || ""));
    return m ? Number(m[3]) + " " + MONTHS[Number(m[2]) - 1] + " " + m[1] : String(iso || "");
  }

  // ---------------------------------------------------------------- the widget's frame
  var accent = accessibleAccent(config.colour);
  var host = el("div", { id: "caa-chat", style: "display:none" });
  var root = host.attachShadow ? host.attachShadow({ mode: "open" }) : host;
  host.style.setProperty("--caa-accent", hex(accent));
  host.style.setProperty("--caa-accent-dark", hex(darker(accent, 0.8)));
  var stylesheet = el("link", { rel: "stylesheet", href: ASSETS + "chat-widget.css" });
  function reveal() {
    host.style.display = "";
    log.scrollTop = log.scrollHeight;
  }
  stylesheet.addEventListener("load", reveal);
  stylesheet.addEventListener("error", reveal);

  var launcher = el("button", {
    type: "button", class: "caa-launcher", "aria-expanded": "false", "aria-controls": "caa-panel",
  }, icon("chat"), el("span", { class: "caa-launcher-text", text: config.title }));
  var titleEl = el("h2", { id: "caa-title", class: "caa-title", text: config.title });
  var newChatBtn = el("button", { type: "button", class: "caa-header-button caa-new", text: "New chat" });
  var closeBtn = el("button", { type: "button", class: "caa-header-button caa-close", "aria-label": "Close chat" }, icon("close"));
  var statusText = el("p", { class: "caa-status-text", role: "status" });
  var retryBtn = el("button", { type: "button", class: "caa-retry", hidden: true, text: "Try again" });
  var statusBox = el("div", { class: "caa-status" }, statusText, retryBtn);
  var log = el("div", {
    class: "caa-log", role: "log", "aria-live": "polite", "aria-relevant": "additions",
    "aria-label": "Conversation", tabindex: "0",
  });
  var typing = el("div", { class: "caa-typing", hidden: true, "aria-hidden": "true" },
    el("span", { class: "caa-dots" }, el("span"), el("span"), el("span")), "The assistant is typing");
  var input = el("input", {
    id: "caa-input", class: "caa-input", type: "text", autocomplete: "off", maxlength: String(MAX_CHARS),
    placeholder: "Type your question", enterkeyhint: "send",
  });
  var sendBtn = el("button", { type: "submit", class: "caa-send", text: "Send" });
  var deleteBtn = el("button", { type: "button", class: "caa-link-button caa-delete", text: "Delete this conversation" });
  var form = el("form", { class: "caa-form" },
    el("label", { for: "caa-input", class: "caa-vh", text: "Your message" }), input, sendBtn);
  var panel = el("section", {
    id: "caa-panel", class: "caa-panel", role: "dialog", "aria-modal": "false",
    "aria-labelledby": "caa-title", hidden: true,
  },
    el("header", { class: "caa-header" },
      el("div", { class: "caa-heading" }, titleEl,
        el("p", { class: "caa-subtitle", text: "Automated assistant · answers from checked guidance" })),
      newChatBtn, closeBtn),
    statusBox, log, typing, form,
    el("p", { class: "caa-footer" }, "Not a person. In an emergency, call 999. ",
      externalLink(config.privacyUrl, "Privacy"), " · ", deleteBtn));
  var frame = el("aside", { class: "caa", "aria-label": "Chat: " + config.title }, launcher, panel);
  root.appendChild(stylesheet);
  root.appendChild(frame);

  // ---------------------------------------------------------------- messages
  // Keep the latest messages in view when the panel changes size (a phone's keyboard opening,
  // rotating, zooming) if the person was reading the end of the conversation.
  var atEnd = true;
  log.addEventListener("scroll", function () {
    atEnd = log.scrollHeight - log.scrollTop - log.clientHeight < 24;
  });
  if (window.ResizeObserver) {
    new ResizeObserver(function () { if (atEnd) log.scrollTop = log.scrollHeight; }).observe(log);
  }

  var openGroups = []; // [{msg, nodes}] reply buttons that can still be used
  var turnStart = null; // first reply since the person's last message (kept in view)

  function buttonsOf(msg) {
    var list = Array.isArray(msg.buttons) ? msg.buttons : Array.isArray(msg.quick_replies) ? msg.quick_replies : [];
    return list.filter(function (b) { return b && typeof b.title === "string" && typeof b.payload === "string"; });
  }

  // "Did this help?" under an answer: its two buttons get their own group, named by that question.
  var FEEDBACK_RE = /^\/feedback_(not_)?helped\b/;
  var groupCount = 0; // for unique ids within the widget

  function renderButtons(msg, buttons) {
    var wrap = el("div", { class: "caa-actions" });
    var options = null, feedback = null;
    var nodes = buttons.map(function (b, i) {
      var chosen = msg.chosen === i;
      var btn = el("button", { type: "button", class: "caa-choice" + (chosen ? " caa-chosen" : ""), disabled: !!msg.closed },
        chosen ? icon("check") : null, b.title, chosen ? el("span", { class: "caa-vh", text: " (chosen)" }) : null);
      btn.addEventListener("click", function () { choose(msg, i); });
      if (FEEDBACK_RE.test(b.payload)) {
        if (!feedback) {
          var id = "caa-feedback-" + (++groupCount);
          feedback = el("div", { class: "caa-buttons caa-feedback", role: "group", "aria-labelledby": id },
            el("p", { id: id, class: "caa-feedback-question", text: "Did this help?" }));
        }
        feedback.appendChild(btn);
      } else {
        if (!options) options = el("div", { class: "caa-buttons", role: "group", "aria-label": "Reply options" });
        options.appendChild(btn);
      }
      return btn;
    });
    if (options) wrap.appendChild(options);
    if (feedback) wrap.appendChild(feedback);
    if (!msg.closed) openGroups.push({ msg: msg, nodes: nodes });
    return wrap;
  }

  function lioCard(custom) {
    var nation = custom.nation && custom.nation !== "england" ? custom.nation : null;
    var kicker = nation
      ? "Support in " + (NATIONS[nation] || nation)
      : custom.chosen ? "The support organisation you chose"
      : custom.covers ? "Your local support organisation" : "Nearest support organisation we know of";
    var card = el("div", { class: "caa-card" },
      el("p", { class: "caa-card-kicker", text: kicker }),
      el("p", { class: "caa-card-name", text: String(custom.name) }));
    if (isHttpUrl(custom.website)) card.appendChild(el("p", null, externalLink(custom.website, hostLabel(custom.website))));
    if (Array.isArray(custom.area) && custom.area.length) {
      card.appendChild(el("p", { class: "caa-card-area" }, el("strong", { text: "Covers: " }), custom.area.join(", ")));
    }
    if (custom.unconfirmed === true) {
      card.appendChild(el("p", { class: "caa-card-caveat", text: "We couldn't confirm these details recently." }));
    }
    if (!nation && !custom.covers && typeof custom.distance_km === "number") {
      card.appendChild(el("p", { class: "caa-card-area", text: "About " + Math.round(custom.distance_km) + " km away" }));
    }
    return card;
  }

  function sources(custom) {
    var box = el("div", { class: "caa-sources" });
    var list = (Array.isArray(custom.sources) ? custom.sources : []).filter(function (s) { return s && isHttpUrl(s.url); });
    if (list.length) {
      box.appendChild(el("p", { class: "caa-sources-title", text: list.length > 1 ? "Sources" : "Source" }));
      var ul = el("ul");
      list.forEach(function (s) { ul.appendChild(el("li", null, externalLink(s.url, s.title || s.url))); });
      box.appendChild(ul);
    }
    if (custom.reviewed) box.appendChild(el("p", { class: "caa-reviewed", text: "Last reviewed: " + formatDate(custom.reviewed) }));
    return box;
  }

  /** One bot message: {text, buttons, custom} delivered whole by the channel. */
  function renderBot(msg, live) {
    var custom = msg.custom && typeof msg.custom === "object" ? msg.custom : {};
    var kind = typeof custom.kind === "string" ? custom.kind.replace(/[^a-z_]/g, "") : "";
    var node = el("div", { class: "caa-msg caa-msg--bot" + (kind ? " caa-kind-" + kind : "") },
      el("span", { class: "caa-vh", text: "Assistant: " }));
    var text = typeof msg.text === "string" ? msg.text : "";
    if (kind === "emergency") {
      node.appendChild(el("div", { class: "caa-emergency", role: live ? "alert" : null },
        el("p", { class: "caa-emergency-title" }, icon("alert"), "Get help now"),
        richText(text, true)));
    } else {
      if (kind === "answer") {
        text = withoutLines(text, /^(Source:|Last reviewed:)/);
        if (custom.title) node.appendChild(el("p", { class: "caa-answer-title", text: String(custom.title) }));
      }
      if (kind === "lio" && custom.website) text = withoutLines(text, /^Website:/);
      if (text) node.appendChild(el("div", { class: "caa-text" }, richText(text, false)));
    }
    if (kind === "answer") node.appendChild(sources(custom));
    if (kind === "lio" && custom.name) node.appendChild(lioCard(custom));
    if (kind === "handoff_created" && custom.reference) {
      node.appendChild(el("div", { class: "caa-reference" },
        el("span", { class: "caa-reference-label", text: "Your reference" }),
        el("strong", { class: "caa-reference-code", text: String(custom.reference) })));
    }
    var buttons = buttonsOf(msg);
    if (buttons.length) node.appendChild(renderButtons(msg, buttons));
    return node;
  }

  function renderUser(msg) {
    return el("div", { class: "caa-msg caa-msg--user" },
      el("span", { class: "caa-vh", text: "You: " }), el("p", { text: String(msg.text || "") }));
  }

  var msgNodes = new WeakMap(); // message -> its element
  function render(msg, live) {
    var node = msg.from === "user" ? renderUser(msg) : renderBot(msg, live);
    msgNodes.set(msg, node);
    return node;
  }

  function keepInView(node) {
    if (node.classList.contains("caa-msg--user")) turnStart = null;
    else if (!turnStart) turnStart = node;
    var bottom = log.scrollHeight - log.clientHeight;
    log.scrollTop = turnStart ? Math.min(bottom, turnStart.offsetTop - 8) : bottom;
  }

  function add(msg) {
    state.messages.push(msg);
    saveState();
    var node = render(msg, true);
    log.appendChild(node);
    keepInView(node);
    return node;
  }

  function closeGroups() {
    openGroups.forEach(function (g) {
      g.msg.closed = true;
      g.nodes.forEach(function (b) { b.disabled = true; });
    });
    openGroups = [];
  }

  // ---------------------------------------------------------------- talking to Rasa
  var socket = null;
  var ready = false; // connected and the session confirmed
  var queue = []; // messages typed before that
  var replyTimer = null;

  function setStatus(text, canRetry, isError) {
    statusText.textContent = text || "";
    statusBox.classList.toggle("caa-status--error", !!isError);
    statusBox.classList.toggle("caa-status--shown", !!text);
    retryBtn.hidden = !canRetry;
  }

  function showTyping(on) {
    typing.hidden = !on;
    clearTimeout(replyTimer);
    if (on) {
      replyTimer = setTimeout(function () {
        typing.hidden = true;
        setStatus("No reply yet. The assistant may be busy: please try again in a moment.", false, true);
      }, REPLY_TIMEOUT_MS);
      if (log.scrollHeight > log.clientHeight && !turnStart) log.scrollTop = log.scrollHeight;
    }
  }

  function emit(text) {
    if (!ready) { queue.push(text); return; }
    socket.emit("user_uttered", { message: text, session_id: state.sessionId, metadata: { lio: config.lio } });
  }

  /** Send what the person typed or chose; `shown` is what appears as their message. */
  function send(text, shown) {
    text = String(text || "").trim().slice(0, MAX_CHARS);
    if (!text) return;
    closeGroups();
    add({ from: "user", text: shown || text });
    emit(text);
    showTyping(true);
  }

  function choose(msg, index) {
    if (msg.closed) return;
    var button = buttonsOf(msg)[index];
    if (!button) return;
    msg.chosen = index;
    send(button.payload, button.title); // closes every open group, this one too
    var node = msgNodes.get(msg);
    var old = node && node.querySelector(".caa-actions");
    if (old) old.parentNode.replaceChild(renderButtons(msg, buttonsOf(msg)), old); // show the choice
    saveState();
    input.focus();
  }

  function onBotMessage(message) {
    if (!message || typeof message !== "object") return;
    showTyping(false);
    setStatus("", false, false);
    var msg = { from: "bot" };
    if (typeof message.text === "string") msg.text = message.text;
    var buttons = buttonsOf(message);
    if (buttons.length) msg.buttons = buttons.map(function (b) { return { title: b.title, payload: b.payload }; });
    if (message.custom && typeof message.custom === "object") msg.custom = message.custom;
    if (!msg.text && !msg.buttons && !msg.custom) return;
    var kind = msg.custom && msg.custom.kind;
    if (kind === "conversation_deleted") {
      // Gone on the server: forget it here too, keep only this confirmation, and carry on in a
      // new conversation with a new id.
      while (log.firstChild) log.removeChild(log.firstChild);
      state = { v: 1, sessionId: newConversationId(), messages: [], open: state.open, greeted: true };
      add(msg);
      saveState();
      if (socket && socket.emit && ready) {
        ready = false;
        socket.emit("session_request", { session_id: state.sessionId });
      }
      return;
    }
    add(msg);
    if (kind === "ask_location") {
      input.setAttribute("autocomplete", "postal-code");
      input.placeholder = "Postcode or town, e.g. LS6 2AB";
    } else {
      input.setAttribute("autocomplete", "off");
      input.placeholder = "Type your question";
    }
  }

  function loadSocketIo(done) {
    if (window.io && window.io.protocol === 5) return done(window.io);
    var previous = window.io;
    var tag = el("script", { src: new URL("../vendor/socket.io.min.js", ASSETS).href, async: true });
    tag.addEventListener("load", function () {
      var ours = window.io;
      if (previous !== undefined) window.io = previous; // leave the host page's own copy alone
      done(ours);
    });
    tag.addEventListener("error", function () { done(null); });
    document.head.appendChild(tag);
  }

  function connect() {
    if (socket) return;
    socket = {}; // connecting
    setStatus("Connecting…", false, false);
    loadSocketIo(function (io) {
      if (!io) {
        socket = null;
        setStatus("Sorry, the chat could not load. Please check your connection and try again.", true, true);
        return;
      }
      socket = io(config.server, {
        path: config.path, reconnectionDelay: 1000, reconnectionDelayMax: 10000, timeout: 10000,
      });
      socket.on("connect", function () {
        if (!state.sessionId) state.sessionId = newConversationId();
        socket.emit("session_request", { session_id: state.sessionId });
      });
      socket.on("session_confirm", function (confirmed) {
        var id = confirmed && typeof confirmed === "object" ? confirmed.session_id : confirmed;
        if (typeof id !== "string" || !id) return;
        state.sessionId = id;
        ready = true;
        setStatus("", false, false);
        saveState();
        if (!state.messages.length && !state.greeted) {
          state.greeted = true;
          saveState();
          queue.unshift("/greet");
          showTyping(true);
        }
        var pending = queue;
        queue = [];
        pending.forEach(emit);
      });
      socket.on("bot_uttered", onBotMessage);
      socket.on("connect_error", function () {
        ready = false;
        showTyping(false);
        setStatus("We can't reach the assistant at the moment. We'll keep trying, or you can try again now.", true, true);
      });
      socket.on("disconnect", function (reason) {
        ready = false;
        if (reason === "io client disconnect") return;
        showTyping(false);
        setStatus("The connection was lost. Reconnecting…", true, true);
      });
    });
  }

  function retry() {
    if (socket && socket.connect) { socket.disconnect(); socket.connect(); setStatus("Connecting…", false, false); }
    else { socket = null; connect(); }
    input.focus();
  }

  // ---------------------------------------------------------------- opening and closing
  function open(moveFocus) {
    panel.hidden = false;
    frame.classList.add("caa-open");
    launcher.setAttribute("aria-expanded", "true");
    state.open = true;
    saveState();
    connect();
    log.scrollTop = log.scrollHeight;
    if (moveFocus !== false) input.focus();
  }
  function close() {
    panel.hidden = true;
    frame.classList.remove("caa-open");
    launcher.setAttribute("aria-expanded", "false");
    state.open = false;
    saveState();
    launcher.focus();
  }
  /** 128 random bits as 32 hex characters: the conversation id is all that ties this browser to its
   *  conversation, so it must be unguessable (the server refuses short or malformed ones). */
  function newConversationId() {
    var bytes = new Uint8Array(16);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); }).join("");
  }
  function newChat() {
    if (state.messages.length && !window.confirm("Start a new conversation? This clears the messages shown here.")) return;
    closeGroups();
    state = { v: 1, sessionId: null, messages: [], open: true, greeted: false };
    saveState();
    while (log.firstChild) log.removeChild(log.firstChild);
    turnStart = null;
    if (socket && socket.emit && ready) {
      ready = false;
      state.sessionId = newConversationId();
      socket.emit("session_request", { session_id: state.sessionId });
    }
    input.focus();
  }

  launcher.addEventListener("click", function () { if (panel.hidden) open(); else close(); });
  closeBtn.addEventListener("click", close);
  newChatBtn.addEventListener("click", newChat);
  deleteBtn.addEventListener("click", function () { send("/delete_conversation", "Delete this conversation"); input.focus(); });
  retryBtn.addEventListener("click", retry);
  frame.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && !panel.hidden) { event.preventDefault(); close(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = input.value;
    if (!text.trim()) { input.focus(); return; }
    input.value = "";
    send(text);
    input.focus();
  });
  // Any element of the host page with data-chat-open opens the chat (e.g. "Ask our assistant").
  document.addEventListener("click", function (event) {
    var target = event.target && event.target.closest && event.target.closest("[data-chat-open]");
    if (target) { event.preventDefault(); open(); }
  });

  // Restore the conversation before the widget joins the page, so it is not read out again.
  state.messages.forEach(function (msg) { log.appendChild(render(msg, false)); });
  (document.body || document.documentElement).appendChild(host);
  if (state.open || config.startOpen) open(false);

  window.CommunityAdviceChat = { open: function () { open(); }, close: close, version: "1.0.0" };
})();
