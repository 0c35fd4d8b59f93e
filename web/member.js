// The member's card on a shopper's phone (server/phone renders the page,
// every word in the phone's language). The phone keeps one secret, the
// card the ledger gave it when the shopper joined, in its own storage;
// with it the script asks for the member code of the moment (it changes
// every 30 seconds), shows it as a QR code with the balance, and offers
// the history, a copy of everything stored and deleting the membership.
// Without a network it says so and shows no code: an old one would be
// refused at the till.
(function () {
  "use strict";
  var main = document.querySelector("main.sc-member");
  var d = main.dataset;
  var join = main.querySelector(".sc-member-join");
  var card = main.querySelector(".sc-member-card");
  var qr = main.querySelector(".sc-member-qr");
  var codeText = main.querySelector(".sc-member-code");
  var points = main.querySelector(".sc-member-points");
  var entries = main.querySelector(".sc-member-entries");
  var entriesButton = main.querySelector(".sc-member-entries-button");
  var confirmBox = main.querySelector(".sc-member-confirm");
  var status = main.querySelector("[role=status]");
  var alert = main.querySelector("[role=alert]");
  var cardKey = "storecast.points.card";
  var timer = 0;

  function stored() {
    try {
      return localStorage.getItem(cardKey) || "";
    } catch (e) {
      return "";
    }
  }

  function keep(value) {
    try {
      if (value) {
        localStorage.setItem(cardKey, value);
      } else {
        localStorage.removeItem(cardKey);
      }
    } catch (e) {} // private browsing: the card lasts this visit
  }

  function say(text) {
    status.textContent = text || "";
    alert.textContent = "";
  }

  function warn(text) {
    status.textContent = "";
    alert.textContent = text;
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  }

  function showJoin() {
    clearTimeout(timer);
    card.hidden = true;
    join.hidden = false;
  }

  // noCode hides the code: an old one must not be shown as valid.
  function noCode(why) {
    qr.hidden = true;
    codeText.hidden = true;
    qr.removeAttribute("src");
    warn(why);
  }

  // refresh asks for the code of the moment and shows it until it ends.
  function refresh() {
    clearTimeout(timer);
    var c = stored();
    if (!c) {
      showJoin();
      return;
    }
    join.hidden = true;
    card.hidden = false;
    post("/api/v1/points/card/code", { card: c })
      .then(function (res) {
        if (res.status === 404) {
          keep("");
          showJoin();
          warn(d.lost);
          return null;
        }
        if (!res.ok) {
          throw new Error(String(res.status));
        }
        return res.json();
      })
      .then(function (code) {
        if (!code) {
          return;
        }
        say("");
        qr.src = "/api/v1/points/codes/" + encodeURIComponent(code.code) + "/qr.png";
        qr.hidden = false;
        codeText.textContent = code.code;
        codeText.hidden = false;
        points.textContent = String(code.balance);
        var left = new Date(code.code_expires_at).getTime() - Date.now();
        timer = setTimeout(refresh, Math.min(Math.max(left, 1000), 30000));
      })
      .catch(function () {
        noCode(navigator.onLine === false ? d.offline : d.failed);
        timer = setTimeout(refresh, 5000);
      });
  }

  main.querySelector(".sc-member-join-button").addEventListener("click", function () {
    say(d.working);
    post("/api/v1/points/join", { consent_version: Number(d.version), consent_locale: d.lang })
      .then(function (res) {
        return res.json().catch(function () {
          return null;
        }).then(function (body) {
          if (res.status === 201 && body && body.card) {
            keep(body.card);
            refresh();
          } else if (res.status === 429) {
            warn(d.busy);
          } else {
            warn(d.failed);
          }
        });
      })
      .catch(function () {
        warn(navigator.onLine === false ? d.offline : d.failed);
      });
  });

  var kinds = { earn: d.earn, spend: d.spend, expire: d.expire, reverse: d.reverse };
  var when = new Intl.DateTimeFormat(d.lang, { dateStyle: "medium", timeStyle: "short", timeZone: d.zone });

  entriesButton.addEventListener("click", function () {
    if (!entries.hidden) {
      entries.hidden = true;
      entriesButton.setAttribute("aria-expanded", "false");
      return;
    }
    post("/api/v1/points/card/entries", { card: stored() })
      .then(function (res) {
        if (!res.ok) {
          throw new Error(String(res.status));
        }
        return res.json();
      })
      .then(function (hist) {
        entries.textContent = "";
        (hist.entries || []).forEach(function (e) {
          var li = document.createElement("li");
          li.textContent = when.format(new Date(e.at)) + " · " + (kinds[e.kind] || e.kind) + " " + (e.points > 0 ? "+" : "") + e.points;
          entries.appendChild(li);
        });
        if (!entries.firstChild) {
          var none = document.createElement("li");
          none.textContent = d.noEntries;
          entries.appendChild(none);
        }
        entries.hidden = false;
        entriesButton.setAttribute("aria-expanded", "true");
      })
      .catch(function () {
        warn(d.failed);
      });
  });

  main.querySelector(".sc-member-export").addEventListener("click", function () {
    post("/api/v1/points/card/export?format=csv", { card: stored() })
      .then(function (res) {
        if (!res.ok) {
          throw new Error(String(res.status));
        }
        return res.blob();
      })
      .then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "points.csv";
        document.body.appendChild(a);
        a.click();
        a.remove();
        setTimeout(function () { URL.revokeObjectURL(a.href); }, 10000);
      })
      .catch(function () {
        warn(d.failed);
      });
  });

  main.querySelector(".sc-member-delete").addEventListener("click", function () {
    confirmBox.hidden = false;
    confirmBox.querySelector("button").focus();
  });

  main.querySelector(".sc-member-delete-yes").addEventListener("click", function () {
    post("/api/v1/points/card/delete", { card: stored() })
      .then(function (res) {
        if (res.status !== 204 && res.status !== 404) {
          throw new Error(String(res.status));
        }
        keep("");
        confirmBox.hidden = true;
        showJoin();
        say(d.deleted);
      })
      .catch(function () {
        warn(d.failed);
      });
  });

  // The phone's worker keeps this page for a visit without a network.
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/phone-worker.js", { scope: "/m" }).catch(function () {});
  }
  refresh();
})();
