// Package coupon owns coupon codes: short, typable, unforgeable. A code is
// a random serial and an HMAC of it under the store's secret, in Crockford
// base32, grouped for reading aloud: SC-7KQ2-M9XD-4TZP. Any altered code
// fails the HMAC check before the database is asked.
package coupon
