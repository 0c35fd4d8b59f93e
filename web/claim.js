// The claim page on a shopper's phone (server/phone renders it, every
// word in the phone's language): it claims a coupon of the campaign for
// this phone and goes on to the coupon's page, or says why there is none.
// The phone is known only by a random install id kept in its own storage;
// nothing about the shopper is asked for.
(function () {
  "use strict";
  var main = document.querySelector("main[data-campaign]");
  if (!main) {
    return; // the link names no campaign: the page already says so
  }
  var d = main.dataset;
  var status = main.querySelector("[role=status]");
  var alert = main.querySelector("[role=alert]");
  var working = status.textContent;
  var installKey = "storecast.install";
  var claimedKey = "storecast.claimed." + d.campaign;

  function store(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch (e) {} // private browsing: storage may refuse
  }

  function stored(key) {
    try {
      return localStorage.getItem(key) || "";
    } catch (e) {
      return "";
    }
  }

  // installID is this phone's id, made once: 16 random bytes, base64url.
  function installID() {
    var id = stored(installKey);
    if (id.length >= 16) {
      return id;
    }
    var b = crypto.getRandomValues(new Uint8Array(16));
    id = btoa(String.fromCharCode.apply(null, b)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    store(installKey, id);
    return id;
  }

  // show opens the coupon's own page in place of this one: going back
  // must not claim again.
  function show(code) {
    location.replace("/c/" + encodeURIComponent(code) + "?lang=" + encodeURIComponent(d.lang));
  }

  function refuse(why, retry) {
    status.textContent = "";
    alert.textContent = why;
    var button = main.querySelector(".sc-claim-retry");
    if (retry && !button) {
      button = document.createElement("button");
      button.type = "button";
      button.className = "sc-claim-retry";
      button.textContent = d.retry;
      button.addEventListener("click", claim);
      main.appendChild(button);
    } else if (!retry && button) {
      button.remove();
    }
  }

  function answered(res, body) {
    var err = (body && body.error) || {};
    if (res.status === 201 && body.coupon && body.coupon.code) {
      store(claimedKey, body.coupon.code);
      show(body.coupon.code);
    } else if (err.code === "device_limit") {
      var code = stored(claimedKey);
      if (code) {
        show(code); // this phone's coupon, scanned again
      } else {
        refuse(d.limit, false);
      }
    } else if (err.code === "sold_out") {
      refuse(d.soldOut, false);
    } else if (err.code === "ended") {
      refuse(d.ended, false);
    } else if (err.code === "invalid" && err.field === "campaign") {
      refuse(d.unknown, false);
    } else if (res.status === 429) {
      refuse(d.busy, true);
    } else if (res.status >= 500) {
      refuse(d.failed, true);
    } else {
      refuse(d.notNow, false);
    }
  }

  function claim() {
    status.textContent = working;
    alert.textContent = "";
    fetch("/api/v1/kiosk/claims", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ campaign: d.campaign, install: installID() }),
    })
      .then(function (res) {
        return res.json().catch(function () {
          return null;
        }).then(function (body) {
          answered(res, body);
        });
      })
      .catch(function () {
        refuse(d.failed, true);
      });
  }

  // The coupon page's worker, installed while the claim is on its way, so
  // that page is kept for offline use from its first open.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/phone-worker.js", { scope: "/c/" }).catch(function () {});
  }
  claim();
})();
