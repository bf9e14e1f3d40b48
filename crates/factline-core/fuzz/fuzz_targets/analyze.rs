//! Feeds arbitrary text to `analyze` and checks the output's invariants: no
//! panic, every span on char boundaries and equal to its text, every id that
//! a statement or figure references defined.

#![no_main]

use factline_core::{analyze, Day};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for published in [None, Day::new(2023, 12, 28)] {
        let analysis = analyze(text, published);
        let span_ok = |t: &str, start: usize, end: usize| text.get(start..end) == Some(t);
        for s in &analysis.statements {
            assert!(span_ok(&s.text, s.start, s.end));
            if let Some(m) = &s.mention {
                assert!(span_ok(&m.text, m.start, m.end));
            }
            if let Some(p) = &s.speaker {
                assert!(analysis.speakers.iter().any(|x| &x.id == p));
            }
            if let Some(t) = &s.time {
                assert!(analysis.times.iter().any(|x| &x.id == t));
            }
            for f in &s.figures {
                assert!(analysis.figures.iter().any(|x| &x.id == f));
            }
        }
        for f in &analysis.figures {
            assert!(span_ok(&f.text, f.start, f.end) && f.value.is_finite());
            if let Some(t) = &f.period {
                assert!(analysis.times.iter().any(|x| &x.id == t));
            }
        }
        for t in &analysis.times {
            assert!(span_ok(&t.text, t.start, t.end));
        }
    }
});
