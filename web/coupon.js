// The coupon page on a shopper's phone (server/phone renders it). This
// script only keeps it current: while the page is visible it asks for the
// coupon's status every 10 s, and when the status changes it takes the
// page's new text from the server, so every word stays in the page's
// language and every time on the store's clock. It also installs the
// phone's worker, which keeps the page and its QR code for offline use.
(function () {
  "use strict";
  var main = document.querySelector("main[data-code]");
  if (!main) {
    return; // not a coupon (an invalid code): nothing changes
  }
  var code = main.dataset.code;
  var everyMs = 10000;
  var timer = 0;

  function final() {
    return main.dataset.status !== "issued";
  }

  function live(on) {
    if (on) {
      document.documentElement.dataset.live = "1";
    } else {
      delete document.documentElement.dataset.live;
    }
  }

  function schedule() {
    clearTimeout(timer);
    if (!final() && document.visibilityState === "visible") {
      timer = setTimeout(poll, everyMs);
    }
  }

  function poll() {
    fetch("/api/v1/coupons/" + encodeURIComponent(code), { cache: "no-store" })
      .then(function (res) {
        if (!res.ok) {
          throw new Error("status " + res.status);
        }
        return res.json();
      })
      .then(function (cp) {
        live(true);
        return cp.status !== main.dataset.status ? refresh() : null;
      })
      .catch(function () {
        live(false); // offline: the page keeps what it shows
      })
      .then(schedule);
  }

  // refresh takes the changed parts from the page as the server renders
  // it now. The status element itself stays, its text replaced: screen
  // readers announce a change only in a live region that was there.
  function refresh() {
    return fetch(location.href, { cache: "no-store" })
      .then(function (res) {
        return res.ok ? res.text() : null;
      })
      .then(function (html) {
        if (!html) {
          return;
        }
        var fresh = new DOMParser().parseFromString(html, "text/html").querySelector("main[data-code]");
        if (!fresh) {
          return;
        }
        main.className = fresh.className;
        main.dataset.status = fresh.dataset.status;
        var parts = [".sc-coupon-status", ".sc-coupon-help"];
        for (var i = 0; i < parts.length; i++) {
          var now = fresh.querySelector(parts[i]), shown = main.querySelector(parts[i]);
          if (now && shown) {
            shown.textContent = now.textContent;
          }
        }
        var qr = main.querySelector(".sc-coupon-qr");
        if (qr && !fresh.querySelector(".sc-coupon-qr")) {
          qr.remove(); // only an issued coupon can be scanned
        }
        keep();
      });
  }

  // keep asks the worker to store this page as it is now.
  function keep() {
    if (!("serviceWorker" in navigator)) {
      return;
    }
    navigator.serviceWorker.ready.then(function (reg) {
      reg.active.postMessage({ storecast: "keep-coupon", urls: [location.href] });
    });
  }

  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible" && !final()) {
      poll();
    } else {
      clearTimeout(timer);
    }
  });

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/phone-worker.js", { scope: "/c/" }).catch(function () {});
    if (!navigator.serviceWorker.controller) {
      keep(); // opened before the worker was there: it has no copy yet
    }
  }
  poll();
})();
