//! What checking that the engine stays linear needs, shared by the
//! robustness test and the doubling benchmark (`examples/doubling.rs`): texts
//! of the shapes that once made its time grow with the square of its input,
//! each from a deterministic generator, and a clock of CPU time.

use std::time::Duration;

/// A xorshift64 generator: a few lines, no dependency, and the same sequence
/// for the same seed on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        let at = self.next() % items.len() as u64;
        items[at as usize]
    }

    /// An invented capitalised word of `syllables` syllables, such as "Taskel".
    fn invented_word(&mut self, syllables: usize) -> String {
        const SYLLABLES: &[&str] = &[
            "ka", "lo", "mi", "ren", "tas", "vo", "qu", "er", "ty", "bal", "nor", "sif", "dun",
            "pel", "gra", "wib", "zo", "hem", "fa", "jut",
        ];
        let word: String = (0..syllables).map(|_| self.pick(SYLLABLES)).collect();
        let mut chars = word.chars();
        chars.next().map_or(String::new(), |first| {
            first.to_uppercase().chain(chars).collect()
        })
    }

    /// An invented full name, such as "Kalo Taskelmi".
    fn invented_name(&mut self) -> String {
        format!("{} {}", self.invented_word(2), self.invented_word(3))
    }
}

/// Repeats `piece` until the text has at least `bytes` bytes.
fn repeat(bytes: usize, mut piece: impl FnMut() -> String) -> String {
    let mut text = String::with_capacity(bytes + 256);
    while text.len() < bytes {
        text.push_str(&piece());
    }
    text
}

/// `"x," said Ann Qwerty.` over and over, each time with another invented name.
pub fn distinct_speakers(bytes: usize) -> String {
    let mut rng = Rng(0x5eed_0001);
    repeat(bytes, || format!("\"x,\" said {}. ", rng.invented_name()))
}

/// People named once and then referred to by a pronoun or a role noun, each
/// time others: "Mayor Kalo Taskel left. “x,” he said. “y,” the mayor said."
/// with an anonymous source and an agency as well.
pub fn referred_people(bytes: usize) -> String {
    let mut rng = Rng(0x5eed_0004);
    repeat(bytes, || {
        let mayor = rng.invented_name();
        let speaker = rng.invented_name();
        let agency = rng.invented_word(3);
        format!(
            "Mayor {mayor} left. “x,” he said. “y,” the mayor said. One official said it \
             was late. “z,” said {speaker} of the {agency} Agency. “w,” the agency said. \
             “v,” the official said.\n\n"
        )
    })
}

/// Words of reported speech in random order with no sentence end: no final
/// punctuation and no paragraph break, so the whole text is one sentence.
/// Besides the cues they hold no verb, so nothing ends early a scan for the
/// sentence's verb.
pub fn run_on(bytes: usize) -> String {
    const WORDS: &[&str] = &[
        "the",
        "mayor",
        "said",
        "plan",
        "would",
        "cost",
        "and",
        "that",
        "city",
        "council",
        "officials",
        "told",
        "reporters",
        "he",
        "she",
        "according to",
        "saying",
        ",",
        "Harbor",
        "Jane",
        "Doe",
        "who",
        "12,500",
        "percent",
        "more",
        "than",
    ];
    let mut rng = Rng(0x5eed_0002);
    repeat(bytes, || format!("{} ", rng.pick(WORDS)))
}

/// Quotation marks straight and curly, apostrophes, spaces and "said" in a
/// random mix.
pub fn mark_soup(bytes: usize) -> String {
    const PIECES: &[&str] = &["\"", "“", "”", "‘", "’", "'", " ", "said"];
    let mut rng = Rng(0x5eed_0003);
    repeat(bytes, || rng.pick(PIECES).to_string())
}

/// Analyses `text`, published on 28 December 2023, and the CPU time that
/// took. The clock stops when `analyze` returns: freeing the analysis is its
/// caller's work, done when the caller is through with it.
pub fn timed_analysis(text: &str) -> (Duration, factline_core::Analysis) {
    let started = cpu_time();
    let analysis = std::hint::black_box(factline_core::analyze(
        text,
        factline_core::Day::new(2023, 12, 28),
    ));
    (cpu_time().saturating_sub(started), analysis)
}

/// The CPU time this thread has used. Unlike the wall clock it does not count
/// the time other work on a busy machine, or another test, holds the CPU,
/// which would read as slowness or growth where there is none.
#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
pub fn cpu_time() -> Duration {
    #[repr(C)]
    struct Timespec {
        seconds: i64,
        nanoseconds: i64,
    }
    extern "C" {
        fn clock_gettime(clock: i32, time: *mut Timespec) -> i32;
    }
    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;
    let mut time = Timespec {
        seconds: 0,
        nanoseconds: 0,
    };
    // SAFETY: clock_gettime writes one timespec, of this layout on 64-bit
    // Linux, to the pointer it is given and keeps nothing.
    unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut time) };
    Duration::new(
        u64::try_from(time.seconds).unwrap_or(0),
        u32::try_from(time.nanoseconds).unwrap_or(0),
    )
}

/// Elsewhere, the wall clock since the first call.
#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
pub fn cpu_time() -> Duration {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed()
}
