// Package a11y holds what makes a screen usable without sight or touch:
// speech through the browser's speechSynthesis with a voice that matches
// the screen's language, and keyboard focus that moves with arrow keys so a
// tactile keypad works. The choices (which voice, where focus goes, how a
// code is read out) are pure functions, tested on their own; the browser
// parts are thin.
package a11y
