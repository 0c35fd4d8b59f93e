package fleet

import (
	"slices"

	"github.com/prometheus/client_golang/prometheus"

	"storecast/app/content"
)

// maxGroupLabels caps the groups the screens gauge names: groups are a
// small set staff make, but nothing stops a store from making hundreds,
// and each is a series per kind.
const maxGroupLabels = 20

// The screens online, counted from the hub's connections when scraped:
//
//   - storecast_screens_connected{kind}: screens following the store's
//     feed, each once;
//   - storecast_screens_in_group{kind, group}: the same screens by group.
//     A screen counts once in each of its groups (so the groups may add
//     up to more than the screens), one in no group under "(none)", one
//     not paired (allowed without --require-pairing) under "(unpaired)",
//     groups beyond the first maxGroupLabels, in name order, under
//     "(other)";
//   - storecast_screens_waiting{kind}: screens showing a pairing code, or
//     taking their token from an enrolment link.
//
// kind is kiosk, signage or "other".
var (
	screensConnected = prometheus.NewDesc("storecast_screens_connected",
		"Screens following the store's feed, by kind.", []string{"kind"}, nil)
	screensInGroup = prometheus.NewDesc("storecast_screens_in_group",
		"Screens following the store's feed, by kind and group (a screen counts in each of its groups).",
		[]string{"kind", "group"}, nil)
	screensWaiting = prometheus.NewDesc("storecast_screens_waiting",
		"Screens waiting to be paired or enrolled, by kind.", []string{"kind"}, nil)
)

// Group labels that are not a staff group; the parentheses keep them from
// meeting a real group's name.
const (
	groupNone     = "(none)"
	groupUnpaired = "(unpaired)"
	groupOther    = "(other)"
)

// Collector returns the collector of the screens online. It reads the
// hub's connections, not the database, so it answers while the store is
// overloaded.
func (f *Fleet) Collector() prometheus.Collector { return screensCollector{f} }

type screensCollector struct{ f *Fleet }

func (c screensCollector) Describe(ch chan<- *prometheus.Desc) {
	ch <- screensConnected
	ch <- screensInGroup
	ch <- screensWaiting
}

type kindGroup struct{ kind, group string }

func (c screensCollector) Collect(ch chan<- prometheus.Metric) {
	if c.f.Hub == nil {
		return
	}
	connected, waiting := map[string]int{}, map[string]int{}
	inGroup := map[kindGroup]int{}
	for _, conn := range c.f.Hub.Connections() {
		s := conn.Screen
		kind := kindLabel(s.Kind)
		if s.Parked {
			waiting[kind]++
			continue
		}
		connected[kind]++
		switch {
		case s.ID == "":
			inGroup[kindGroup{kind, groupUnpaired}]++
		case len(s.Groups) == 0:
			inGroup[kindGroup{kind, groupNone}]++
		default:
			for _, g := range s.Groups {
				inGroup[kindGroup{kind, g}]++
			}
		}
	}
	capGroups(inGroup)
	for k, n := range inGroup {
		ch <- prometheus.MustNewConstMetric(screensInGroup, prometheus.GaugeValue, float64(n), k.kind, k.group)
	}
	for kind, n := range connected {
		ch <- prometheus.MustNewConstMetric(screensConnected, prometheus.GaugeValue, float64(n), kind)
	}
	for kind, n := range waiting {
		ch <- prometheus.MustNewConstMetric(screensWaiting, prometheus.GaugeValue, float64(n), kind)
	}
}

// capGroups folds every staff group after the first maxGroupLabels, in
// name order, into "(other)".
func capGroups(counts map[kindGroup]int) {
	var groups []string
	for k := range counts {
		if k.group != groupNone && k.group != groupUnpaired {
			groups = append(groups, k.group)
		}
	}
	slices.Sort(groups)
	groups = slices.Compact(groups)
	if len(groups) <= maxGroupLabels {
		return
	}
	for _, g := range groups[maxGroupLabels:] {
		for _, kind := range []string{content.KindKiosk, content.KindSignage, "other"} {
			k := kindGroup{kind, g}
			if n, ok := counts[k]; ok {
				counts[kindGroup{kind, groupOther}] += n
				delete(counts, k)
			}
		}
	}
}

// kindLabel keeps the kind label to the kinds a hello may name.
func kindLabel(kind string) string {
	switch kind {
	case content.KindKiosk, content.KindSignage:
		return kind
	}
	return "other"
}
