package console

import (
	"fmt"
	"slices"

	"storecast/app/content"
)

// WeekBlock is one stretch of a schedule's window on one day of the week
// view: a window past midnight is two blocks, the second on the next day.
type WeekBlock struct {
	Day        int    // column: 0 Monday … 6 Sunday
	Start, End int    // minutes after midnight; End up to 1440
	Schedule   string // the schedule's id
	Playlist   string // its playlist's id
	Priority   int
	Continued  bool // the tail of a window that started the day before
	Lane       int  // side by side with overlapping blocks of the day
	Lanes      int  // how many lanes the day needs
}

// weekColumn is the week view's column of a Go weekday (0 Sunday).
func weekColumn(weekday int) int { return (weekday + 6) % 7 }

// WeekLayout places every schedule's windows on a Monday-to-Sunday week,
// ignoring date ranges: a window runs on each of its weekdays (all seven
// when none), from start to end; one whose end is at or before its start
// runs past midnight into the next day (the same time: a whole day).
// Blocks come ordered by day, start, then priority (highest first).
func WeekLayout(ss []content.Schedule) []WeekBlock {
	var out []WeekBlock
	for _, s := range ss {
		start, ok1 := content.Minutes(s.Start)
		end, ok2 := content.Minutes(s.End)
		if !ok1 || !ok2 {
			continue
		}
		days := s.Weekdays
		if len(days) == 0 {
			days = []int{0, 1, 2, 3, 4, 5, 6}
		}
		seen := map[int]bool{}
		for _, d := range days {
			if d < 0 || d > 6 || seen[d] {
				continue
			}
			seen[d] = true
			b := WeekBlock{Day: weekColumn(d), Schedule: s.ID, Playlist: s.Playlist, Priority: s.Priority}
			if start < end {
				b.Start, b.End = start, end
				out = append(out, b)
				continue
			}
			if start < 1440 {
				b.Start, b.End = start, 1440
				out = append(out, b)
			}
			if end > 0 {
				t := b
				t.Day, t.Start, t.End, t.Continued = (b.Day+1)%7, 0, end, true
				out = append(out, t)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b WeekBlock) int {
		if a.Day != b.Day {
			return a.Day - b.Day
		}
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return b.Priority - a.Priority
	})
	weekLanes(out)
	return out
}

// weekLanes puts overlapping blocks of a day side by side: each takes the first
// lane free at its start; every block of the day gets the day's lane count.
func weekLanes(bs []WeekBlock) {
	for i := 0; i < len(bs); {
		j := i
		for j < len(bs) && bs[j].Day == bs[i].Day {
			j++
		}
		var ends []int // per lane, when it frees up
		for k := i; k < j; k++ {
			lane := slices.IndexFunc(ends, func(e int) bool { return e <= bs[k].Start })
			if lane < 0 {
				lane = len(ends)
				ends = append(ends, 0)
			}
			ends[lane] = bs[k].End
			bs[k].Lane = lane
		}
		for k := i; k < j; k++ {
			bs[k].Lanes = len(ends)
		}
		i = j
	}
}

// HHMM writes minutes after midnight as HH:MM (1440 as 24:00).
func HHMM(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }
