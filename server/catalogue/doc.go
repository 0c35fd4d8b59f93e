// Package catalogue is the catalogue feed: POS and ERP systems send
// products with their prices, stock and channel prices, as a batch over
// the API (POST /api/v1/catalogue/batches) or as a file in a drop folder
// (serve --catalogue-drop DIR), and both go through Feed.Apply with the
// same rules.
//
// A batch is checked whole with the product file's rules (server/product)
// and stored in one transaction only when every row is good; a bad batch
// changes nothing and names every bad row. A batch may carry an
// idempotency key: a repeat of the same body under the key gets the first
// answer again and changes nothing; another body under a used key is a
// conflict. Batches are applied one at a time, so two copies of one batch
// sent at once cannot both run. The key's answer is kept after the batch's
// transaction commits: a process killed between the two applies the batch
// again when it is retried, which changes nothing, since applying a batch
// twice leaves the store as applying it once.
//
// The package also counts what the feed does and how many products'
// prices differ between channels (Metrics), for /metrics and the alert
// rule on price parity.
package catalogue
