/* Small enhancements for respondent pages. Everything works without this script. */
(function () {
  "use strict";

  /* Quick exit: the button, or Shift pressed 3 times, leaves at once and replaces this
     page in the history, so that Back does not return to it. */
  var exitLink = document.querySelector("[data-quick-exit] a");
  if (exitLink) {
    var leave = function (event) {
      if (event) { event.preventDefault(); }
      document.body.classList.add("exiting");
      window.location.replace(exitLink.href);
    };
    exitLink.addEventListener("click", leave);
    var presses = 0;
    var timer = null;
    document.addEventListener("keyup", function (event) {
      if (event.key !== "Shift") { presses = 0; return; }
      presses += 1;
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { presses = 0; }, 1500);
      if (presses >= 3) { leave(); }
    });
  }

  /* An error summary takes focus, so that a screen reader announces it first. */
  var summary = document.querySelector("[data-module=error-summary]");
  if (summary) { summary.focus(); }

  /* Listen: read the question and its answers aloud with the browser's own voice,
     only where the browser has a voice for the page's language. */
  var listen = document.querySelector("[data-listen]");
  var speech = window.speechSynthesis;
  if (!listen || !speech || !window.SpeechSynthesisUtterance) { return; }
  var language = (document.documentElement.lang || "en").toLowerCase();
  var voiceFor = function () {
    return speech.getVoices().filter(function (voice) {
      return voice.lang.toLowerCase().replace("_", "-").split("-")[0] === language.split("-")[0];
    })[0];
  };
  var offer = function () { listen.hidden = !voiceFor(); };
  offer();
  speech.addEventListener("voiceschanged", offer);
  listen.addEventListener("click", function () {
    if (speech.speaking) { speech.cancel(); return; }
    var form = listen.closest("form") || document;
    var parts = [form.querySelector("h1")]
      .concat(Array.prototype.slice.call(form.querySelectorAll(".hint, .option-text")))
      .filter(Boolean)
      .map(function (element) { return element.textContent.trim(); });
    var utterance = new window.SpeechSynthesisUtterance(parts.join(". "));
    utterance.lang = language;
    utterance.voice = voiceFor() || null;
    utterance.rate = 0.9;
    speech.speak(utterance);
  });
}());
