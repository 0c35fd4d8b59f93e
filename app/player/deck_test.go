package player

import (
	"slices"
	"testing"
	"time"

	"storecast/app/content"
)

func TestDeckPlaysInOrderForEachDuration(t *testing.T) {
	pl := content.Playlist{ID: "a", Layout: content.LayoutFull, Slides: []content.Slide{
		image("s1", "/media/1.png", 5), text("s2", "Hello", 3), {ID: "s3", Kind: content.SlideClock, Seconds: 2},
	}}
	s := newSim(t, snapshot(pl), at(t, "10:00:00"), content.LocaleEn)
	s.run(at(t, "10:00:21"), 100*time.Millisecond)
	want := []string{
		"a/s1@10:00:00+5s", "a/s2@10:00:05+3s", "a/s3@10:00:08+2s",
		"a/s1@10:00:10+5s", "a/s2@10:00:15+3s", "a/s3@10:00:18+2s",
	}
	if got := s.played(shanghai); !slices.Equal(got, want) {
		t.Fatalf("played %q;\nwant %q", got, want)
	}
}

// Ticks that come late (a busy browser) do not push the schedule back.
func TestDeckKeepsTimeWhenTicksAreLate(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{text("s1", "One", 2), text("s2", "Two", 3)}}
	s := newSim(t, snapshot(pl), at(t, "10:00:00"), content.LocaleEn)
	s.run(at(t, "10:00:11"), 70*time.Millisecond)
	want := []string{"a/s1@10:00:00+2s", "a/s2@10:00:02+3s", "a/s1@10:00:05+2s", "a/s2@10:00:07+3s"}
	if got := s.played(shanghai); !slices.Equal(got, want) {
		t.Fatalf("played %q;\nwant %q", got, want)
	}
}

func TestDeckSkipsWhatCannotPlay(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{
		{ID: "gone", Kind: content.SlidePromotion, Promotion: "nope", Seconds: 4},
		{ID: "milk", Kind: content.SlidePromotion, Promotion: "p1", Seconds: 4},
		{ID: "soldout", Kind: content.SlideCoupon, Campaign: "c2", Seconds: 4},
		{ID: "coupon", Kind: content.SlideCoupon, Campaign: "c1", Seconds: 4},
		image("broken", "/media/broken.png", 4),
		text("notext", "", 4),
	}}
	s := newSim(t, snapshot(pl), at(t, "10:00:00"), content.LocaleEn)
	s.broken["/media/broken.png"] = true
	s.run(at(t, "10:00:17"), 250*time.Millisecond)
	want := []string{"a/milk@10:00:00+4s", "a/coupon@10:00:04+4s", "a/milk@10:00:08+4s", "a/coupon@10:00:12+4s"}
	if got := s.played(shanghai); !slices.Equal(got, want) {
		t.Fatalf("played %q;\nwant %q", got, want)
	}
	// The broken image was tried once and then left alone for FailedFor.
	if len(s.failed) != 1 || s.failed[0].Slide.ID != "broken" {
		t.Fatalf("failed = %+v; want the broken image once", s.failed)
	}
	s.run(at(t, "10:05:10"), time.Second)
	if len(s.failed) != 2 {
		t.Fatalf("after %v the broken image failed %d times; want it tried again once", FailedFor, len(s.failed))
	}
}

func TestDeckFallsBackWhenNothingPlays(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{image("x", "/media/x.png", 4), image("y", "/media/y.png", 4)}}
	snap := snapshot(pl)
	s := newSim(t, snap, at(t, "10:00:00"), content.LocaleEn)
	s.broken["/media/x.png"], s.broken["/media/y.png"] = true, true
	// The first slide went on screen unreadied (it is what the page was
	// drawn with); it breaks while playing.
	s.d.Over(s.d.Cur.Key(), true, s.w.Now)
	s.run(at(t, "10:00:10"), 250*time.Millisecond)
	if !s.d.Cur.Fallback {
		t.Fatalf("with every slide broken the deck shows %q; want the fallback", s.d.Cur.Key())
	}
	// The media comes back after FailedFor: the playlist plays again.
	delete(s.broken, "/media/x.png")
	delete(s.broken, "/media/y.png")
	s.run(at(t, "10:05:01"), time.Second)
	if s.d.Cur.Fallback {
		t.Fatal("the media works again but the deck stays on the fallback")
	}

	// No signage at all (an old server): the fallback.
	d := &Deck{Player: New(content.LocaleEn)}
	if e := d.Start(World{Snapshot: &content.Snapshot{}, Now: at(t, "10:00:00")}); !e.Fallback {
		t.Fatalf("without signage data the deck starts with %q; want the fallback", e.Key())
	}
}

// The schedule switches at 11:30:00 sharp, cutting the slide that would
// run past it, with the new playlist's first slide readied a minute ahead.
func TestDeckSwitchesAtTheMinute(t *testing.T) {
	a := content.Playlist{ID: "a", Slides: []content.Slide{text("a1", "A1", 8), text("a2", "A2", 8)}}
	b := content.Playlist{ID: "b", Slides: []content.Slide{text("b1", "B1", 20), text("b2", "B2", 20)}}
	snap := snapshot(a, b)
	snap.Signage.Schedules = []content.Schedule{{ID: "lunch", Playlist: "b", Start: "11:30", End: "11:31", Priority: 1}}
	s := newSim(t, snap, at(t, "11:29:55"), content.LocaleEn)
	var readiedAt time.Time
	for s.w.Now.Before(at(t, "11:31:10")) {
		s.w.Now = s.w.Now.Add(100 * time.Millisecond)
		s.step()
		if readiedAt.IsZero() && s.d.Next.Playlist == "b" {
			readiedAt = s.w.Now
		}
	}
	want := []string{"a/a1@11:29:55+5s", "b/b1@11:30:00+20s", "b/b2@11:30:20+20s", "b/b1@11:30:40+20s", "a/a1@11:31:00+8s"}
	if got := s.played(shanghai); !slices.Equal(got, want) {
		t.Fatalf("played %q;\nwant %q", got, want)
	}
	if readiedAt.IsZero() || !readiedAt.Before(at(t, "11:30:00")) {
		t.Fatalf("b's first slide was readied at %v; want before 11:30:00", readiedAt)
	}
}

