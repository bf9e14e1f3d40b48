//! Made-up news text for the engine's benchmarks: invented paragraphs that
//! exercise every stage (quotes, reported speech, figures, dates) mixed with
//! plain narrative as real reports have it. `benches/extract.rs` and
//! `examples/doubling.rs` share them.

pub const PARAGRAPHS: &[&str] = &[
    "Harbor City mayor Jane Doe said on December 27 that the shelters were nearly out of room.",
    "“We have reached a point where we cannot take more people,” said Doe. “We need help now.”",
    "The port authority screened more than 12,500 passengers in five days last week, up 3.4% from November.",
    "According to a senior official, the council will spend $1.7 million on heaters, about a third of its reserve.",
    "Sen. John Roe (D-Md.) told reporters the plan, which costs between 5 and 10 million dollars, was “a good start.”",
    "Read More",
    "The storm moved east overnight, and crews worked through the weekend to clear the roads near the river.",
    "Residents of the lower valley, many of them farmers, have long asked the state for better drainage and warning sirens.",
    "The shelter on Elm Street opened its doors to families who had lost power, and volunteers handed out blankets and soup.",
    "In fiscal 2023 the agency hired 286 nurses, officials said, while 1,204 left. The vote was 8-3 on Friday.",
];

/// An article of at least `bytes` bytes: the paragraphs in turn, each
/// followed by a blank line.
pub fn article(bytes: usize) -> String {
    let mut text = String::with_capacity(bytes + 256);
    let mut i = 0;
    while text.len() < bytes {
        text.push_str(PARAGRAPHS[i % PARAGRAPHS.len()]);
        text.push_str("\n\n");
        i += 1;
    }
    text
}
