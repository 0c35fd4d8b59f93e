package console

import (
	"reflect"
	"testing"

	"storecast/app/content"
)

func TestWeekLayout(t *testing.T) {
	type blk struct{ day, start, end int }
	short := func(bs []WeekBlock) []blk {
		var out []blk
		for _, b := range bs {
			out = append(out, blk{b.Day, b.Start, b.End})
		}
		return out
	}
	tests := []struct {
		name string
		s    content.Schedule
		want []blk
	}{
		{"all day, every day", content.Schedule{Start: "00:00", End: "00:00"},
			[]blk{{0, 0, 1440}, {1, 0, 1440}, {2, 0, 1440}, {3, 0, 1440}, {4, 0, 1440}, {5, 0, 1440}, {6, 0, 1440}}},
		{"lunch on weekdays", content.Schedule{Start: "11:30", End: "13:30", Weekdays: []int{1, 2, 3, 4, 5}},
			[]blk{{0, 690, 810}, {1, 690, 810}, {2, 690, 810}, {3, 690, 810}, {4, 690, 810}}},
		{"Friday night past midnight", content.Schedule{Start: "22:00", End: "02:00", Weekdays: []int{5}},
			[]blk{{4, 1320, 1440}, {5, 0, 120}}},
		{"Sunday night wraps to Monday", content.Schedule{Start: "23:00", End: "01:30", Weekdays: []int{0}},
			[]blk{{0, 0, 90}, {6, 1380, 1440}}},
		{"same time: a whole day from the start", content.Schedule{Start: "06:00", End: "06:00", Weekdays: []int{3}},
			[]blk{{2, 360, 1440}, {3, 0, 360}}},
		{"until midnight", content.Schedule{Start: "18:00", End: "24:00", Weekdays: []int{6}},
			[]blk{{5, 1080, 1440}}},
		{"bad time is left out", content.Schedule{Start: "25:00", End: "01:00"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WeekLayout([]content.Schedule{tt.s})
			if !reflect.DeepEqual(short(got), tt.want) {
				t.Errorf("WeekLayout = %v; want %v", short(got), tt.want)
			}
		})
	}
}

func TestWeekLayoutContinuedAndLanes(t *testing.T) {
	got := WeekLayout([]content.Schedule{
		{ID: "night", Start: "22:00", End: "02:00", Weekdays: []int{1}, Priority: 1},
		{ID: "morning", Start: "01:00", End: "09:00", Weekdays: []int{2}, Priority: 5},
		{ID: "lunch", Start: "11:00", End: "13:00", Weekdays: []int{2}},
	})
	want := []WeekBlock{
		{Day: 0, Start: 1320, End: 1440, Schedule: "night", Priority: 1, Lanes: 1},
		{Day: 1, Start: 0, End: 120, Schedule: "night", Priority: 1, Continued: true, Lanes: 2},
		{Day: 1, Start: 60, End: 540, Schedule: "morning", Priority: 5, Lane: 1, Lanes: 2},
		{Day: 1, Start: 660, End: 780, Schedule: "lunch", Lanes: 2},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("WeekLayout =\n%+v\nwant\n%+v", got, want)
	}
}

func TestHHMM(t *testing.T) {
	for m, want := range map[int]string{0: "00:00", 90: "01:30", 1439: "23:59", 1440: "24:00"} {
		if got := HHMM(m); got != want {
			t.Errorf("HHMM(%d) = %q; want %q", m, got, want)
		}
	}
}
