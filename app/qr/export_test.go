package qr

// EncodeMask lets the tests, which read symbols back with qrtest (and so
// are outside this package), encode with a chosen mask.
var EncodeMask = encodeMask
