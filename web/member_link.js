// The phone's half of linking a kiosk without a scanner (server/phone
// renders the page a kiosk's QR code opens, every word in the phone's
// language). With the member card this phone keeps (web/member.js stores
// it), a tap on "Link" posts the card to confirm the kiosk's link; the
// server gives the kiosk the member's code, never the card. A phone with
// no card is sent to join first.
(function () {
  "use strict";
  var main = document.querySelector("main.sc-link");
  var d = main.dataset;
  var confirmBox = main.querySelector(".sc-link-confirm");
  var button = main.querySelector(".sc-link-button");
  var status = main.querySelector("[role=status]");
  var alert = main.querySelector("[role=alert]");
  var card = "";
  try {
    card = localStorage.getItem("storecast.points.card") || "";
  } catch (e) {} // storage refused: as a phone with no card

  function say(text) {
    status.textContent = text;
    alert.textContent = "";
  }

  function warn(text) {
    status.textContent = "";
    alert.textContent = text;
  }

  function joinFirst() {
    confirmBox.hidden = true;
    main.querySelector(".sc-link-join").hidden = false;
  }

  if (!card) {
    joinFirst();
    return;
  }
  confirmBox.hidden = false;

  button.addEventListener("click", function () {
    button.disabled = true;
    say(d.working);
    fetch("/api/v1/points/card/links/" + encodeURIComponent(d.id), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ card: card }),
      cache: "no-store",
    })
      .then(function (res) {
        if (res.ok) {
          confirmBox.hidden = true;
          say(d.linked);
        } else if (res.status === 422) {
          say("");
          joinFirst(); // the card is no member's any more
        } else if (res.status === 404 || res.status === 410) {
          confirmBox.hidden = true;
          warn(d.gone);
        } else {
          button.disabled = false;
          warn(d.failed);
        }
      })
      .catch(function () {
        button.disabled = false;
        warn(d.failed);
      });
  });
})();
