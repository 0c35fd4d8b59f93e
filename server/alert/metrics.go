package alert

import (
	"github.com/prometheus/client_golang/prometheus"

	"storecast/app/rest"
)

// Metrics counts alerts and their deliveries.
//
//   - storecast_alerts_fired_total{rule}: alerts that began to hold while
//     the store was open;
//   - storecast_alert_deliveries_total{kind, outcome}: delivery attempts
//     by webhook kind and outcome: delivered, retrying (this attempt
//     failed, another follows), failed (the last attempt failed, or the
//     receiver refused it for good), dropped (the queue was full).
type Metrics struct {
	fired      *prometheus.CounterVec
	deliveries *prometheus.CounterVec
}

// Outcome of a delivery the log never sees: the queue was full.
const outcomeDropped = "dropped"

// NewMetrics declares the alert metrics on reg (none if reg is nil).
func NewMetrics(reg prometheus.Registerer) *Metrics {
	m := &Metrics{
		fired: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_alerts_fired_total",
			Help: "Alerts that began to hold while the store was open, by rule.",
		}, []string{"rule"}),
		deliveries: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "storecast_alert_deliveries_total",
			Help: "Alert delivery attempts by webhook kind and outcome: delivered, retrying, failed, dropped.",
		}, []string{"kind", "outcome"}),
	}
	for _, r := range []string{rest.RuleScreenOffline, rest.RuleScreenHealth, rest.RuleStaffCall, rest.RuleCouponStock, rest.RuleDisk, rest.RulePriceParity} {
		m.fired.WithLabelValues(r)
	}
	for _, k := range []string{rest.WebhookGeneric, rest.WebhookWeCom, rest.WebhookDingTalk} {
		for _, o := range []string{rest.DeliveryDelivered, rest.DeliveryRetrying, rest.DeliveryFailed, outcomeDropped} {
			m.deliveries.WithLabelValues(k, o)
		}
	}
	if reg != nil {
		reg.MustRegister(m.fired, m.deliveries)
	}
	return m
}