func TestDeckLeavesASlideThatEnds(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{
		{ID: "milk", Kind: content.SlidePromotion, Promotion: "p1", Seconds: 10},
		{ID: "tea", Kind: content.SlidePromotion, Promotion: "p2", Seconds: 10},
	}}
	snap := snapshot(pl)
	s := newSim(t, snap, at(t, "10:00:00"), content.LocaleEn)
	s.run(at(t, "10:00:03"), 100*time.Millisecond)
	snap.Promotions = snap.Promotions[1:] // p1 deleted while on screen
	s.run(at(t, "10:00:04"), 100*time.Millisecond)
	if got := s.played(shanghai); !slices.Equal(got, []string{"a/milk@10:00:00+3.1s"}) {
		t.Fatalf("played %q; want milk to leave as soon as its promotion went", got)
	}
}

func TestDeckVideoPlaysToItsEnd(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{
		{ID: "v", Kind: content.SlideVideo, Media: "/media/v.webm"}, text("t", "T", 5),
	}}
	s := newSim(t, snapshot(pl), at(t, "10:00:00"), content.LocaleEn)
	s.run(at(t, "10:10:00"), time.Second)
	if len(s.shows) != 0 {
		t.Fatalf("a video to be played to its end left after %v", s.shows[0].End.Sub(s.shows[0].Start))
	}
	s.d.Over(s.d.Cur.Key(), false, s.w.Now)
	s.step()
	if len(s.shows) != 1 || s.d.Cur.Slide.ID != "t" {
		t.Fatalf("after the video ended the deck shows %q", s.d.Cur.Key())
	}
	// A limit set from the video's length ends it if "ended" never comes.
	s.run(at(t, "10:10:03"), time.Second)
	s.d.LimitEnd(s.d.Cur.Key(), s.w.Now.Add(7*time.Second)) // not a video: ignored
	s.run(at(t, "10:10:06"), time.Second)
	if s.d.Cur.Slide.ID != "v" {
		t.Fatalf("deck shows %q; want the video again", s.d.Cur.Key())
	}
	s.d.LimitEnd(s.d.Cur.Key(), s.w.Now.Add(30*time.Second))
	s.run(at(t, "10:10:37"), time.Second)
	if s.d.Cur.Slide.ID != "t" {
		t.Fatalf("deck shows %q 31 s into a video limited to 30 s; want the next slide", s.d.Cur.Key())
	}
}

func TestDeckPausesForAnOverride(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{text("t1", "One", 5), text("t2", "Two", 5)}}
	s := newSim(t, snapshot(pl), at(t, "10:00:00"), content.LocaleEn)
	s.run(at(t, "10:00:02"), time.Second)
	played, ok := s.d.Pause(s.w.Now)
	if !ok || played.Slide.ID != "t1" || played.End.Sub(played.Start) != 2*time.Second {
		t.Fatalf("Pause = %+v, %v; want t1 after 2 s", played, ok)
	}
	s.run(at(t, "10:01:00"), time.Second)
	if len(s.shows) != 0 || s.d.Cur.Slide.ID != "t1" {
		t.Fatalf("a paused deck moved on: %q", s.played(shanghai))
	}
	s.d.Resume(s.w.Now)
	s.run(at(t, "10:01:06"), time.Second)
	if got := s.played(shanghai); !slices.Equal(got, []string{"a/t1@10:01:00+5s"}) {
		t.Fatalf("after resuming played %q; want t1 again from the start", got)
	}
}

func TestDeckRotatesLanguages(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{text("t1", "One", 1), text("t2", "Two", 1)}}
	s := newSim(t, snapshot(pl), at(t, "10:00:00"), Rotate)
	s.run(at(t, "10:00:04"), 100*time.Millisecond)
	var got []string
	for _, sh := range s.shows {
		got = append(got, sh.Locale)
	}
	want := []string{content.LocaleZhHans, content.LocaleZhHant, content.LocaleEn, content.LocaleZhHans}
	if !slices.Equal(got, want) {
		t.Fatalf("locales %q; want %q", got, want)
	}
}

// A slide edited while it waits behind the one on screen is drawn again.
func TestDeckRedrawsAnEditedNextSlide(t *testing.T) {
	pl := content.Playlist{ID: "a", Slides: []content.Slide{text("t1", "One", 5), text("t2", "Two", 5)}}
	snap := snapshot(pl)
	s := newSim(t, snap, at(t, "10:00:00"), content.LocaleEn)
	if s.d.Next.Slide.Text["en"] != "Two" {
		t.Fatalf("readied %+v; want t2", s.d.Next)
	}
	edited := pl
	edited.Slides = []content.Slide{text("t1", "One", 5), text("t2", "Deux", 5)}
	snap.Signage.Playlists = []content.Playlist{edited}
	s.w.Now = s.w.Now.Add(time.Second)
	if st := s.d.Step(s.w); st.Prepare == nil || st.Prepare.Slide.Text["en"] != "Deux" {
		t.Fatalf("Step after the edit = %+v; want t2 readied again with its new text", st)
	}
}
