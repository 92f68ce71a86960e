// Conveniences only: every page works without this script. It copies citations to the clipboard and keeps
// the evidence bundle (a list of passage ids) in this browser's own storage; nothing is sent anywhere.
(function () {
  "use strict";

  var KEY = "foiarchive.bundle";
  var PASSAGE_ID = /^[a-z0-9][a-z0-9-]{0,99}-p\d{1,7}$/;

  function isPassageId(value) {
    return typeof value === "string" && PASSAGE_ID.test(value);
  }

  function loadBundle() {
    try {
      var ids = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(isPassageId) : [];
    } catch (e) {
      return []; // storage disabled or spoilt: the address still carries the bundle
    }
  }

  function saveBundle(ids) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(ids));
    } catch (e) {
      // Private browsing may refuse storage; the bundle page's address still works.
    }
  }

  function bundleUrl(ids) {
    if (ids.length === 0) {
      return "/bundle?p=";
    }
    return "/bundle?" + ids.map(function (id) { return "p=" + encodeURIComponent(id); }).join("&");
  }

  function showBundleLink(ids) {
    document.querySelectorAll("a.bundle-link").forEach(function (link) {
      link.href = ids.length ? bundleUrl(ids) : "/bundle";
      var count = link.querySelector(".bundle-count");
      if (count) {
        count.textContent = ids.length ? "(" + ids.length + ")" : "";
      }
    });
  }

  function showToggle(button) {
    var inBundle = loadBundle().indexOf(button.getAttribute("data-passage")) >= 0;
    button.textContent = button.getAttribute(inBundle ? "data-label-remove" : "data-label-add");
    button.classList.toggle("is-in-bundle", inBundle);
  }

  function setUpBundleToggles() {
    var buttons = Array.prototype.slice.call(document.querySelectorAll("button.bundle-toggle[data-passage]"));
    buttons.forEach(function (button) {
      button.removeAttribute("aria-pressed");
      button.hidden = false;
      showToggle(button);
      button.addEventListener("click", function () {
        var ids = loadBundle();
        var id = button.getAttribute("data-passage");
        var at = ids.indexOf(id);
        if (at >= 0) {
          ids.splice(at, 1);
        } else {
          ids.push(id);
        }
        saveBundle(ids);
        buttons.forEach(showToggle);
        showBundleLink(ids);
      });
    });
    // With the script, the buttons above replace the "start a bundle" links made for browsers without it.
    document.querySelectorAll("a.bundle-start").forEach(function (link) { link.hidden = true; });
  }

  // On the bundle page the address is the truth: whatever it lists is what this browser remembers. An address
  // without a list (the "Bundle" link, a bookmark) shows the remembered bundle instead.
  function setUpBundlePage() {
    if (!document.querySelector("main.page--bundle")) {
      return;
    }
    var params = new URLSearchParams(window.location.search);
    if (params.has("p")) {
      var shown = Array.prototype.map.call(document.querySelectorAll("li.bundle-item[data-passage]"),
        function (item) { return item.getAttribute("data-passage"); }).filter(isPassageId);
      saveBundle(shown);
      return;
    }
    var remembered = loadBundle();
    if (remembered.length) {
      window.location.replace(bundleUrl(remembered));
    }
  }

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    return new Promise(function (resolve, reject) {
      var buffer = document.createElement("textarea");
      buffer.className = "copy-buffer";
      buffer.value = text;
      buffer.setAttribute("readonly", "");
      document.body.appendChild(buffer);
      buffer.select();
      var done = false;
      try {
        done = document.execCommand("copy");
      } catch (e) {
        done = false;
      }
      document.body.removeChild(buffer);
      if (done) {
        resolve();
      } else {
        reject(new Error("copy refused"));
      }
    });
  }

  // When the clipboard is out of reach, select the citation so one keystroke copies it.
  function selectForCopying(element) {
    if (!element) {
      return;
    }
    var details = element.closest("details");
    if (details) {
      details.open = true;
    }
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }

  function setUpCopyButtons() {
    document.querySelectorAll("button.copy-button").forEach(function (button) {
      button.hidden = false;
      button.addEventListener("click", function () {
        var target = document.getElementById(button.getAttribute("data-copy-target"));
        var text = button.getAttribute("data-copy-text") || (target ? target.textContent.trim() : "");
        var status = button.parentElement.querySelector(".copy-status");
        function say(message) {
          if (status) {
            status.textContent = "";
            // A fresh message each time, so a screen reader announces a second copy too.
            window.setTimeout(function () { status.textContent = message; }, 50);
          }
        }
        copyText(text).then(function () {
          say(button.getAttribute("data-copied"));
        }, function () {
          selectForCopying(target);
          say(button.getAttribute("data-failed"));
        });
      });
    });
  }

  function start() {
    setUpBundlePage();
    setUpBundleToggles();
    setUpCopyButtons();
    showBundleLink(loadBundle());
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
